// A project (found from a directory, or named by its run definition) → a build now and one after
// every save of something the build reads, each reported as a Rebuild (data; nothing is printed).
// Each build is the incremental build of `diglot build` (buildProject): a save rebuilds only the
// articles it reaches; a build that fails — a half-written or invalid file — writes nothing, so the
// last good output stays until the next save.
import path from 'node:path';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import { loadConfig, locateProject, type EditionConfig } from '../config/index.js';
import { buildProject, type BuildProjectOptions, type ProjectBuild } from '../build/build-project.js';
import type { Counts } from '../report/index.js';
import { createRebuildScheduler, type Clock } from './rebuild-scheduler.js';
import { subscribeFiles as chokidarFiles, type FileEvent, type SubscribeFiles } from './file-events.js';
import { watchScope, type WatchScope } from './watch-scope.js';

/** One build's outcome. Paths are relative to the project root. */
export type Rebuild = BuiltEdition | FailedBuild;

interface RebuildBase {
  /** What changed since the last build (empty for the first build). */
  trigger: string[];
  /** Wall-clock milliseconds of build + write. */
  ms: number;
}

export interface BuiltEdition extends RebuildBase {
  ok: true;
  documents: number;
  total: Counts;
  /** The build's findings and the write's notices (nothing fatal). */
  diagnostics: Diagnostic[];
  written: string[];
  /** Outputs whose content differs from the previous good build (all of them the first time). */
  changed: string[];
  removed: string[];
  config: EditionConfig;
}

export interface FailedBuild extends RebuildBase {
  ok: false;
  /** Why nothing was written: input errors with file:line:col, or a gate such as --require. */
  diagnostics: Diagnostic[];
  /** Set when the failure is a bug in diglot, not the user's input. */
  internal?: Error;
  /** True when an earlier build of this session wrote outputs, which stay as they were. */
  kept: boolean;
}

export interface WatchOptions extends Pick<BuildProjectOptions, 'config' | 'memory' | 'require' | 'onProgress' | 'jobs' | 'cache'> {
  cwd: string;
  /** Called after every build, the first one included. */
  onRebuild(result: Rebuild): void;
  /** Findings that forbid writing this edition besides `require`; empty to write. */
  gate?: (build: Pick<ProjectBuild, 'config' | 'coverage' | 'diagnostics'>) => Diagnostic[];
  /** Quiet time after the last save (default 150 ms). */
  debounceMs?: number;
  clock?: Clock;
  subscribe?: SubscribeFiles;
  /** A watcher error (e.g. out of inotify watches): reported, watching goes on where it can. */
  onWatchError?: (e: Error) => void;
}

export interface ProjectWatch {
  root: string;
  /** The first build's result, once the watcher is listening. */
  ready: Promise<Rebuild>;
  /** The last build's result. */
  last(): Rebuild | undefined;
  /** Resolves when no build is running or waiting (for tests and clean shutdown). */
  idle(): Promise<void>;
  /** Stops watching; resolves after a running build has finished. */
  close(): Promise<void>;
}

/**
 * Starts watching. Throws DiglotError only when there is no project to watch (config-missing);
 * every later problem is a FailedBuild passed to `onRebuild`.
 */
export function watchProject(opts: WatchOptions): ProjectWatch {
  const { root, file } = locateProject(opts.cwd, opts.config);
  const memory = (opts.memory ?? []).map((m) => path.resolve(opts.cwd, m));
  const buildOptions: BuildProjectOptions = {
    cwd: opts.cwd,
    ...(opts.config !== undefined ? { config: opts.config } : {}),
    ...(opts.memory?.length ? { memory: opts.memory } : {}),
    ...(opts.require ? { require: opts.require } : {}),
    ...(opts.jobs ? { jobs: opts.jobs } : {}),
    ...(opts.cache === false ? { cache: false } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.gate ? { gate: opts.gate } : {}),
  };
  let scope: WatchScope = watchScope(root, file, tryLoadConfig(opts), memory);
  let wroteOnce = false;
  let last: Rebuild | undefined;

  const build = async (trigger: string[]): Promise<Rebuild> => {
    const started = Date.now();
    try {
      const built = await buildProject(buildOptions);
      scope = watchScope(root, file, built.config, memory);
      const { write } = built;
      if (!write) return { ok: false, trigger, ms: Date.now() - started, diagnostics: [...built.diagnostics, ...built.below], kept: wroteOnce };
      wroteOnce = true;
      const c = built.coverage.total;
      return { ok: true, trigger, ms: Date.now() - started, documents: built.coverage.documents.length, total: c, diagnostics: built.diagnostics, written: write.written, changed: write.rewritten, removed: write.removed, config: built.config };
    } catch (e) {
      // the run definition may have changed (and broken): watch what it names now, if it can be read
      const config = tryLoadConfig(opts);
      if (config) scope = watchScope(root, file, config, memory);
      const ms = Date.now() - started;
      if (e instanceof DiglotError) return { ok: false, trigger, ms, diagnostics: e.diagnostics, kept: wroteOnce };
      const internal = e instanceof Error ? e : new Error(String(e));
      return { ok: false, trigger, ms, diagnostics: [], internal, kept: wroteOnce };
    }
  };
  const run = async (trigger: string[]) => {
    last = await build(trigger);
    opts.onRebuild(last);
  };
  const scheduler = createRebuildScheduler({ debounceMs: opts.debounceMs ?? 150, ...(opts.clock ? { clock: opts.clock } : {}), run });
  const onEvent = (e: FileEvent) => {
    const relevant = e.kind === 'unlinkDir' ? !scope.skipsDir(e.path) : scope.isInput(e.path);
    if (relevant) scheduler.notify(path.relative(root, e.path).split(path.sep).join('/'));
  };
  const subscribe = opts.subscribe ?? chokidarFiles;
  // the watched folders are those of the first scope: the root (and memories outside it) cover every
  // later one, and the filter follows the run definition as it changes
  const source = subscribe(scope.paths, (p) => scope.skipsDir(p), onEvent, (e) => opts.onWatchError?.(e));
  const ready = source.ready.then(async () => {
    await run([]);
    return last as Rebuild;
  });
  return {
    root,
    ready,
    last: () => last,
    idle: async () => {
      await ready;
      await scheduler.idle();
    },
    close: async () => {
      await ready.catch(() => undefined);
      await scheduler.close();
      await source.close();
    },
  };
}

function tryLoadConfig(opts: { cwd: string; config?: string }): EditionConfig | undefined {
  try {
    return loadConfig(opts.cwd, opts.config);
  } catch {
    return undefined;
  }
}

