// Existing glossary entries against the aligned pairs: an entry whose approved English is missing in
// pairs that consistently use one other English n-gram is a conflict (with evidence).
import { findRenderings } from '../glossary/index.js';
import { dice, inc } from './associate.js';
import { displayEnglish } from './display-forms.js';
import type { EnglishNgram } from './english-ngrams.js';
import type { GermanTerm } from './german-candidates.js';
import type { MinePair, MinedConflict } from './types.js';

/** One aligned pair as the miner sees it. */
export interface PairData {
  pair: MinePair;
  de: string;
  en: string;
  german: Map<string, GermanTerm>;
  english: Map<string, EnglishNgram>;
  /** Existing entries found in the German: term → an approved rendering is in the English. */
  existing: Map<string, boolean>;
}


/** Existing entries whose approved English is absent in pairs that use one other rendering consistently. */
export function findConflicts(data: readonly PairData[], entries: Map<string, { de: string; en: string[] }>, minCount: number, keepEvidence: number): MinedConflict[] {
  const out: MinedConflict[] = [];
  for (const [term, entry] of entries) {
    const withTerm = data.filter((d) => d.existing.has(term));
    const unrendered = withTerm.filter((d) => d.existing.get(term) === false);
    if (unrendered.length < minCount) continue;
    const counts = new Map<string, number>();
    for (const d of unrendered) for (const e of d.english.keys()) inc(counts, e);
    const eTotal = new Map<string, number>();
    for (const d of data) for (const e of d.english.keys()) if (counts.has(e)) inc(eTotal, e);
    const ranked = [...counts]
      .filter(([e, c]) => c >= minCount && findRenderings(e, entry.en).length === 0)
      .map(([e, c]) => ({ e, c, d: dice(c, unrendered.length, eTotal.get(e) ?? c) }))
      .sort((a, b) => b.d - a.d || b.c - a.c || a.e.localeCompare(b.e));
    const best = ranked[0];
    if (!best || best.d < 0.5) continue;
    const hits = unrendered.filter((d) => d.english.has(best.e));
    out.push({
      term,
      approved: entry.en,
      found: displayEnglish(hits.map((d) => d.english.get(best.e)!), best.e),
      unrendered: unrendered.length,
      count: best.c,
      total: withTerm.length,
      evidence: hits.slice(0, keepEvidence).map((d) => ({ de: d.de, en: d.en, ...(d.pair.where ? { where: d.pair.where } : {}) })),
    });
  }
  return out.sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}
