// A section's blocks in reading order → the structures a renderer rebuilds: lists (ordered, with
// their start number, nested), block quotations, tables (full grid, empty cells included), figures
// (an image paragraph and/or its caption) and plain blocks. Footnote definitions are taken out.
import type { BlockView } from './edition-model.js';
import { plainText } from './inline-html.js';

export type BlockGroup =
  | { type: 'block'; block: BlockView }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { type: 'quote'; content: BlockGroup[] }
  | { type: 'table'; rows: number; columns: number; align: Array<'left' | 'right' | 'center' | null>; cells: Array<Array<BlockView | undefined>> }
  | { type: 'figure'; image?: BlockView; caption: BlockView[] };

export interface ListItem {
  content: BlockGroup[];
}

/** A footnote definition: its label and its paragraphs. */
export interface FootnoteGroup {
  label: string;
  blocks: BlockView[];
}

interface Level {
  quote: boolean;
  listDepth: number;
}

/** Groups the blocks of one section (footnote definitions excluded: see collectFootnotes). */
export function groupBlocks(blocks: readonly BlockView[]): BlockGroup[] {
  return groupLevel(blocks.filter((b) => !b.layout?.footnote), { quote: false, listDepth: 0 });
}

/** Footnote definitions in document order, each with its paragraphs. */
export function collectFootnotes(blocks: readonly BlockView[]): FootnoteGroup[] {
  const out: FootnoteGroup[] = [];
  for (const b of blocks) {
    const label = b.layout?.footnote?.label;
    if (label === undefined) continue;
    const last = out[out.length - 1];
    if (last && last.label === label) last.blocks.push(b);
    else out.push({ label, blocks: [b] });
  }
  return out;
}

/** A paragraph that holds nothing but images (the figure of a news page). */
export function isImageOnly(b: BlockView): boolean {
  return (
    b.kind === 'paragraph' &&
    b.units.length > 0 &&
    b.units.every((u) => plainText(u.segment.key, u.segment.markup).trim() === '' && u.segment.markup.length > 0 && u.segment.markup.every((m) => m.type === 'image' || m.type === 'imageReference' || m.type === 'break'))
  );
}

function groupLevel(blocks: readonly BlockView[], level: Level): BlockGroup[] {
  const out: BlockGroup[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i];
    const layout = b.layout;
    if (!level.quote && layout?.quote) {
      const at = layout.quote.at;
      const j = runEnd(blocks, i, (x) => x.layout?.quote?.at === at);
      out.push({ type: 'quote', content: groupLevel(blocks.slice(i, j), { ...level, quote: true }) });
      i = j;
    } else if (layout?.list && layout.list.depth > level.listDepth) {
      const j = runEnd(blocks, i, (x) => (x.layout?.list?.depth ?? 0) > level.listDepth && (level.quote || !x.layout?.quote));
      out.push(...groupLists(blocks.slice(i, j), level));
      i = j;
    } else if (layout?.table) {
      const at = layout.table.at;
      const j = runEnd(blocks, i, (x) => x.layout?.table?.at === at);
      out.push(tableGroup(blocks.slice(i, j)));
      i = j;
    } else if (b.kind === 'caption') {
      const j = runEnd(blocks, i, (x) => x.kind === 'caption' && !x.layout?.table);
      const prev = out[out.length - 1];
      const image = prev?.type === 'figure' && prev.caption.length === 0 ? prev.image : undefined;
      if (image) out.pop();
      out.push({ type: 'figure', ...(image ? { image } : {}), caption: blocks.slice(i, j) });
      i = j;
    } else {
      out.push(isImageOnly(b) ? { type: 'figure', image: b, caption: [] } : { type: 'block', block: b });
      i++;
    }
  }
  return out;
}

/** Splits a run of list blocks into the lists at the next depth, each item grouped recursively. */
function groupLists(run: readonly BlockView[], level: Level): BlockGroup[] {
  const depth = level.listDepth + 1;
  const lists: Array<{ at: number; group: Extract<BlockGroup, { type: 'list' }>; items: Array<{ at: number; blocks: BlockView[] }> }> = [];
  for (const b of run) {
    const list = b.layout!.list!;
    let current = lists[lists.length - 1];
    if (list.depth === depth) {
      if (!current || current.at !== list.at) {
        current = { at: list.at, group: { type: 'list', ordered: list.start !== undefined, start: list.start ?? 1, items: [] }, items: [] };
        lists.push(current);
      }
      const item = current.items[current.items.length - 1];
      if (!item || item.at !== list.item) current.items.push({ at: list.item, blocks: [b] });
      else item.blocks.push(b);
    } else {
      // a deeper list before any item at this depth (an item that starts with a sub-list)
      if (!current) {
        current = { at: -1, group: { type: 'list', ordered: false, start: 1, items: [] }, items: [] };
        lists.push(current);
      }
      if (!current.items.length) current.items.push({ at: -1, blocks: [] });
      current.items[current.items.length - 1].blocks.push(b);
    }
  }
  return lists.map((l) => {
    l.group.items = l.items.map((it) => ({ content: groupLevel(it.blocks, { ...level, listDepth: depth }) }));
    return l.group;
  });
}

function tableGroup(cellsIn: readonly BlockView[]): BlockGroup {
  const t = cellsIn[0].layout!.table!;
  const cells: Array<Array<BlockView | undefined>> = Array.from({ length: t.rows }, () => Array.from({ length: t.columns }, () => undefined));
  const align: Array<'left' | 'right' | 'center' | null> = Array.from({ length: t.columns }, () => null);
  for (const b of cellsIn) {
    const c = b.layout!.table!;
    if (c.row < t.rows && c.column < t.columns) cells[c.row][c.column] = b;
    align[c.column] = c.align;
  }
  return { type: 'table', rows: t.rows, columns: t.columns, align, cells };
}

function runEnd(blocks: readonly BlockView[], from: number, same: (b: BlockView) => boolean): number {
  let j = from + 1;
  while (j < blocks.length && same(blocks[j])) j++;
  return j;
}
