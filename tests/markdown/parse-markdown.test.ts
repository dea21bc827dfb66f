// parseMarkdown parses a text that cannot hold a GFM table without the table construct (a fifth of
// all parsing time): the trees are the same as with it (property tests over table-like syntax and over
// generated articles), and tables without a pipe (`a` over `:-:`) are still found.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownProcessor, parseMarkdown } from '../../src/markdown/parse-markdown.js';
import { articleArb } from './markdown-arb.js';

const withTables = markdownProcessor('|');
const types = (text: string) => parseMarkdown(text).tree.children.map((n) => n.type);

describe('GFM tables', () => {
  it('are read with and without pipes; a text with neither pipe nor aligned delimiter holds none', () => {
    expect(types('a | b\n--|--\n1 | 2')).toEqual(['table']);
    expect(types('a\n:-:')).toEqual(['table']);
    expect(types('a\n-:')).toEqual(['table']);
    expect(types('a\n: -')).toEqual(['paragraph']);
    expect(types('a\n-')).toEqual(['heading']);
    expect(markdownProcessor('a\n: -')).not.toBe(withTables);
  });

  it('a text parsed without the table construct gives the tree the construct gives (property)', () => {
    const pieces = ['a', 'Wort', ' ', '\n', '\n\n', '|', ':', '-', '---', '*', '>', '#', '`', '[', ']', '^', '~', '\\', '1.', '   ', '\t', ':::', 'x\n:-:', 'x\n-:', 'a|b\n-|-', '\n: -'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join(''));
    let tables = 0;
    fc.assert(fc.property(text, (t) => {
      const full = withTables.parse(t);
      tables += full.children.filter((n) => n.type === 'table').length;
      expect(markdownProcessor(t).parse(t)).toEqual(full);
    }), { numRuns: 2000 });
    // the generator reaches tables (some without a pipe)
    expect(tables).toBeGreaterThan(10);
  });

  it('and over generated articles (property)', () => {
    fc.assert(fc.property(articleArb, ({ source }) => {
      expect(markdownProcessor(source).parse(source)).toEqual(withTables.parse(source));
    }), { numRuns: 200 });
  });
});
