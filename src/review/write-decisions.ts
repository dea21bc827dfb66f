// Review decisions → written through the never-lose sync path (planSync + applySyncPlans): per
// article one plan with the decisions as reviewed LocaleUpdates; all articles' files as one set, or
// nothing. Reads and writes the locale files (through src/sync); refuses with `review-concurrent-edit`
// before writing anything when the resource changed since the review read it.
import { DiglotError } from '../model/diagnostic.js';
import type { EditionConfig } from '../config/index.js';
import { applySyncPlans, planSync, type SyncReport } from '../sync/index.js';
import { readLocaleState } from '../locale/index.js';
import { findOverruled, reviewUpdate } from './review-update.js';
import type { ReviewDecision, ReviewDocument, Reviewer } from './types.js';

export interface WrittenReview {
  /** Per article written: its German source, and the sync report (changed files, counts, notices). */
  documents: Array<{ document: string; report: SyncReport }>;
  /** Files changed, relative to the project root. */
  wrote: string[];
}

/**
 * Writes the decisions (or, `dryRun`, only plans them). Besides the decisions, each article's locale
 * files get what `diglot sync` would do anyway (new German as null, vanished German archived): the
 * writer always rewrites a resource to the current German, and never drops a translation doing so.
 * Throws DiglotError: `review-concurrent-edit`, and sync's own guards (`sync-concurrent-edit`,
 * `sync-locked`, unreadable locale files …); nothing is written then.
 */
export function writeReviewDecisions(config: EditionConfig, documents: readonly ReviewDocument[], decisions: readonly ReviewDecision[], reviewer: Reviewer, opts: { dryRun?: boolean } = {}): WrittenReview {
  const perDocument = new Map<string, ReviewDecision[]>();
  for (const d of decisions) {
    const list = perDocument.get(d.item.document) ?? [];
    list.push(d);
    perDocument.set(d.item.document, list);
  }
  const targets = documents.filter((doc) => perDocument.has(doc.source.path));
  // read again now: an interactive review writes decision by decision, and its own earlier writes (or
  // an editor's) changed the files since the project was loaded; the plan is made against what is there
  const at = { root: config.root, localesDir: config.localesDir, targetLanguage: config.targetLanguage };
  const plans = targets.map((doc) => planSync({ source: doc.source, state: readLocaleState(at, doc.source.slug), location: config, updates: perDocument.get(doc.source.path)!.map((d) => reviewUpdate(d, reviewer)) }));
  const overruled = plans.flatMap((plan, i) => findOverruled(plan, perDocument.get(targets[i].source.path)!));
  if (overruled.length) throw new DiglotError(overruled);
  const reports = applySyncPlans(plans, { dryRun: !!opts.dryRun });
  return {
    documents: targets.map((doc, i) => ({ document: doc.source.path, report: reports[i] })),
    wrote: opts.dryRun ? [] : reports.flatMap((r) => r.changed.map((f) => f.split('\\').join('/'))),
  };
}
