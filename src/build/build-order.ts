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
  const firstOf = new Map<string, Map<string, number>>();
  rows.forEach((list, i) => {
    for (const row of list) {
      const key = row[6] ?? row[2];
      let byEnglish = firstOf.get(key);
      if (!byEnglish) firstOf.set(key, (byEnglish = new Map()));
      if (!byEnglish.has(row[3])) byEnglish.set(row[3], i);
    }
  });
  const early = new Set<number>();
  for (const byEnglish of firstOf.values()) if (byEnglish.size > 1) for (const i of byEnglish.values()) early.add(i);
  const all = rows.map((_, i) => i);
  return [...all.filter((i) => early.has(i)), ...all.filter((i) => !early.has(i))];
}
