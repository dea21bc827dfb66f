// The project's renderings answer "the first other English for this German" the same whatever order
// the documents are added in (an incremental build adds them as they are done), and as the old
// whole-project reading did: the first rendering, in project order, whose normalised English differs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishKey, indexRenderings, listRenderings, RenderingIndex, type RenderingRow } from '../../src/check/rendering-index.js';
import type { AlignedUnit } from '../../src/model/unit.js';
import { normalizeKey } from '../../src/match/normalize-key.js';
import { memoryTextStore } from '../../src/match/index.js';

const english = fc.constantFrom('The train leaves.', 'The train departs.', 'The train leaves. ', '“Yes.”', '"Yes."', 'No.');
const german = fc.constantFrom('der zug fährt.', 'ja.', 'nein.');
const documents = fc.array(fc.array(fc.tuple(german, english, fc.integer({ min: 1, max: 99 })), { maxLength: 6 }), { minLength: 1, maxLength: 6 });
/** A row as listRenderings makes it: the English normalised as a fifth element where it differs. */
const row = (k: string, en: string, file: string, line: number): RenderingRow => (normalizeKey(en) === en ? [k, en, file, line] : [k, en, file, line, normalizeKey(en)]);
const rowsOf = (docs: Array<Array<[string, string, number]>>): RenderingRow[][] => docs.map((rows, d) => rows.map(([k, en, line]) => row(k, en, `doc${d}.md`, line)));

/** The reading the checks made before: every rendering in project order, the first with other English. */
function firstOtherByScan(docs: RenderingRow[][], key: string, mine: string) {
  for (const rows of docs) for (const [k, en, file, line] of rows) if (k === key && normalizeKey(en) !== mine) return { en, file, line };
  return undefined;
}

describe('RenderingIndex', () => {
  it('answers as a scan of the project in order, whatever order the documents are added in', () => {
    fc.assert(
      fc.property(documents, fc.infiniteStream(fc.nat()), english, (raw, picks, mine) => {
        const docs = rowsOf(raw);
        const order = docs.map((_, i) => i);
        const it = picks[Symbol.iterator]();
        for (let i = order.length - 1; i > 0; i--) {
          const j = (it.next().value as number) % (i + 1);
          [order[i], order[j]] = [order[j], order[i]];
        }
        const shuffled = new RenderingIndex();
        for (const d of order) shuffled.add(d, docs[d]);
        const inOrder = indexRenderings(docs);
        // every German with one hash: a row of another German is never an answer
        const colliding = new RenderingIndex(memoryTextStore(), () => 7);
        for (const d of order) colliding.add(d, docs[d]);
        // each document's rows come back as they were added
        docs.forEach((rows, d) => expect(colliding.rowsOf(d)).toEqual(rows));
        // a document's own questions, asked with the digests made when it was added: firstOther's answers
        docs.forEach((rows, d) => {
          const want = rows.flatMap((r, i) => {
            const found = shuffled.firstOther(r[0], englishKey(r));
            return found ? [[i, found]] : [];
          });
          expect(shuffled.answersOf(d, rows)).toEqual(want);
          expect(colliding.answersOf(d, rows)).toEqual(want);
        });
        for (const key of ['der zug fährt.', 'ja.', 'nein.', 'nichts.']) {
          const want = firstOtherByScan(docs, key, normalizeKey(mine));
          expect(inOrder.firstOther(key, normalizeKey(mine))).toEqual(want);
          expect(shuffled.firstOther(key, normalizeKey(mine))).toEqual(want);
          expect(colliding.firstOther(key, normalizeKey(mine))).toEqual(want);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the other English, not English that differs only in quotes or spaces', () => {
    const index = indexRenderings([[row('ja.', '“Yes.”', 'a.md', 3)], [row('ja.', '"Yes."', 'b.md', 4), row('ja.', 'Yeah.', 'b.md', 9)]]);
    expect(index.firstOther('ja.', normalizeKey('"Yes."'))).toEqual({ en: 'Yeah.', file: 'b.md', line: 9 });
    expect(index.firstOther('ja.', normalizeKey('Yeah.'))).toEqual({ en: '“Yes.”', file: 'a.md', line: 3 });
    expect(index.firstOther('nein.', 'No.')).toBeUndefined();
  });

  it('listRenderings stores the English normalised only where it differs; englishKey reads either', () => {
    const unit = (key: string, en: string | null, line: number) => ({ segment: { key, line }, en }) as unknown as AlignedUnit;
    const rows = listRenderings({ path: 'a.md' }, [unit('Ja.', '“Yes.”', 3), unit('Nein.', 'No.', 4), unit('Vielleicht.', null, 5)]);
    expect(rows).toEqual([['Ja.', '“Yes.”', 'a.md', 3, '"Yes."'], ['Nein.', 'No.', 'a.md', 4]]);
    expect(rows.map(englishKey)).toEqual(['"Yes."', 'No.']);
  });
});
