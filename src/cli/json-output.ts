// The JSON every reporting command prints with --format json: its own fields, plus the run's
// diagnostics and their counts in one shape (the one `diglot check --format json` has always used).
import type { Diagnostic } from '../model/diagnostic.js';
import { summarize } from '../report/index.js';
import type { Output } from './command.js';

export const FORMAT_TEXT_JSON = ['text', 'json'] as const;

/** Writes `{...fields, diagnostics, summary}` as indented JSON and a final line break. */
export function writeJsonReport(out: Output, fields: Record<string, unknown>, diagnostics: readonly Diagnostic[] = []): void {
  out.write(`${JSON.stringify({ ...fields, diagnostics, summary: summarize(diagnostics) }, null, 2)}\n`);
}
