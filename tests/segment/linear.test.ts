import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';
import { assignSegmentIds } from '../../src/segment/segment-id.js';
import { segmentDocument } from '../../src/segment/segment-document.js';
import { segmentPlainDocument } from '../../src/segment/segment-plain-document.js';
import { segmentText } from '../../src/segment/segment-text.js';
import { countOperations, growth } from './op-count.js';

// Issue 10 #12: segmentation is linear on any input. Measured as work (calls of the built-ins every loop
// goes through), not time: at n and 4n the work must grow about 4×. The inputs are those that were
// quadratic — repeated sentences (ids), one paragraph of many marked-up sentences (keys), many openers
// of one kind and closers of another (quote pairs), many short lines (pair scans per line).
const LINEAR = 6; // linear ≈ 4, n log n ≈ 4.7 here, quadratic ≈ 16

/** Work of segmentDocument without the Markdown parser's (measured on the same text, deterministic). */
const segmentWork = (text: string) => () => {
  const parse = countOperations(() => parseMarkdown(text));
  return { parse, total: countOperations(() => segmentDocument({ path: 'x.md', text })) };
};
const documentGrowth = (make: (n: number) => string, n: number): number => {
  segmentDocument({ path: 'x.md', text: make(n) });
  const a = segmentWork(make(n))();
  const b = segmentWork(make(4 * n))();
  return (b.total - b.parse) / (a.total - a.parse);
};

describe('segmentation work grows linearly', () => {
  it('repeated sentences in plain text ("Ja. " × n): ids', () => {
    const g = growth((n) => () => segmentPlainDocument({ path: 'x.txt', text: 'Ja. '.repeat(n) }), 1500);
    expect(g).toBeGreaterThan(3);
    expect(g).toBeLessThan(LINEAR);
  });
  it('ids of n identical keys', () => {
    const g = growth((n) => () => assignSegmentIds(Array.from({ length: n }, () => 'Ja.')), 2000);
    expect(g).toBeLessThan(LINEAR);
  });
  it('a Markdown table of identical cells', () => {
    const table = (n: number) => `| a | b |\n|---|---|\n${'| Ja | Ja |\n'.repeat(n / 2)}`;
    const g = documentGrowth(table, 400);
    expect(g).toBeGreaterThan(3);
    expect(g).toBeLessThan(LINEAR);
  });
  it('one paragraph of marked-up sentences (**Ja.** × n): keys', () => {
    const g = documentGrowth((n) => '**Ja.** '.repeat(n), 400);
    expect(g).toBeGreaterThan(3);
    expect(g).toBeLessThan(LINEAR);
  });
  it('brackets left open, then closing quotes of another kind: quote pairs', () => {
    const g = growth((n) => () => segmentText(`${'(a '.repeat(n)}${'a» '.repeat(n)}Ende. Dann.`), 1500);
    expect(g).toBeLessThan(LINEAR);
  });
  it('many short lines without quotes: one pair scan per line', () => {
    const g = growth((n) => () => segmentPlainDocument({ path: 'x.txt', text: 'Ja.\n'.repeat(n) }), 1500);
    expect(g).toBeLessThan(LINEAR);
  });
  it('any repeated unit', () => {
    const unit = fc.array(fc.constantFrom('Ja.', ' ', '«', '»', '(', ')', '„', '“', 'usw.', '\n', 'Dr.', '24.', 'III.', '😀', '!', '?', 'ab', '"'), { minLength: 1, maxLength: 6 }).map((a) => `${a.join('')} `);
    fc.assert(
      fc.property(unit, (u) => {
        expect(growth((n) => () => segmentPlainDocument({ path: 'x.txt', text: u.repeat(n) }), 200)).toBeLessThan(LINEAR);
      }),
      { numRuns: 25 },
    );
  });
});
