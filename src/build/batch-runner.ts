// The articles a build must (re)build → an ArticleBatch in this thread, or one per worker thread
// (node:worker_threads) when there are many and more than one core: each article belongs to one
// worker from segmentation to staging, so its document never crosses threads; only plain data does
// (sources, locale states, renderings, results). Same stage functions either way, so the same bytes.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import type { EditionConfig } from '../config/index.js';
import type { SegmentOptions, SourceFile } from '../segment/index.js';
import type { MemoryIndex, MemoryRow } from '../match/index.js';
import type { RequireLevel, RenderingRow } from '../check/index.js';
import type { TermEngine } from '../project/load-glossary.js';
import type { StageTarget } from '../project/write-edition.js';
import { ArticleBatch, type Finished, type Matched, type MatchJob, type Segmented } from './article-batch.js';

export interface BatchRunner {
  /** Worker threads in use (0: this thread). */
  readonly workers: number;
  segment(files: readonly SourceFile[]): Promise<Segmented[]>;
  drop(paths: readonly string[]): Promise<void>;
  setProjectMemory(rows: ReadonlyArray<readonly MemoryRow[]>): Promise<void>;
  match(jobs: readonly MatchJob[]): Promise<Matched[]>;
  finish(paths: readonly string[], renderings: ReadonlyArray<readonly RenderingRow[]>): Promise<Finished[]>;
  close(): Promise<void>;
}

export interface RunnerOptions {
  /** Requested threads (1: none); default: one per core (at most 4) when `articles` is large. */
  jobs: number | undefined;
  /** How many articles are to be built (a few are faster without starting workers). */
  articles: number;
  config: EditionConfig;
  segmentOptions: SegmentOptions;
  terms: () => TermEngine;
  memory: () => MemoryIndex | undefined;
  require?: RequireLevel;
  target: StageTarget;
}

/** Below this many articles to build, starting workers costs more than it saves. */
export const PARALLEL_FROM = 48;

/** The data a worker starts from (everything it needs besides what it loads itself: glossary, memory). */
export interface WorkerSetup {
  config: EditionConfig;
  segmentOptions: SegmentOptions;
  require?: RequireLevel;
  target: StageTarget;
}

export function createBatchRunner(opts: RunnerOptions): BatchRunner {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const wanted = opts.jobs ?? (opts.articles >= PARALLEL_FROM ? Math.min(cores, 4) : 1);
  const threads = Math.max(1, Math.min(wanted, Math.ceil(opts.articles / 8) || 1));
  if (threads <= 1) return inThread(opts);
  const setup: WorkerSetup = { config: opts.config, segmentOptions: opts.segmentOptions, target: opts.target, ...(opts.require ? { require: opts.require } : {}) };
  return inWorkers(threads, setup);
}

function inThread(opts: RunnerOptions): BatchRunner {
  let memory: MemoryIndex | undefined | null = null;
  const batch = new ArticleBatch({
    config: opts.config,
    segmentOptions: opts.segmentOptions,
    terms: opts.terms,
    get memory() {
      return memory === null ? (memory = opts.memory()) : memory;
    },
    ...(opts.require ? { require: opts.require } : {}),
    target: opts.target,
  });
  let memorySet = false;
  return {
    workers: 0,
    segment: async (files) => batch.segment(files),
    drop: async (paths) => batch.drop(paths),
    setProjectMemory: async (articles) => {
      if (!memorySet) batch.setProjectMemory(articles);
      memorySet = true;
    },
    match: async (jobs) => batch.match(jobs),
    finish: async (paths, renderings) => batch.finish(paths, renderings),
    close: async () => {},
  };
}

interface Reply {
  id: number;
  result?: unknown;
  error?: { message: string; stack?: string; diagnostics?: Diagnostic[] };
}

function inWorkers(n: number, setup: WorkerSetup): BatchRunner {
  const workers = Array.from({ length: n }, () => startWorker(setup));
  const owner = new Map<string, number>();
  let next = 0;
  let seq = 0;
  let memorySent = false;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  for (const w of workers) {
    w.on('message', (m: Reply) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.error) p.reject(m.error.diagnostics ? new DiglotError(m.error.diagnostics) : Object.assign(new Error(m.error.message), { stack: m.error.stack }));
      else p.resolve(m.result);
    });
    w.on('error', (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
  }
  const call = <T>(k: number, op: string, args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = seq++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      workers[k].postMessage({ id, op, args });
    });
  /** Splits `items` by owning worker, runs `op` on each part, and puts the answers back in order. */
  const spread = async <I, O>(items: readonly I[], pathOf: (i: I) => string, op: string, args: (part: I[]) => unknown[]): Promise<O[]> => {
    const parts = workers.map(() => [] as I[]);
    for (const it of items) parts[owner.get(pathOf(it))!].push(it);
    const answers = await Promise.all(parts.map((part, k) => (part.length ? call<O[]>(k, op, args(part)) : Promise.resolve([] as O[]))));
    const byPath = new Map<string, O>();
    answers.forEach((list, k) => list.forEach((o, j) => byPath.set(pathOf(parts[k][j]), o)));
    return items.map((it) => byPath.get(pathOf(it))!);
  };
  return {
    workers: n,
    segment: (files) => {
      // contiguous slices: neighbouring articles are often of similar size, and each worker's share stays balanced
      const per = Math.ceil(files.length / n);
      files.forEach((f, i) => owner.set(f.path, owner.get(f.path) ?? (files.length >= n ? Math.min(n - 1, Math.floor(i / per)) : next++ % n)));
      return spread<SourceFile, Segmented>(files, (f) => f.path, 'segment', (part) => [part]);
    },
    drop: async (paths) => {
      await spread<string, void>(paths, (p) => p, 'drop', (part) => [part]);
    },
    setProjectMemory: async (articles) => {
      if (memorySent) return;
      memorySent = true;
      await Promise.all(workers.map((_, k) => call(k, 'setProjectMemory', [articles])));
    },
    match: (jobs) => spread<MatchJob, Matched>(jobs, (j) => j.path, 'match', (part) => [part]),
    finish: (paths, renderings) => spread<string, Finished>(paths, (p) => p, 'finish', (part) => [part, renderings]),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** A worker running build-worker (compiled), or its TypeScript source through tsx in development. */
function startWorker(setup: WorkerSetup): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = new URL('./build-worker.ts', here).href;
    return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true, workerData: setup });
  }
  return new Worker(new URL('./build-worker.js', here), { workerData: setup });
}
