// The printed forms of diglot align: JSON contract, text columns, Markdown and HTML escaping.
import { describe, expect, it } from 'vitest';
import { formatHtml, formatJson, formatMarkdown, formatText, summarizePairs, type AlignmentPair } from '../../src/align/index.js';
import { wrapText } from '../../src/align/format-pairs.js';

const pairs: AlignmentPair[] = [
  { de: [0], en: [0], score: 0.91, why: ['length 0.92', 'numbers 57=57'], review: false },
  { de: [1, 2], en: [1], score: 0.41, why: ['bead 2:1', 'length 0.40'], review: true },
  { de: [3], en: [], score: 0.8, why: ['no English counterpart'], review: false },
];
const texts = { de: ['Eins | zwei', 'Drei <b>', 'Vier & fünf', 'Sechs'], en: ['One | two', 'Three and four'] };

describe('formatting alignment pairs', () => {
  it('JSON keeps the contract shape and adds texts on request', () => {
    const o = JSON.parse(formatJson(pairs, texts, { withText: true }));
    expect(o.pairs[1]).toEqual({ de: [1, 2], en: [1], score: 0.41, why: ['bead 2:1', 'length 0.40'], review: true, deText: ['Drei <b>', 'Vier & fünf'], enText: ['Three and four'] });
    expect(JSON.parse(formatJson(pairs, texts)).pairs[0].deText).toBeUndefined();
    expect(o.summary).toEqual(summarizePairs(pairs));
    expect(o.summary).toEqual({ pairs: 3, review: 1, unalignedDe: 1, unalignedEn: 0 });
  });
  it('text shows both columns with 1-based numbers, score, REVIEW and why', () => {
    const t = formatText(pairs, texts, {}, 80);
    expect(t).toContain('#2  de 2–3 ↔ en 2  score 0.41  REVIEW');
    expect(t).toMatch(/1: Eins \| zwei\s+\| 1: One \| two/);
    expect(t).toContain('  why: bead 2:1; length 0.40');
    expect(t).toContain('de 4 ↔ en —');
  });
  it('Markdown escapes pipes and angle brackets and marks review rows', () => {
    const md = formatMarkdown(pairs, texts);
    expect(md).toContain('1: Eins \\| zwei');
    expect(md).toContain('Drei &lt;b&gt;');
    expect(md).toContain('0.41 ⚠ review');
    expect(md.split('\n').filter((l) => l.startsWith('| ')).length).toBe(4);
  });
  it('HTML escapes text and highlights review rows', () => {
    const html = formatHtml(pairs, texts);
    expect(html).toContain('<tr class="review">');
    expect(html).toContain('Drei &lt;b&gt;');
    expect(html).toContain('Vier &amp; fünf');
    expect(html).not.toContain('<b>');
    expect(html).toContain('lang="de"');
  });
  it('wraps long text at word boundaries and cuts overlong words', () => {
    expect(wrapText('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});
