// The order a build starts its articles in. An article's `inconsistent-translation` question about a
// German sentence is answered by the first article, in project order, whose English for it differs;
// one answered before that article has started is built again at the end (a second segmentation,
// check and render). The locale files tell in advance which articles those are: for German that the
// resources translate in more than one way, the first article giving each translation. Those start
// first (in project order), the rest after (in project order), so the later ones find their answers
// known. Only an optimisation: every answer is still checked once all renderings are in, and the
// outputs are the same in any order.
import type { MemoryRow } from '../match/index.js';

/**
 * The positions 0..n-1 of `rows` (each article's memory rows, in project order) in the order to build
 * them: first the articles that give a sentence's first translation where it has several, then the rest.
 */
export function orderForAnswers(rows: ReadonlyArray<readonly MemoryRow[]>): number[] {
  // one pass for the German translated in more than one way (a map of the first English only: a
  // project of 10,000 articles has 400,000 rows), a second for the first article of each of its translations
  const firstEnglish = new Map<string, string>();
  const several = new Set<string>();
  for (const list of rows) {
    for (const row of list) {
      const key = row[6] ?? row[2];
      const en = firstEnglish.get(key);
      if (en === undefined) firstEnglish.set(key, row[3]);
      else if (en !== row[3]) several.add(key);
    }
  }
  firstEnglish.clear();
  const early = new Set<number>();
  const seen = new Set<string>();
  rows.forEach((list, i) => {
    for (const row of list) {
      const key = row[6] ?? row[2];
      if (!several.has(key)) continue;
      const variant = `${key}\u0000${row[3]}`;
      if (seen.has(variant)) continue;
      seen.add(variant);
      early.add(i);
    }
  });
  const all = rows.map((_, i) => i);
  return [...all.filter((i) => early.has(i)), ...all.filter((i) => !early.has(i))];
}
