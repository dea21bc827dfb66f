// The block model carries what renderers need to rebuild the Markdown structure: list start and
// nesting, table row/column/alignment, quotation and footnote membership, reference definitions.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/index.js';
import { repoRoot } from '../helpers/project.js';

const doc = (c: string) => segmentDocument({ path: 'input.md', text: fs.readFileSync(path.join(repoRoot, 'tests/fixtures/render', c, 'input.md'), 'utf8') }).document;
const byText = (c: string) => new Map(doc(c).blocks.map((b) => [b.segments.map((s) => s.key).join(' '), b]));

describe('block layout', () => {
  it('lists: start number, item identity (a two-paragraph item shares it), nesting depth, ordered flag on every item', () => {
    const b = byText('ordered-list');
    const first = b.get('Erstens verhandeln.')!;
    const second = b.get('Zweitens abwarten.')!;
    const para = b.get('Ein zweiter Absatz im Punkt.')!;
    const sub = b.get('Unterpunkt ohne Nummer.')!;
    expect(first.layout?.list).toMatchObject({ start: 3, depth: 1 });
    expect(second.layout?.list?.at).toBe(first.layout?.list?.at);
    expect(second.layout?.list?.item).not.toBe(first.layout?.list?.item);
    expect(para.layout?.list?.item).toBe(second.layout?.list?.item);
    expect(sub.layout?.list).toMatchObject({ depth: 2 });
    expect(sub.layout?.list?.start).toBeUndefined();
    expect([first.ordered, second.ordered, para.ordered, sub.ordered]).toEqual([true, true, true, false]);
    expect(b.get('Drei Schritte bleiben:')!.layout).toBeUndefined();
  });

  it('tables: row and column of each cell, the table size and alignment; empty cells have no block', () => {
    const cells = doc('table').blocks.filter((b) => b.kind === 'table-cell');
    expect(cells).toHaveLength(8);
    expect(cells.map((c) => [c.layout!.table!.row, c.layout!.table!.column])).toEqual([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2], [2, 0], [2, 2]]);
    expect(cells.every((c) => c.layout!.table!.rows === 3 && c.layout!.table!.columns === 3)).toBe(true);
    expect(cells.slice(0, 3).map((c) => c.layout!.table!.align)).toEqual(['left', 'right', 'center']);
  });

  it('quotations and footnotes: membership and label', () => {
    const q = doc('blockquote').blocks.filter((b) => b.kind === 'blockquote');
    expect(q).toHaveLength(2);
    expect(q[0].layout?.quote?.at).toBe(q[1].layout?.quote?.at);
    const notes = doc('footnotes').blocks.filter((b) => b.layout?.footnote);
    expect(notes.map((n) => n.layout!.footnote!.label)).toEqual(['decl', '2']);
  });

  it('reference definitions are kept by normalised label', () => {
    expect(doc('links').definitions).toEqual({ dpa: { url: 'https://example.org/dpa', title: 'Agentur' } });
    expect(doc('table').definitions).toBeUndefined();
  });
});
