import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/index.js';
import { matchUnits } from '../../src/match/index.js';
import { computeCoverage, countWords, formatCoverageText } from '../../src/report/index.js';

const md = `---\ntitle: Titel\n---\n\nEins ist da. Zwei fehlt.\n\n## Teil B\n\nDrei ist da.\n`;

function report(en: Record<string, string>) {
  const { document } = segmentDocument({ path: 'd.md', text: md });
  const { units } = matchUnits(document, { file: 'd.json', entries: new Map(Object.entries(en)) });
  return computeCoverage([{ source: document, units }]);
}

describe('computeCoverage', () => {
  it('counts per document and per section, in segments and words', () => {
    const r = report({ Titel: 'Title', 'Eins ist da.': 'One is there.', 'Teil B': 'Part B', 'Drei ist da.': 'Three is there.' });
    expect(r.total).toMatchObject({ segments: 5, translated: 4, missing: 1, stale: 0, percent: 80 });
    const [lede, partB] = r.documents[0].sections;
    expect(lede).toMatchObject({ id: 'lede', segments: 3, translated: 2, complete: false });
    expect(partB).toMatchObject({ id: 'teil-b', title: 'Teil B', segments: 2, translated: 2, complete: true, percent: 100 });
    expect(r.total.words).toMatchObject({ total: 11, missing: 2 });
  });

  it('treats an empty English value as missing (as i18next does)', () => {
    const r = report({ Titel: '' });
    expect(r.total.translated).toBe(0);
  });

  it('gives 100 % for an empty project and prints a table', () => {
    expect(computeCoverage([]).total.percent).toBe(100);
    const text = formatCoverageText(report({}));
    expect(text).toMatch(/^\s+segments\s+translated/m);
    expect(text).toMatch(/total\s+5\s+0/);
  });

  it('counts words like a translator', () => {
    expect(countWords('Die <1>USA</1> sind 1.000.000-mal grösser, z. B. so.')).toBe(8);
  });

  it('counts what the word pattern matches (property)', () => {
    const byPattern = (t: string) => (t.replace(/<\/?\d+\/?>/g, ' ').match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu) ?? []).length;
    const text = fc.array(fc.constantFrom('a', 'Ü', '1', '𝔄', '-', "'", '’', '.', '..', ' ', '<1>', '</1>', '<', '\u0301'), { maxLength: 20 }).map((xs) => xs.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(countWords(t)).toBe(byPattern(t));
    }), { numRuns: 2000 });
  });
});
