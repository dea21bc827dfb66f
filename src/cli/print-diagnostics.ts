// Prints diagnostics to stderr, one `file:line:col: severity rule-id: message` line each (paths and
// messages clipped by formatDiagnostic, so a huge path cannot flood the terminal).
import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Output } from './command.js';

/**
 * Infos about something diglot did on its own (finished an interrupted write, broke a dead process's
 * lock, kept a changed stale output): always shown unless only errors are asked for.
 */
const NOTICES = new Set(['output-recovered', 'sync-lock-broken', 'output-stale-kept']);

/** Prints diagnostics at or above `min` severity; returns how many of each severity there were. */
export function printDiagnostics(out: Output, list: readonly Diagnostic[], min: 'info' | 'warning' | 'error' = 'warning'): { errors: number; warnings: number } {
  const rank = { info: 0, warning: 1, error: 2 } as const;
  let errors = 0;
  let warnings = 0;
  for (const d of list) {
    if (d.severity === 'error') errors++;
    if (d.severity === 'warning') warnings++;
    if (rank[d.severity] >= rank[min] || (min === 'warning' && NOTICES.has(d.ruleId))) out.write(`${formatDiagnostic(d)}\n`);
  }
  return { errors, warnings };
}

/** Prints only the notices among `list` (for commands that otherwise print no pipeline diagnostics). */
export function printNotices(out: Output, list: readonly Diagnostic[]): void {
  printDiagnostics(out, list.filter((d) => NOTICES.has(d.ruleId)), 'warning');
}
