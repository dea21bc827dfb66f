// Alignment pairs over a German SourceDocument and English sentences → the translations
// `--write-locale` hands to the sync writer (one per German segment), and what had to be left out.
import type { SourceDocument } from '../model/document.js';
import type { LocaleUpdate } from '../sync/index.js';
import type { AlignmentPair } from './types.js';

export interface LocaleUpdatePlan {
  updates: LocaleUpdate[];
  /** Pairs below the review threshold (not written unless asked). */
  skippedReview: number;
  /** German segments that share one English sentence with others (the English cannot be split). */
  skippedShared: number;
  /** German segments with no English. */
  unaligned: number;
}

/**
 * One update per German segment aligned to English: 1:1 and 1:n (the English sentences joined with a
 * space). n:1 and n:m with n > 1 are skipped: which part of the English belongs to which German
 * segment is not known. Pairs flagged for review are skipped unless `includeReview`.
 */
export function planLocaleUpdates(pairs: readonly AlignmentPair[], source: SourceDocument, en: readonly string[], enFile: string, includeReview = false): LocaleUpdatePlan {
  const plan: LocaleUpdatePlan = { updates: [], skippedReview: 0, skippedShared: 0, unaligned: 0 };
  for (const p of pairs) {
    if (!p.de.length) continue;
    if (!p.en.length) {
      plan.unaligned += p.de.length;
      continue;
    }
    if (p.de.length > 1) {
      plan.skippedShared += p.de.length;
      continue;
    }
    if (p.review && !includeReview) {
      plan.skippedReview++;
      continue;
    }
    const seg = source.segments[p.de[0]];
    if (!seg) continue;
    const text = p.en.map((j) => en[j].replace(/\s+/g, ' ').trim()).join(' ');
    plan.updates.push({ key: seg.key, en: text, provenance: { kind: 'align', file: enFile, key: seg.key }, status: 'translated' });
  }
  return plan;
}
