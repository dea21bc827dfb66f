// The project memory answers a look-up with the best other article's translation — reviewed and
// curated first, then project order — whatever order the articles' rows were added in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexMemoryRows, memoryTextStore, MemoryRowIndex, normalizeKey, type MemoryMatch, type MemoryRow } from '../../src/match/index.js';

/** The reference: every row in project order, a stable sort by rank, the first from another article. */
function reference(articles: ReadonlyArray<readonly MemoryRow[]>, key: string, document: string): MemoryMatch | undefined {
  const rank = (r: MemoryRow) => (r[5] ? 0 : 2) + (r[4] === 'curated' || r[4] === 'import' ? 0 : 1);
  const rows = articles.flat().filter((r) => (r[6] ?? r[2]) === normalizeKey(key));
  const best = rows.map((r, i) => ({ r, i })).sort((x, y) => rank(x.r) - rank(y.r) || x.i - y.i).find(({ r }) => r[0] !== document)?.r;
  return best && { de: best[2], en: best[3], provenance: { kind: 'memory', file: best[1], key: best[2], document: best[0] }, reviewed: best[5] };
}

const GERMAN = ['Ja.', 'Nein.', '„Ja.“', 'Vielleicht.'];
const row = fc.record({ de: fc.constantFrom(...GERMAN), en: fc.constantFrom('Yes.', 'No.', 'Maybe.'), origin: fc.constantFrom('curated' as const, 'align' as const, 'import' as const), reviewed: fc.boolean() });
const articles = fc.array(fc.array(row, { maxLength: 4 }), { minLength: 1, maxLength: 6 }).map((list) =>
  list.map((rows, a): MemoryRow[] => rows.map((r) => {
    const norm = normalizeKey(r.de);
    const base: MemoryRow = [`a${a}`, `locales/en/a${a}.json`, r.de, r.en, r.origin, r.reviewed];
    return norm === r.de ? base : [base[0], base[1], base[2], base[3], base[4], base[5], norm];
  })),
);

describe('project memory', () => {
  it('answers as the reference, articles added in project order or shuffled', () => {
    let hits = 0;
    fc.assert(
      fc.property(articles, fc.infiniteStream(fc.nat()), (arts, seeds) => {
        const inOrder = indexMemoryRows(arts);
        const shuffled = new MemoryRowIndex();
        const order = arts.map((_, i) => i);
        const it = seeds[Symbol.iterator]();
        for (let i = order.length - 1; i > 0; i--) {
          const j = it.next().value % (i + 1);
          [order[i], order[j]] = [order[j], order[i]];
        }
        for (const i of order) shuffled.add(i, arts[i]);
        // every German with one hash: a row of another German is never an answer
        const colliding = new MemoryRowIndex(memoryTextStore(), () => 7);
        for (const i of order) colliding.add(i, arts[i]);
        // each article's rows come back as they were lent
        arts.forEach((rows, i) => expect(shuffled.rowsOf(i)).toEqual(rows));
        for (const key of GERMAN) {
          for (const doc of [...arts.map((_, i) => `a${i}`), 'other']) {
            const want = reference(arts, key, doc);
            if (want) hits++;
            expect(inOrder.find(key, doc)).toEqual(want);
            expect(shuffled.find(key, doc)).toEqual(want);
            expect(colliding.find(key, doc)).toEqual(want);
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
    // most look-ups found something: the comparison was not between two empty answers
    expect(hits).toBeGreaterThan(1000);
  });

  it('a look-up finds something in most generated projects (the property is not vacuous)', () => {
    const arts: MemoryRow[][] = [[['a0', 'f0', 'Ja.', 'Yes.', 'align', false], ['a0', 'f0', 'Ja.', 'Yeah.', 'curated', false]], [['a1', 'f1', 'Ja.', 'Yep.', 'curated', true]]];
    expect(indexMemoryRows(arts).find('Ja.', 'x')?.en).toBe('Yep.');
    expect(indexMemoryRows(arts).find('Ja.', 'a1')?.en).toBe('Yeah.');
    expect(indexMemoryRows(arts).find('Nein.', 'x')).toBeUndefined();
  });
});
