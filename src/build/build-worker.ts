// One worker thread of a parallel build: an ArticleBatch over the setup the build sends (run
// definition, segmenter options, where to stage outputs), with the glossary and the translation
// memory loaded here on first use; answers each request `{id, op, args}` with `{id, result}` or
// `{id, error}` (a DiglotError's diagnostics travel as data).
import { parentPort, workerData } from 'node:worker_threads';
import { DiglotError } from '../model/diagnostic.js';
import type { MemoryIndex } from '../match/index.js';
import { loadTermEngine, type TermEngine } from '../project/load-glossary.js';
import { loadMemory } from '../project/load-project.js';
import { ArticleBatch } from './article-batch.js';
import type { WorkerSetup } from './batch-runner.js';

const setup = workerData as WorkerSetup;
let engine: TermEngine | undefined;
let memory: MemoryIndex | undefined | null = null;
const batch = new ArticleBatch({
  config: setup.config,
  segmentOptions: setup.segmentOptions,
  shared: setup.shared,
  terms: () => (engine ??= loadTermEngine(setup.config)),
  get memory() {
    return memory === null ? (memory = loadMemory(setup.config)?.index) : memory;
  },
  ...(setup.require ? { require: setup.require } : {}),
  target: setup.target,
});

const OPS = {
  readSlugs: batch.readSlugs.bind(batch),
  readLocales: batch.readLocales.bind(batch),
  segmentOnly: batch.segmentOnly.bind(batch),
  open: batch.open.bind(batch),
  start: batch.start.bind(batch),
  complete: batch.complete.bind(batch),
} as Record<string, (...args: never[]) => unknown>;

parentPort!.on('message', (m: { id: number; op: string; args: never[] }) => {
  try {
    parentPort!.postMessage({ id: m.id, result: OPS[m.op](...m.args) });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    parentPort!.postMessage({ id: m.id, error: { message: err.message, ...(err.stack ? { stack: err.stack } : {}), ...(e instanceof DiglotError ? { diagnostics: e.diagnostics } : {}) } });
  }
});
