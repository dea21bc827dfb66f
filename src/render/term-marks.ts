// Units with term hits (found once by the pipeline, with source-file and key offsets) + the glossary →
// where each hit lies in the unit's key text, chosen for an audience: every hit for the review page; for readers
// only entries meant for them, by default only the first occurrence in the article.
import type { Glossary, GlossaryEntry, TermAudience, TermHit } from '../model/glossary.js';
import type { AlignedUnit } from '../model/unit.js';
import { locateInKey, type KeyRange } from '../segment/key-offsets.js';

/** A term hit placed on the plain text of the unit's key (what renderKeyHtml marks index). */
export interface PlacedHit {
  hit: TermHit;
  entry: GlossaryEntry | undefined;
  start: number;
  end: number;
}

/** Which occurrences the reader page marks: `first` per term and article (default), `all`, or `none`. */
export type ReaderMarks = 'first' | 'all' | 'none';

/** The audience of an entry; unset means `translator` (a reader sees a term only when an editor opts in). */
export const audienceOf = (e: GlossaryEntry | undefined): TermAudience => e?.audience ?? 'translator';

/**
 * Places every hit of one unit on its key's plain text: where the term stage put it (`hit.key`), or,
 * for units made without the term stage, located the same way now (segment/key-offsets.ts).
 */
export function placeHits(unit: AlignedUnit, entries: ReadonlyMap<string, GlossaryEntry>): PlacedHit[] {
  const ranges = unit.terms.every((h) => h.key !== undefined) ? unit.terms.map((h) => h.key ?? undefined) : locateInKey(unit.segment, unit.terms);
  return unit.terms
    .map((hit, i) => ({ hit, range: ranges[i] }))
    .filter((p): p is { hit: TermHit; range: KeyRange } => p.range !== undefined)
    .sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end)
    .map(({ hit, range }) => ({ hit, entry: entries.get(hit.term), start: range.start, end: range.end }));
}

/** Hits for the review page: every occurrence of every entry, per unit id. */
export function reviewHits(units: readonly AlignedUnit[], glossary: Glossary): Map<string, PlacedHit[]> {
  const entries = entryIndex(glossary);
  return new Map(units.map((u) => [u.id, placeHits(u, entries)]));
}

/**
 * Hits for the reader page: entries whose audience includes readers, in running text (headlines and
 * subheads stay unmarked, as on a news page); with `first`, only the first occurrence of each entry
 * in the article (in document order, English withheld or not).
 */
export function readerHits(units: readonly AlignedUnit[], glossary: Glossary, marks: ReaderMarks = 'first'): Map<string, PlacedHit[]> {
  const entries = entryIndex(glossary);
  const seen = new Set<string>();
  const out = new Map<string, PlacedHit[]>();
  for (const u of units) {
    if (marks === 'none' || HEADLINES.has(u.block)) {
      out.set(u.id, []);
      continue;
    }
    const keep = placeHits(u, entries).filter((p) => {
      if (audienceOf(p.entry) === 'translator') return false;
      if (marks === 'all') return true;
      if (seen.has(p.hit.term)) return false;
      seen.add(p.hit.term);
      return true;
    });
    out.set(u.id, keep);
  }
  return out;
}

const HEADLINES = new Set(['title', 'heading', 'summary-title']);

function entryIndex(glossary: Glossary): Map<string, GlossaryEntry> {
  const m = new Map<string, GlossaryEntry>();
  for (const e of glossary.entries) if (!m.has(e.de)) m.set(e.de, e);
  return m;
}
