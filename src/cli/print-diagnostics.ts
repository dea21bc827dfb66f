// Prints diagnostics to stderr, one `file:line:col: severity rule-id: message` line each.
import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Output } from './command.js';

/** Prints diagnostics at or above `min` severity; returns how many of each severity there were. */
export function printDiagnostics(out: Output, list: readonly Diagnostic[], min: 'info' | 'warning' | 'error' = 'warning'): { errors: number; warnings: number } {
  const rank = { info: 0, warning: 1, error: 2 } as const;
  let errors = 0;
  let warnings = 0;
  for (const d of list) {
    if (d.severity === 'error') errors++;
    if (d.severity === 'warning') warnings++;
    if (rank[d.severity] >= rank[min]) out.write(`${formatDiagnostic(d)}\n`);
  }
  return { errors, warnings };
}
