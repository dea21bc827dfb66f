// The project's matched documents → the review queue: one item per German sentence (per resource key)
// that needs a person's decision, in document order, with what accepting would write and its QA. Pure.
import type { AlignedUnit } from '../model/unit.js';
import { checkCandidate, type CandidateContext } from './check-candidate.js';
import type { ReviewDocument, ReviewItem, ReviewProposal, ReviewReason } from './types.js';

export interface CollectOptions {
  /** Also curated English nobody has reviewed (`reason: unreviewed`); by default only what needs a decision. */
  all?: boolean;
  /** Only these reasons (default: every reason). */
  reasons?: readonly ReviewReason[];
  /** Only the documents with these source paths (default: all); the others still make a bare id ambiguous. */
  documents?: readonly string[];
}

/** Why `unit` needs a decision; undefined for reviewed English (nothing to decide). */
export function reasonFor(unit: AlignedUnit): ReviewReason | undefined {
  switch (unit.status) {
    case 'reviewed':
      return undefined;
    case 'missing':
    case 'stale':
      return unit.status;
    case 'fuzzy':
      // a suggestion naming the article it was written for is the project's own memory (leverage)
      return unit.suggestion?.provenance.document !== undefined ? 'memory' : 'fuzzy';
    case 'translated': {
      const kind = unit.provenance?.kind;
      return kind === 'memory' ? 'memory' : kind === 'align' ? 'aligned' : kind === 'import' ? 'imported' : 'unreviewed';
    }
  }
}

/** What accepting `unit` writes: its own English, else its suggestion's; none for a sentence without either. */
export function proposalFor(unit: AlignedUnit, resourceFile: string): ReviewProposal | undefined {
  if (unit.en !== null) return { en: unit.en, provenance: unit.provenance ?? { kind: 'curated', file: resourceFile, key: unit.segment.key }, from: 'current' };
  if (unit.suggestion) return { en: unit.suggestion.en, provenance: unit.suggestion.provenance, from: 'suggestion' };
  return undefined;
}

/** The review item of one unit (any status: `--accept` may name a unit the queue does not list). */
export function reviewItemFor(unit: AlignedUnit, doc: ReviewDocument, ctx: CandidateContext, ref = unit.id): ReviewItem {
  const proposal = proposalFor(unit, doc.resource.file);
  // the pipeline checked the unit's own English; a suggestion was never checked as English of this German
  const findings = !proposal ? [] : proposal.from === 'current' ? [...unit.diagnostics] : checkCandidate(unit, doc.source, proposal.en, ctx);
  return {
    id: unit.id,
    ref,
    also: [],
    slug: doc.source.slug,
    document: doc.source.path,
    resource: doc.resource.file.split('\\').join('/'),
    reason: reasonFor(unit) ?? 'unreviewed',
    status: unit.status,
    de: unit.segment.key,
    en: unit.en,
    ...(unit.provenance ? { provenance: unit.provenance } : {}),
    ...(unit.suggestion ? { suggestion: unit.suggestion } : {}),
    ...(proposal ? { proposal } : {}),
    findings,
    unit,
  };
}

/**
 * Every sentence that needs a decision, document by document in reading order. Units that repeat a
 * German sentence share one resource entry: they make one item (the first), the others listed in `also`.
 */
export function collectReviewItems(documents: readonly ReviewDocument[], ctx: CandidateContext, opts: CollectOptions = {}): ReviewItem[] {
  const wanted = new Set(opts.reasons ?? []);
  const shared = sharedIds(documents);
  const items: ReviewItem[] = [];
  for (const doc of documents) {
    if (opts.documents && !opts.documents.includes(doc.source.path)) continue;
    const byKey = new Map<string, ReviewItem>();
    for (const unit of doc.units) {
      const reason = reasonFor(unit);
      if (!reason || (reason === 'unreviewed' && !opts.all) || (wanted.size && !wanted.has(reason))) continue;
      const first = byKey.get(unit.segment.key);
      if (first) {
        first.also.push(unit.id);
        continue;
      }
      const item = reviewItemFor(unit, doc, ctx, shared.has(unit.id) ? `${doc.source.slug}:${unit.id}` : unit.id);
      byKey.set(unit.segment.key, item);
      items.push(item);
    }
  }
  return items;
}

/** Unit ids that occur in more than one document (the same German sentence in several articles). */
export function sharedIds(documents: readonly ReviewDocument[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const doc of documents) {
    for (const id of new Set(doc.units.map((u) => u.id))) {
      if (seen.has(id)) shared.add(id);
      seen.add(id);
    }
  }
  return shared;
}

/** How many items there are per reason (every reason present, zeros included). */
export function countReasons(items: readonly ReviewItem[]): Record<ReviewReason, number> {
  const counts = { missing: 0, stale: 0, fuzzy: 0, memory: 0, aligned: 0, imported: 0, unreviewed: 0 };
  for (const i of items) counts[i.reason]++;
  return counts;
}
