// The articles a build must (re)build → an ArticleBatch in this thread, or one per worker thread
// (node:worker_threads) when there are many and more than one core. Articles are handed out one at a
// time in project order, five in flight per worker (so a worker has work while this thread builds an
// article of its own or answers questions: with three, the worker sat idle 5–15 % of a cold build;
// with five and this thread letting messages in before each step, under 1 %). An article's document
// never crosses threads, only plain data does (what to read, questions, answers, results), and the
// project's cross-article data stays in this thread, which answers the builders' questions. Same
// stage functions either way, so the same bytes.
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import type { EditionConfig } from '../config/index.js';
import type { SegmentOptions, SourceFile } from '../segment/index.js';
import type { MemoryIndex } from '../match/index.js';
import type { RequireLevel } from '../check/index.js';
import type { TermEngine } from '../project/load-glossary.js';
import type { StageTarget } from '../project/write-edition.js';
import { ArticleBatch, type Answers, type ArticleJob, type Finished, type LocaleFirstRead, type MemoryAnswers, type Opened, type Segmented, type Started } from './article-batch.js';
import type { ReadSlug } from '../project/read-slug.js';

export interface BatchRunner {
  /** Worker threads in use besides this thread (0: none). */
  readonly workers: number;
  /** Segments sources for their findings only. */
  segmentOnly(files: readonly SourceFile[]): Promise<Segmented[]>;
  /** Each source's slug from its front matter (readSlug), in order; shared between the threads. */
  readSlugs(files: readonly SourceFile[]): Promise<ReadSlug[]>;
  /** Articles' locale files first read (their digest, stat record and memory rows), in order; shared between the threads. */
  readLocales(slugs: readonly string[]): Promise<LocaleFirstRead[]>;
  /**
   * Builds `count` articles, each made by `jobAt` when a builder takes it (in order): it is opened,
   * its project-memory questions answered by `ask`, started, its renderings' questions answered by
   * `answer` (both in this thread, as they come in), completed; `done` receives each finished article
   * (in any order).
   */
  build(count: number, jobAt: (i: number) => ArticleJob, ask: (opened: Opened) => MemoryAnswers, answer: (started: Started) => Answers, done: (finished: Finished) => void): Promise<void>;
  close(): Promise<void>;
}

export interface RunnerOptions {
  /** Requested threads (1: none); default: one per core (at most 4) when `articles` is large. */
  jobs: number | undefined;
  /** How many articles are to be built (a few are faster without starting workers). */
  articles: number;
  config: EditionConfig;
  segmentOptions: SegmentOptions;
  shared: string;
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
  shared: string;
  require?: RequireLevel;
  target: StageTarget;
}

/** The threads (this one included) that build `articles` articles at `--jobs` (undefined: the default). */
export function plannedThreads(jobs: number | undefined, articles: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const wanted = jobs ?? (articles >= PARALLEL_FROM ? Math.min(cores, 4) : 1);
  return Math.max(1, Math.min(wanted, Math.ceil(articles / 8) || 1));
}

export function createBatchRunner(opts: RunnerOptions): BatchRunner {
  const threads = plannedThreads(opts.jobs, opts.articles);
  // this thread builds too: one isolate fewer (memory), and no worker to start for `--jobs 1`
  const builders = [localBuilder(opts)];
  if (threads > 1) {
    const setup: WorkerSetup = { config: opts.config, segmentOptions: opts.segmentOptions, shared: opts.shared, target: opts.target, ...(opts.require ? { require: opts.require } : {}) };
    for (let k = 1; k < threads; k++) builders.push(workerBuilder(startWorker(setup)));
  }
  return runOn(builders);
}

/** One thread that builds articles: this one, or a worker. */
interface Builder {
  /** Articles it is given at a time (a worker starts the next while this thread answers the last). */
  lanes: number;
  worker: Worker | undefined;
  segmentOnly(files: readonly SourceFile[]): Promise<Segmented[]>;
  readSlugs(files: readonly SourceFile[]): Promise<ReadSlug[]>;
  readLocales(slugs: readonly string[]): Promise<LocaleFirstRead[]>;
  open(job: ArticleJob): Promise<Opened>;
  start(path: string, found: MemoryAnswers): Promise<Started>;
  complete(path: string, answers: Answers): Promise<Finished>;
}

function runOn(builders: Builder[]): BatchRunner {
  return {
    workers: builders.length - 1,
    segmentOnly: (files) => shareOut(builders, files, (b, part) => b.segmentOnly(part)),
    readSlugs: (files) => shareOut(builders, files, (b, part) => b.readSlugs(part)),
    readLocales: (slugs) => shareOut(builders, slugs, (b, part) => b.readLocales(part)),
    build: async (count, jobAt, ask, answer, done) => {
      let next = 0;
      let failed = false;
      // a lane takes the next article in project order and carries it through. After a failure no
      // lane takes another article, and the build waits for those in flight (so every output staged
      // is known to the caller, who discards them).
      const lane = async (b: Builder) => {
        while (!failed && next < count) {
          try {
            const opened = await b.open(jobAt(next++));
            const started = await b.start(opened.path, ask(opened));
            done(await b.complete(started.path, answer(started)));
          } catch (e) {
            failed = true;
            throw e;
          }
        }
      };
      const settled = await Promise.allSettled(builders.flatMap((b) => Array.from({ length: b.lanes }, () => lane(b))));
      const failure = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failure) throw failure.reason;
    },
    close: async () => {
      await Promise.all(builders.map((b) => b.worker?.terminate()));
    },
  };
}

/**
 * `items` shared out between the builders in chunks, each taking the next chunk when done with one (a
 * worker two at a time, so it never waits on this thread between chunks); the answers in the items'
 * order. A worker still starting (a cold build starts it while the project is read) leaves more to
 * this thread: with one contiguous share each, this thread had waited for the worker's half.
 */
async function shareOut<I, T>(builders: readonly Builder[], items: readonly I[], ask: (b: Builder, part: readonly I[]) => Promise<T[]>): Promise<T[]> {
  const size = Math.max(8, Math.ceil(items.length / (builders.length * 16)));
  const out: T[] = new Array<T>(items.length);
  let next = 0;
  let failed = false;
  const lane = async (b: Builder) => {
    while (!failed && next < items.length) {
      const at = next;
      next += size;
      // this thread lets the workers' replies in before each chunk of its own (they take their next then)
      if (!b.worker) await new Promise<void>((resolve) => setImmediate(resolve));
      try {
        const answers = await ask(b, items.slice(at, at + size));
        answers.forEach((answer, k) => (out[at + k] = answer));
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  // the workers' first chunks go out before this thread starts on its own
  const workers = builders.filter((b) => b.worker).flatMap((b) => [lane(b), lane(b)]);
  await Promise.all([...workers, ...builders.filter((b) => !b.worker).map(lane)]);
  return out;
}

function localBuilder(opts: RunnerOptions): Builder {
  let memory: MemoryIndex | undefined | null = null;
  const batch = new ArticleBatch({
    config: opts.config,
    segmentOptions: opts.segmentOptions,
    shared: opts.shared,
    terms: opts.terms,
    get memory() {
      return memory === null ? (memory = opts.memory()) : memory;
    },
    ...(opts.require ? { require: opts.require } : {}),
    target: opts.target,
  });
  // before each article, the workers' messages are let in: they wait on this thread's answers
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    lanes: 1,
    worker: undefined,
    // copies, as a worker's replies are: V8 keeps a substring (a slug, a sentence's key, a clipped
    // message) as a view of the text it was cut from, which would keep every article's whole source
    // alive in what this thread holds to the end of the build
    segmentOnly: async (files) => structuredClone(batch.segmentOnly(files)),
    readSlugs: async (files) => batch.readSlugs(files),
    readLocales: async (slugs) => batch.readLocales(slugs),
    open: async (job) => {
      await turn();
      return structuredClone(batch.open(job));
    },
    start: async (path, found) => {
      await turn();
      return structuredClone(batch.start(path, found));
    },
    complete: async (path, answers) => {
      await turn();
      const { result, staged } = batch.complete(path, answers);
      return { result: structuredClone(result), staged };
    },
  };
}

interface Reply {
  id: number;
  result?: unknown;
  error?: { message: string; stack?: string; diagnostics?: Diagnostic[] };
}

function workerBuilder(worker: Worker): Builder {
  let seq = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  worker.on('message', (m: Reply) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.error) p.reject(m.error.diagnostics ? new DiglotError(m.error.diagnostics) : Object.assign(new Error(m.error.message), { stack: m.error.stack }));
    else p.resolve(m.result);
  });
  // a worker that died (an error it did not catch, out of memory) fails every call, now and later
  let dead: Error | undefined;
  const fail = (e: Error) => {
    dead ??= e;
    for (const p of pending.values()) p.reject(dead);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`internal: a build worker stopped (exit code ${code})`)));
  const call = <T>(op: string, args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (dead) return reject(dead);
      const id = seq++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, op, args });
    });
  return {
    lanes: 5,
    worker,
    segmentOnly: (files) => call('segmentOnly', [files]),
    readSlugs: (files) => call('readSlugs', [files]),
    readLocales: (slugs) => call('readLocales', [slugs]),
    open: (job) => call('open', [job]),
    start: (path, found) => call('start', [path, found]),
    complete: (path, answers) => call('complete', [path, answers]),
  };
}

/**
 * A worker running build-worker: bundled (lib/bin/build-worker.js, a few chunks shared with the
 * command: it is ready in about a third of the time the ~370 modules of lib/build/build-worker.js
 * take to load), else compiled, or its TypeScript source through tsx in development.
 */
function startWorker(setup: WorkerSetup): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = new URL('./build-worker.ts', here).href;
    return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true, workerData: setup });
  }
  const bundled = new URL('../bin/build-worker.js', here);
  return new Worker(fs.existsSync(bundled) ? bundled : new URL('./build-worker.js', here), { workerData: setup });
}
