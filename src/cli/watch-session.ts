// `build --watch` and `serve` as the terminal sees them: starts src/watch's watchProject, prints a
// one-line summary per rebuild (and the messages of a failed one, with file:line:col), draws the
// progress bar of a long build, and stops cleanly on Ctrl-C (or the caller's AbortSignal).
import path from 'node:path';
import { formatDiagnostic } from '../model/diagnostic.js';
import { locateProject } from '../config/index.js';
import type { RequireLevel } from '../check/index.js';
import { watchProject, type Rebuild } from '../watch/index.js';
import type { CommandIO } from './command.js';
import { displayPath, displayPaths, printDiagnostics, type PathBase } from './print-diagnostics.js';
import { createProgressBar } from './progress.js';

export interface WatchSessionOptions {
  config?: string;
  memory?: string[];
  quiet: boolean;
  /** `--require`: a rebuild that falls below it writes nothing and says why. */
  require?: RequireLevel;
  /** `--jobs` and `--no-cache`, as for a single build. */
  jobs?: number;
  cache?: boolean;
  /** Called after each build's lines are printed (serve pushes it to the pages). */
  onRebuild?: (result: Rebuild, base: PathBase) => void;
  /** Called once the first build is done, before waiting for Ctrl-C (serve starts listening here). */
  started?: (first: Rebuild, base: PathBase) => Promise<void> | void;
  debounceMs?: number;
}

/** Watches until Ctrl-C / the signal; resolves to the exit code (0). Throws DiglotError without a project. */
export async function runWatchSession(io: CommandIO, opts: WatchSessionOptions): Promise<number> {
  const { root } = locateProject(io.cwd, opts.config);
  const base: PathBase = { root, cwd: io.cwd };
  let bar = createProgressBar(io.stderr, { quiet: opts.quiet });
  let shownWarnings = '';
  const print = (r: Rebuild) => {
    bar.clear();
    bar = createProgressBar(io.stderr, { quiet: opts.quiet });
    // warnings again only when they changed: a save should not repeat the same screenful
    const warnings = r.diagnostics.filter((d) => d.severity !== 'error');
    const key = warnings.map((d) => formatDiagnostic(d)).join('\n');
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    printDiagnostics(io.stderr, errors, 'error', base);
    if (!opts.quiet && key !== shownWarnings) printDiagnostics(io.stderr, warnings, 'warning', base);
    shownWarnings = key;
    if (!r.ok && r.internal) io.stderr.write(`diglot: internal error (please report it): ${r.internal.message}\n${r.internal.stack ?? ''}\n`);
    const line = summarize(r, base);
    (r.ok ? io.stdout : io.stderr).write(`${line}\n`);
    opts.onRebuild?.(r, base);
  };
  const signal = io.signal ?? processSignal();
  const watch = watchProject({
    cwd: io.cwd,
    ...(opts.config !== undefined ? { config: opts.config } : {}),
    ...(opts.memory?.length ? { memory: opts.memory } : {}),
    ...(opts.require ? { require: opts.require } : {}),
    ...(opts.jobs ? { jobs: opts.jobs } : {}),
    ...(opts.cache === false ? { cache: false } : {}),
    ...(opts.debounceMs !== undefined ? { debounceMs: opts.debounceMs } : {}),
    onProgress: (p) => bar.onProgress(p),
    onRebuild: print,
    onWatchError: (e) => io.stderr.write(`diglot: watching failed for some files: ${e.message}\n`),
  });
  try {
    const first = await watch.ready;
    await opts.started?.(first, base);
    if (!opts.quiet) io.stderr.write(`watching ${displayPath('.', base)} for changes (Ctrl-C stops)\n`);
    if (!signal.aborted) await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  } finally {
    await watch.close();
    bar.clear();
  }
  if (!opts.quiet) io.stderr.write('stopped\n');
  return 0;
}

/** `[14:03:07] locales/en/a.json → built in 0.4 s: …` or `… → not built: …`. */
export function summarize(r: Rebuild, base: PathBase, at: Date = new Date()): string {
  const time = `[${at.toTimeString().slice(0, 8)}]`;
  const shown = r.trigger.slice(0, 3).map((f) => displayPath(f, base));
  const cause = r.trigger.length === 0 ? '' : `${shown.join(', ')}${r.trigger.length > 3 ? ` and ${r.trigger.length - 3} more` : ''} → `;
  const secs = `${(r.ms / 1000).toFixed(1)} s`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (!r.ok) {
    if (r.internal) return `${time} ${cause}not built: internal error${r.kept ? '; the last good output is kept' : ''}`;
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    const first = displayPaths(errors, base)[0];
    const where = first?.file ? ` (${first.file}${first.place ? `:${first.place.start.line}:${first.place.start.column}` : ''})` : '';
    return `${time} ${cause}not built: ${plural(errors.length, 'error')}${where}; ${r.kept ? 'the last good output is kept' : 'nothing written yet'}; fix and save again`;
  }
  const t = r.total;
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = r.diagnostics.filter((d) => d.severity === 'warning').length;
  const changed = r.changed.length === 0 ? 'no output changed' : r.changed.length <= 2 ? `changed ${r.changed.map((f) => path.basename(f)).join(', ')}` : `${r.changed.length} outputs changed`;
  return `${time} ${cause}built in ${secs}: ${plural(r.documents, 'document')}, ${t.percent} % translated (${t.missing} missing, ${t.stale} stale), ${plural(errors, 'error')}, ${plural(warnings, 'warning')}; ${changed}${r.removed.length ? `, ${r.removed.length} removed` : ''}`;
}

/** Aborted by the first Ctrl-C or SIGTERM; the listeners go once it fires. */
function processSignal(): AbortSignal {
  const controller = new AbortController();
  const stop = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return controller.signal;
}
