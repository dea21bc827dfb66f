// A review decision → the LocaleUpdate the never-lose sync writer merges (status reviewed, reviewer,
// date, provenance), and a planned sync → the decisions an edit made meanwhile would overrule. Pure.
import type { Diagnostic } from '../model/diagnostic.js';
import type { LocaleUpdate, SyncPlan } from '../sync/index.js';
import { clip } from '../util/clip.js';
import type { ReviewDecision, Reviewer } from './types.js';

/**
 * The update for one decision. Its base is the English the reviewer saw: sync's three-way merge then
 * writes the decision only while the resource still holds that English (or none, when there was
 * none), archives the English it replaces (`superseded`), and leaves a newer local edit alone —
 * which `findOverruled` turns into an error instead of a silent no-op.
 */
export function reviewUpdate(decision: ReviewDecision, reviewer: Reviewer): LocaleUpdate {
  const { item } = decision;
  // English filled from another article (leverage: fill) is not in this article's resource yet
  const inResource = item.en !== null && item.provenance?.document === undefined;
  const base = inResource ? { baseEn: item.en as string } : {};
  const review = { status: 'reviewed' as const, reviewedBy: reviewer.by, reviewedAt: reviewer.at };
  if (decision.action === 'edit') {
    return { key: item.de, en: decision.en, provenance: { kind: 'curated', file: item.resource, key: item.de }, ...base, ...review };
  }
  const proposal = item.proposal;
  if (!proposal) throw new Error(`unit ${item.id} has nothing to accept`);
  return { key: item.de, en: proposal.en, provenance: proposal.provenance, ...(proposal.from === 'current' ? base : {}), ...review };
}

/**
 * Decisions the plan would not carry out because the resource changed since the review read it: a
 * conflict (the local English is neither what the reviewer saw nor what they decided) or a kept local
 * edit (the reviewer marked English reviewed that someone has since replaced). One error each.
 */
export function findOverruled(plan: SyncPlan, decisions: readonly ReviewDecision[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of decisions) {
    const key = d.item.de;
    const conflict = plan.conflicts.find((c) => c.key === key);
    const kept = plan.changes.find((c) => c.kind === 'kept-local' && c.key === key);
    if (!conflict && !kept) continue;
    const now = conflict ? conflict.local : (kept?.en ?? '');
    const saw = d.item.en === null ? 'no English' : `"${clip(d.item.en)}"`;
    out.push({
      ruleId: 'review-concurrent-edit',
      severity: 'error',
      message: `unit ${d.item.id}: the English changed while you reviewed it (you saw ${saw}; ${d.item.resource} now has "${clip(now)}"); your decision was not written`,
      hint: 'run `diglot review` again: it shows the English as it is now (nothing was lost: the other edit is kept)',
      file: d.item.document,
      place: { start: { line: d.item.unit.segment.line, column: d.item.unit.segment.column, offset: d.item.unit.segment.start } },
      source: 'review',
    });
  }
  return out;
}
