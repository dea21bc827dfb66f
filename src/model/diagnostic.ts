// Diagnostics are data: every stage reports into a list of these; only the CLI prints them.
import { clip, clipMiddle } from '../util/clip.js';

import type { RuleId } from './rules.js';

export type Severity = 'error' | 'warning' | 'info';

/** A position in a file: 1-based line and column (column counted in UTF-16 code units), 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range in a file; `end` is exclusive. */
export interface Place {
  start: Point;
  end?: Point;
}

export interface Diagnostic {
  /** Stable, documented rule id from the catalogue (src/model/rules.ts), e.g. `glossary-unknown-key`. */
  ruleId: RuleId;
  severity: Severity;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Path of the file the diagnostic is about, as the user gave it (relative to the project root). */
  file?: string;
  place?: Place;
  /** Which stage reported it (`segment`, `match`, `glossary`, …). */
  source?: string;
  /** Other places that explain the finding (e.g. the English sentence of a term finding). */
  related?: RelatedLocation[];
  /**
   * Set when a reviewed waiver covers the finding: `severity` is then `info` (it never fails a gate)
   * and the suppression keeps the severity it would have had, for SARIF `suppressions`.
   */
  suppression?: Suppression;
}

export interface RelatedLocation {
  file: string;
  place?: Place;
  /** What is there, in a few words. */
  message: string;
}

export interface Suppression {
  /** `external`: the waiver lives in another file than the finding (a glossary), as SARIF says. */
  kind: 'inSource' | 'external';
  justification: string;
  /** Who reviewed it, and when (ISO date). */
  by: string;
  date?: string;
  /** The severity the finding has without the waiver. */
  severity: Severity;
  /** Where the waiver is written. */
  file?: string;
  place?: Place;
}

/**
 * Thrown for user errors (bad input, usage) that stop a command. Carries the diagnostics so the CLI
 * prints `file:line:col rule-id message` instead of a stack trace, and exits 2.
 */
export class DiglotError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic | Diagnostic[]) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map((d) => d.message).join('; '));
    this.name = 'DiglotError';
    this.diagnostics = list;
  }
}

/** Longest file path and message text printed: a 10 MB path in a message must not become 10 MB of stderr. */
const MAX_PATH = 200;
const MAX_TEXT = 2000;

/**
 * Formats a diagnostic as `file:line:col: severity rule-id: message (hint)`, the one shape the CLI
 * prints; the path is clipped in the middle, message and hint at the end (the data keeps them whole).
 */
export function formatDiagnostic(d: Diagnostic): string {
  const file = d.file === undefined ? undefined : clipMiddle(d.file, MAX_PATH);
  const where = file
    ? `${file}${d.place ? `:${d.place.start.line}:${d.place.start.column}` : ''}`
    : d.place
      ? `${d.place.start.line}:${d.place.start.column}`
      : '';
  const head = `${where ? `${where}: ` : ''}${d.severity} ${d.ruleId}: ${clip(d.message, MAX_TEXT)}`;
  return d.hint ? `${head}\n  hint: ${clip(d.hint, MAX_TEXT)}` : head;
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
