// What a cached article result keeps: packing round-trips exactly, and a look-up's answer digest
// tells different answers apart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerDigest, packMemoryRows, packResult, unpackMemoryRows, unpackResult, type ArticleResult } from '../../src/build/article-result.js';
import type { MemoryRow } from '../../src/match/index.js';

describe('article results in the cache', () => {
  it('pack → unpack gives the result back, rows with and without a normalised key or English', () => {
    const result = {
      path: 'locales/de/a.md',
      slug: 'a',
      localeDigest: 'x',
      segmentDiagnostics: [],
      matchDiagnostics: [],
      checkDiagnostics: [],
      memoryLookups: [['Ja.', '0123456789abcdef']],
      translationLookups: [[2, '0123456789abcdef']],
      renderings: [['ja.', 'Yes.', 'locales/de/a.md', 3], ['nein.', 'No.', 'locales/de/a.md', 4], ['„ja.“', '“Yes.”', 'locales/de/a.md', 5, '"Yes."']],
      renderingsDigest: 'r',
      memoryRows: [['a', 'locales/en/a.json', 'Ja.', 'Yes.', 'curated', false], ['a', 'locales/en/a.json', '„Nein.“', 'No.', 'curated', true, '"Nein."']],
      coverage: {} as ArticleResult['coverage'],
      indexEntry: {} as ArticleResult['indexEntry'],
      require: [],
      pages: [{ name: 'a.html', hash: 'h', size: 1 }],
      exchange: [],
      tags: { rendering: '', memory: '', lookups: '' },
    } as ArticleResult;
    const packed = packResult(result);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(result).length);
    expect(unpackResult(JSON.parse(JSON.stringify(packed)))).toEqual(result);
  });

  it("an article's memory rows pack and unpack exactly (what a worker sends of a first reading) (property)", () => {
    const row = fc.tuple(fc.string(), fc.string(), fc.constantFrom('curated' as const, 'align' as const, 'import' as const), fc.boolean(), fc.option(fc.string(), { nil: undefined }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), (list) => {
        const rows = list.map(([de, en, origin, reviewed, norm]): MemoryRow => (norm === undefined ? ['a', 'locales/en/a.json', de, en, origin, reviewed] : ['a', 'locales/en/a.json', de, en, origin, reviewed, norm]));
        const packed = packMemoryRows(rows);
        expect(packed === null).toBe(rows.length === 0);
        expect(unpackMemoryRows('a', structuredClone(packed))).toEqual(rows);
      }),
    );
  });

  it('different answers get different digests', () => {
    const seen = new Map<string, string>();
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v ?? null);
        const d = answerDigest(v);
        expect(d).toMatch(/^[0-9a-f]{16}$/);
        const other = seen.get(d);
        if (other !== undefined) expect(other).toBe(text);
        seen.set(d, text);
      }),
      { numRuns: 3000 },
    );
    expect(seen.size).toBeGreaterThan(100);
  });
});
