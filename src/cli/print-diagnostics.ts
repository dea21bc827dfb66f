// Prints diagnostics to stderr, one `file:line:col: severity rule-id: message` line each (plus its
// hint), coloured on a terminal; paths are shown relative to where the user runs diglot (and clipped by
// formatDiagnostic, so a huge path cannot flood the terminal).
import path from 'node:path';
import { formatDiagnostic, type Diagnostic, type Severity } from '../model/diagnostic.js';
import type { Output } from './command.js';
import { colorEnabled, paint } from './color.js';

/** Where the project root lies relative to the user's directory (for paths in messages). */
export interface PathBase {
  root: string;
  cwd: string;
}

/**
 * Diagnostics carry paths relative to the project root (stable data for JSON and SARIF). A person
 * in a subdirectory wants paths that work from there: `../../pipeline/edition.yaml`, not a path
 * relative to a directory they are not in. Absolute paths and paths outside any project stay as they are.
 */
export function displayPaths(list: readonly Diagnostic[], base: PathBase | undefined): Diagnostic[] {
  if (!base || path.resolve(base.root) === path.resolve(base.cwd)) return [...list];
  return list.map((d) => (d.file && !path.isAbsolute(d.file) ? { ...d, file: displayPath(d.file, base) } : d));
}

/** One root-relative path as seen from `base.cwd` (`/` separators, as messages always use). */
export function displayPath(file: string, base: PathBase): string {
  return path.relative(base.cwd, path.resolve(base.root, file)).split(path.sep).join('/') || '.';
}

const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'cyan' } as const;

/** The formatted diagnostic, with the severity coloured and the hint dimmed when `color` is on. */
export function renderDiagnostic(d: Diagnostic, color: boolean): string {
  const text = formatDiagnostic(d);
  if (!color) return text;
  const head = `${d.severity} ${d.ruleId}:`;
  return text
    .replace(head, `${paint(d.severity, SEVERITY_COLOR[d.severity], true)} ${paint(`${d.ruleId}:`, 'bold', true)}`)
    .replace(/\n {2}hint: /, (h) => paint(h, 'dim', true));
}

/**
 * Infos about something diglot did on its own (finished an interrupted write, broke a dead process's
 * lock, kept a changed stale output): always shown unless only errors are asked for.
 */
const NOTICES = new Set(['output-recovered', 'sync-lock-broken', 'output-stale-kept', 'locale-layout-migrate', 'locale-layout-migrated']);

/** Prints diagnostics at or above `min` severity; returns how many of each severity there were. */
export function printDiagnostics(out: Output, list: readonly Diagnostic[], min: Severity = 'warning', base?: PathBase): { errors: number; warnings: number } {
  const rank = { info: 0, warning: 1, error: 2 } as const;
  const color = colorEnabled(out);
  let errors = 0;
  let warnings = 0;
  for (const d of displayPaths(list, base)) {
    if (d.severity === 'error') errors++;
    if (d.severity === 'warning') warnings++;
    if (rank[d.severity] >= rank[min] || (min === 'warning' && NOTICES.has(d.ruleId))) out.write(`${renderDiagnostic(d, color)}\n`);
  }
  return { errors, warnings };
}

/** Prints only the notices among `list` (for commands that otherwise print no pipeline diagnostics). */
export function printNotices(out: Output, list: readonly Diagnostic[]): void {
  printDiagnostics(out, list.filter((d) => NOTICES.has(d.ruleId)), 'warning');
}
