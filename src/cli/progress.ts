// Progress reports (data from the core's onProgress) → a one-line bar on stderr, redrawn in place;
// only on a terminal, never in CI, with --quiet or TERM=dumb, and only once the work has taken
// longer than a second (short work stays silent). Colour follows NO_COLOR / FORCE_COLOR.
// An own renderer of ~80 lines rather than cli-progress: one bar, one line, no dependencies, and
// nothing loaded at start-up for the commands that never draw one.
import type { Progress, ProgressCallback } from '../model/progress.js';
import type { Output } from './command.js';
import { colorEnabled, paint } from './color.js';

export interface ProgressOptions {
  quiet?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Nothing is drawn before this much time has passed (default 1000 ms). */
  delayMs?: number;
  /** Minimum time between two redraws (default 80 ms). */
  intervalMs?: number;
  now?: () => number;
}

export interface ProgressBar {
  /** Pass this to the API's `onProgress`. */
  onProgress: ProgressCallback;
  /** Erases the bar (call before printing anything else, and at the end). */
  clear(): void;
  /** Whether this bar can draw at all (a terminal, not CI, not quiet). */
  readonly enabled: boolean;
}

/** True when progress may be drawn on `out`. */
export function progressEnabled(out: Output, opts: Pick<ProgressOptions, 'quiet' | 'env'> = {}): boolean {
  const env = opts.env ?? process.env;
  if (opts.quiet) return false;
  // CI logs are files: a bar redrawn with \r would leave hundreds of lines in them
  if (env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI !== 'false') return false;
  if (env.TERM === 'dumb') return false;
  return (out as { isTTY?: boolean }).isTTY === true;
}

/** A bar that writes to `out` (stderr), or does nothing at all when progress is not enabled. */
export function createProgressBar(out: Output, opts: ProgressOptions = {}): ProgressBar {
  const enabled = progressEnabled(out, opts);
  const now = opts.now ?? (() => Date.now());
  const started = now();
  const delay = opts.delayMs ?? 1000;
  const interval = opts.intervalMs ?? 80;
  const color = colorEnabled(out, opts.env);
  let shown = false;
  let lastDraw = -Infinity;
  let lastStage = '';
  const bar: ProgressBar = {
    enabled,
    onProgress(p: Progress) {
      if (!enabled) return;
      const t = now();
      if (t - started < delay) return;
      // redraw at most every `interval`, but always when the stage changes
      if (t - lastDraw < interval && p.stage === lastStage) return;
      lastDraw = t;
      lastStage = p.stage;
      out.write(`\r${formatProgress(p, columnsOf(out), color)}\u001b[K`);
      shown = true;
    },
    clear() {
      if (!shown) return;
      out.write('\r\u001b[K');
      shown = false;
    },
  };
  return bar;
}

/** One line: `match  ██████████░░░░░░░░░░  12/40  30 %`, fitted to `columns`. */
export function formatProgress(p: Progress, columns = 80, color = false): string {
  const total = Math.max(0, p.total);
  const done = Math.min(Math.max(0, p.done), total);
  const ratio = total === 0 ? 1 : done / total;
  const label = p.stage.slice(0, 12).padEnd(8);
  const count = `${done}/${total}`;
  const percent = `${Math.floor(ratio * 100)} %`.padStart(5);
  const width = Math.max(10, Math.min(40, columns - label.length - count.length - percent.length - 8));
  const filled = Math.round(ratio * width);
  const bar = `${paint('█'.repeat(filled), 'cyan', color)}${'░'.repeat(width - filled)}`;
  return `${label}  ${bar}  ${count}  ${percent}`;
}

function columnsOf(out: Output): number {
  const c = (out as { columns?: number }).columns;
  return typeof c === 'number' && c > 0 ? c : 80;
}
