// The review queue as data: the sentences that need a person's decision (why, what is there, what
// accepting would write, its glossary hits and QA findings), the decisions, and who made them when.
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit, Provenance, Suggestion, UnitStatus } from '../model/unit.js';

/**
 * Why a sentence needs a decision. `missing`: no English and nothing to offer; `stale`: the German
 * was edited after translation (the old English is offered); `fuzzy`: a similar sentence is translated
 * elsewhere; `memory`: the identical German is translated in another article (offered, or filled by
 * `match.leverage: fill`); `aligned` / `imported`: English from `diglot align` or an XLIFF/TMX import
 * that nobody has reviewed; `unreviewed` (only when asked for): curated English nobody has reviewed.
 */
export type ReviewReason = 'missing' | 'stale' | 'fuzzy' | 'memory' | 'aligned' | 'imported' | 'unreviewed';

/** In the order the queue reports counts (the most urgent first). */
export const REVIEW_REASONS: readonly ReviewReason[] = ['missing', 'stale', 'fuzzy', 'memory', 'aligned', 'imported', 'unreviewed'];

/** What accepting writes: a suggestion's English, or the English the unit has, marked reviewed. */
export interface ReviewProposal {
  en: string;
  provenance: Provenance;
  /** `suggestion`: the English of a stale / fuzzy / memory match; `current`: the unit's own English. */
  from: 'suggestion' | 'current';
}

export interface ReviewItem {
  /** The unit id. */
  id: string;
  /** What `--accept` takes for it: the id, or `<slug>:<id>` when the same sentence (id) is in several articles. */
  ref: string;
  /** Later units of the document with the same German: one resource entry, decided together. */
  also: string[];
  slug: string;
  /** The German source, relative to the project root. */
  document: string;
  /** The English resource the decision is written to, relative to the project root. */
  resource: string;
  reason: ReviewReason;
  status: UnitStatus;
  /** The German in key form (placeholders `<1>…</1>`), as the resource has it. */
  de: string;
  /** The English the unit has now (null: none, or only a suggestion). */
  en: string | null;
  provenance?: Provenance;
  suggestion?: Suggestion;
  proposal?: ReviewProposal;
  /** QA of the proposal: the pipeline's term QA and checks for the current English, checked anew for a suggestion. */
  findings: Diagnostic[];
  unit: AlignedUnit;
}

/** A document as the review queue needs it: the segmented German, its units and where its English lives. */
export interface ReviewDocument {
  source: SourceDocument;
  units: readonly AlignedUnit[];
  resource: { file: string };
}

/** Who decides, and the date recorded with the decision (ISO 8601). */
export interface Reviewer {
  by: string;
  at: string;
}

/**
 * One decision on an item. `accept`: write the proposal (a suggestion's English, or the unit's own
 * English marked reviewed); `edit`: write `en`, the reviewer's own English. Both record the review.
 */
export type ReviewDecision = { action: 'accept'; item: ReviewItem } | { action: 'edit'; item: ReviewItem; en: string };
