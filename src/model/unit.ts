// Aligned units: one German segment, its English, a status and where the English came from.
import type { BlockKind, Segment } from './document.js';
import type { TermHit } from './glossary.js';
import type { Diagnostic } from './diagnostic.js';

/**
 * `translated`: exact entry for the current German; `reviewed`: translated and marked reviewed in the
 * sidecar; `stale`: no exact entry, but an orphaned entry of this document is similar (the German was
 * edited after translation); `fuzzy`: a similar entry from elsewhere (suggestion only); `missing`.
 */
export type UnitStatus = 'translated' | 'reviewed' | 'stale' | 'fuzzy' | 'missing';

export interface Provenance {
  kind: 'curated' | 'memory' | 'import' | 'orphan' | 'align';
  /** Resource file the English came from. */
  file: string;
  /** Key in that file. */
  key: string;
  /** Slug of the article the English was written for, when it comes from another article (project memory). */
  document?: string;
}

/** A suggestion for a stale or fuzzy unit. */
export interface Suggestion {
  /** The German the English was made for. */
  de: string;
  en: string;
  /** Similarity 0–100 (see match/similarity.ts). */
  score: number;
  /** Word-level diff old → new German. */
  diff: DiffOp[];
  provenance: Provenance;
}

export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface AlignedUnit {
  id: string;
  section: string;
  block: BlockKind;
  blockIndex: number;
  segment: Segment;
  /** English text for the edition, or null when missing (stale/fuzzy suggestions are not used as English). */
  en: string | null;
  status: UnitStatus;
  provenance?: Provenance;
  /** Who reviewed the English (from the sidecar), when the status is `reviewed` and a name is recorded. */
  reviewedBy?: string;
  /** When (ISO 8601, from the sidecar's `reviewedAt`), when the status is `reviewed` and a date is recorded. */
  reviewedAt?: string;
  suggestion?: Suggestion;
  terms: TermHit[];
  diagnostics: Diagnostic[];
}
