// Raw term hits of one text (several per word, overlapping) → the hits to report: one per entry and
// surface, the longest covering hit wins, mapped back to UTF-16 offsets of the original text, by start.
import type { GlossaryEntry, TermHit } from '../model/glossary.js';
import type { FoldedText } from './fold-text.js';

/** A hit before suppression: `covers` are the folded spans the term words occupy (not the words between). */
export interface RawHit {
  entry: number;
  surfStart: number;
  surfEnd: number;
  covers: Array<[number, number]>;
}

const size = (h: RawHit): number => h.covers.reduce((n, c) => n + c[1] - c[0], 0);

/** `y` hides `x` when it is larger and covers every span of `x`, also for the same entry ("Der Kalte Krieg" hides "Kalte Krieg"). */
function covers(y: RawHit, x: RawHit, xs: number): boolean {
  if (size(y) <= xs) return false;
  return x.covers.every(([a, b]) => y.covers.some(([c, d]) => c <= a && b <= d));
}

/** Keeps the reportable hits of `raw` and turns them into TermHits on `text` (folded as `ft`). */
export function selectHits(raw: readonly RawHit[], entries: readonly GlossaryEntry[], ft: FoldedText, text: string): TermHit[] {
  // One hit per entry and surface: the same term twice in one compound is one occurrence.
  const unique = new Map<string, RawHit>();
  for (const h of raw) {
    const key = `${h.entry}:${h.surfStart}:${h.surfEnd}`;
    const old = unique.get(key);
    if (!old || size(h) > size(old)) unique.set(key, h);
  }
  const hits = [...unique.values()].sort((x, y) => x.covers[0][0] - y.covers[0][0] || size(y) - size(x));
  const maxSpan = hits.reduce((n, h) => Math.max(n, h.surfEnd - h.surfStart), 0);
  const kept = hits.filter((x, i) => {
    const xs = size(x);
    const lo = x.covers[0][0] - maxSpan;
    for (let j = i - 1; j >= 0 && hits[j].covers[0][0] >= lo; j--) if (covers(hits[j], x, xs)) return false;
    for (let j = i + 1; j < hits.length && hits[j].covers[0][0] <= x.covers[0][0]; j++) if (covers(hits[j], x, xs)) return false;
    return true;
  });
  return kept
    .map((h) => {
      const start = ft.from[h.surfStart];
      const end = ft.to[h.surfEnd - 1];
      const e = entries[h.entry];
      return { hit: { term: e.de, surface: text.slice(start, end), start, end, en: [...e.en] }, order: h.covers[0][0] };
    })
    .sort((x, y) => x.hit.start - y.hit.start || x.order - y.order || y.hit.end - x.hit.end)
    .map((x) => x.hit);
}
