// Unit references typed for `diglot review --accept` (`s1a2b3c4d`, or `<slug>:s1a2b3c4d` where an id
// occurs in several articles) → the review items they name, or positioned errors saying why not. Pure.
import type { Diagnostic } from '../model/diagnostic.js';
import type { AlignedUnit } from '../model/unit.js';
import { editDistance } from '../util/edit-distance.js';
import { clip } from '../util/clip.js';
import type { CandidateContext } from './check-candidate.js';
import { reviewItemFor } from './collect-items.js';
import type { ReviewDocument, ReviewItem } from './types.js';

export interface ResolvedRefs {
  /** One item per resource entry named (a reference given twice, or two ids of one repeated sentence, count once). */
  items: ReviewItem[];
  /** Errors (unknown, ambiguous, nothing to accept): when any, nothing should be written. */
  errors: Diagnostic[];
  /** Infos: units already reviewed (nothing to do for them). */
  notices: Diagnostic[];
}

/** Resolves every reference; see ResolvedRefs. */
export function resolveReviewRefs(refs: readonly string[], documents: readonly ReviewDocument[], ctx: CandidateContext): ResolvedRefs {
  const out: ResolvedRefs = { items: [], errors: [], notices: [] };
  const seen = new Set<string>();
  for (const ref of refs) {
    const found = findUnits(ref, documents);
    if (found.length === 0) {
      out.errors.push(unknownUnit(ref, documents));
      continue;
    }
    if (found.length > 1) {
      out.errors.push({
        ruleId: 'review-ambiguous-unit',
        severity: 'error',
        message: `unit "${clip(ref, 40)}" occurs in ${found.length} articles (the same German sentence)`,
        hint: `name it with its article: ${found.map((f) => `${f.doc.source.slug}:${f.unit.id}`).join(', ')}`,
        source: 'review',
      });
      continue;
    }
    const { doc, unit } = found[0];
    const place = { start: { line: unit.segment.line, column: unit.segment.column, offset: unit.segment.start } };
    if (unit.status === 'reviewed') {
      const who = unit.reviewedBy ? ` by ${unit.reviewedBy}` : '';
      const when = unit.reviewedAt ? ` on ${unit.reviewedAt.slice(0, 10)}` : '';
      out.notices.push({ ruleId: 'review-already-reviewed', severity: 'info', message: `unit ${unit.id} is already reviewed${who}${when}; nothing to do: "${clip(unit.segment.key)}"`, file: doc.source.path, place, source: 'review' });
      continue;
    }
    const item = reviewItemFor(unit, doc, ctx, ref);
    if (!item.proposal) {
      out.errors.push({
        ruleId: 'review-nothing-to-accept',
        severity: 'error',
        message: `unit ${unit.id} has no English and no suggestion to accept: "${clip(unit.segment.key)}"`,
        hint: `translate it in ${item.resource} (replace the null of its key), or run \`diglot review\` in a terminal and type the English`,
        file: doc.source.path,
        place,
        source: 'review',
      });
      continue;
    }
    const key = `${item.document}\u0000${item.de}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.items.push(item);
  }
  return out;
}

/** The units a reference names: by id in every article, or in the one its `<slug>:` prefix names. */
function findUnits(ref: string, documents: readonly ReviewDocument[]): Array<{ doc: ReviewDocument; unit: AlignedUnit }> {
  const colon = ref.lastIndexOf(':');
  const slug = colon > 0 ? ref.slice(0, colon) : undefined;
  const id = colon > 0 ? ref.slice(colon + 1) : ref;
  const out: Array<{ doc: ReviewDocument; unit: AlignedUnit }> = [];
  for (const doc of documents) {
    if (slug !== undefined && doc.source.slug !== slug) continue;
    const unit = doc.units.find((u) => u.id === id);
    if (unit) out.push({ doc, unit });
  }
  return out;
}

function unknownUnit(ref: string, documents: readonly ReviewDocument[]): Diagnostic {
  const id = ref.slice(ref.lastIndexOf(':') + 1);
  // ids are hashes: a typo is one or two characters off, anything further is another sentence
  const close = documents.flatMap((d) => d.units.map((u) => ({ ref: `${d.source.slug}:${u.id}`, d: editDistance(id, u.id, 2) }))).filter((c) => c.d <= 2).sort((a, b) => a.d - b.d).slice(0, 3);
  return {
    ruleId: 'review-unknown-unit',
    severity: 'error',
    message: `no unit "${clip(ref, 40)}" in the project`,
    hint: `${close.length ? `did you mean ${close.map((c) => c.ref).join(' or ')}? ` : ''}\`diglot review --list\` shows the ids of the sentences to review (they change when the German does)`,
    source: 'review',
  };
}
