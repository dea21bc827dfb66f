// mdast (every node positioned, as parseMarkdown returns it) → translatable blocks (kind, content
// range, section) and the article's sections, in reading order, with offsets into the original text.
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Diagnostic } from '../model/diagnostic.js';
import type { BlockKind, BlockLayout, Section } from '../model/document.js';
import type { LineIndex } from '../util/line-index.js';
import { slugify } from './slugify.js';
import { spanOf } from './positions.js';

/** A block before segmentation: its content range and the inline nodes inside it. */
export interface RawBlock {
  kind: BlockKind;
  start: number;
  end: number;
  section: string;
  depth?: number;
  ordered?: boolean;
  /** The list, table, quotation or footnote around the block. */
  layout?: BlockLayout;
  /** Inline mdast nodes of the block (offsets relative to the parsed text; add `offsetShift`). */
  children: PhrasingContent[];
}

export interface ExtractResult {
  blocks: RawBlock[];
  sections: Section[];
  diagnostics: Diagnostic[];
}

interface Walk {
  shift: number;
  file: string;
  lines: LineIndex;
  blocks: RawBlock[];
  sections: Section[];
  diagnostics: Diagnostic[];
  section: string;
  /** Set once the body (anything after the summary box or the first heading) has started. */
  bodyStarted: boolean;
  /** The containers the walk is inside (copied onto every block pushed). */
  layout: BlockLayout;
}

// every node has a position (parseMarkdown fills what transforms leave out): a missing one is a bug
const start = (n: Nodes, shift: number) => spanOf(n, shift)[0];
const end = (n: Nodes, shift: number) => spanOf(n, shift)[1];

/**
 * Walks the tree. Sections: everything before the summary box and the first `##` is the `lede`; the
 * `:::summary` box is `summary`; body text before the first `##` is `intro`; each `##` heading opens a
 * section named by its slug (deeper headings stay inside it).
 */
export function extractBlocks(tree: Root, shift: number, file: string, lines: LineIndex): ExtractResult {
  const w: Walk = { shift, file, lines, blocks: [], sections: [{ id: 'lede', kind: 'lede' }], diagnostics: [], section: 'lede', bodyStarted: false, layout: {} };
  for (const node of tree.children) visitTop(node, w);
  const used = new Set(w.blocks.map((b) => b.section));
  return { blocks: w.blocks, sections: w.sections.filter((s) => used.has(s.id)), diagnostics: w.diagnostics };
}

function visitTop(node: RootContent, w: Walk): void {
  if (node.type === 'heading' && node.depth <= 2) {
    const title = headingText(node.children);
    const id = uniqueId(slugify(title) || 'section', w.sections);
    w.sections.push({ id, kind: 'body', title });
    w.section = id;
    w.bodyStarted = true;
  } else if (node.type === 'containerDirective' && node.name === 'summary') {
    w.sections.push({ id: 'summary', kind: 'summary' });
    const previous = w.section;
    w.section = 'summary';
    visitContainer(node, w);
    w.section = previous === 'lede' ? 'intro' : previous;
    if (previous === 'lede' && !w.sections.some((s) => s.id === 'intro')) w.sections.push({ id: 'intro', kind: 'body' });
    w.bodyStarted = true;
    return;
  }
  visit(node, w, 'paragraph');
}

function visit(node: RootContent, w: Walk, paragraphKind: BlockKind): void {
  switch (node.type) {
    case 'paragraph':
      pushBlock(w, paragraphKind, node.children, node);
      return;
    case 'heading':
      pushBlock(w, 'heading', node.children, node, { depth: node.depth });
      return;
    case 'list':
      for (const item of node.children) {
        const list = { at: start(node, w.shift), item: start(item, w.shift), ...(node.ordered ? { start: node.start ?? 1 } : {}), depth: (w.layout.list?.depth ?? 0) + 1 };
        within(w, { list }, () => {
          for (const child of item.children) visit(child, w, child.type === 'paragraph' ? 'list-item' : paragraphKind);
        });
      }
      return;
    case 'blockquote':
      within(w, { quote: { at: start(node, w.shift) } }, () => {
        for (const child of node.children) visit(child, w, 'blockquote');
      });
      return;
    case 'table': {
      const size = { at: start(node, w.shift), rows: node.children.length, columns: Math.max(0, ...node.children.map((r) => r.children.length)) };
      node.children.forEach((row, r) =>
        row.children.forEach((cell, c) => within(w, { table: { ...size, row: r, column: c, align: node.align?.[c] ?? null } }, () => pushBlock(w, 'table-cell', cell.children, cell))),
      );
      return;
    }
    case 'footnoteDefinition':
      // footnote text is translatable prose; it keeps the section it is written in
      within(w, { footnote: { label: node.label ?? node.identifier } }, () => {
        for (const child of node.children) visit(child, w, 'paragraph');
      });
      return;
    case 'containerDirective':
      if (node.name === 'caption') {
        for (const child of node.children) visit(child, w, 'caption');
        return;
      }
      w.diagnostics.push({
        ruleId: 'markdown-unknown-directive',
        severity: 'warning',
        message: `unknown directive ":::${node.name}"; its content is treated as ordinary text`,
        hint: 'diglot knows :::caption and :::summary[Label]',
        file: w.file,
        place: { start: w.lines.pointAt(start(node, w.shift)) },
        source: 'markdown',
      });
      visitContainer(node, w);
      return;
    default:
      // code, html, thematic breaks, definitions, front matter: not translatable text
      return;
  }
}

function visitContainer(node: Parent, w: Walk): void {
  for (const child of node.children as RootContent[]) {
    if (child.type === 'paragraph' && (child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) {
      pushBlock(w, w.section === 'summary' ? 'summary-title' : 'paragraph', child.children, child, {}, true);
    } else {
      visit(child, w, 'paragraph');
    }
  }
}

function pushBlock(w: Walk, kind: BlockKind, children: PhrasingContent[], node: Nodes, extra: Partial<RawBlock> = {}, isLabel = false): void {
  if (children.length === 0) return;
  // content range: from the first to the last inline node, so `## `, list markers and `[`…`]` stay out
  let from = start(children[0], w.shift);
  let to = end(children[children.length - 1], w.shift);
  if (isLabel && from >= to) return;
  if (from >= to) {
    from = start(node, w.shift);
    to = end(node, w.shift);
  }
  const layout = Object.keys(w.layout).length ? { layout: w.layout } : {};
  // ordered lists keep their numbering in the skeleton (layout.list.start), not in the segment
  const ordered = kind === 'list-item' && w.layout.list ? { ordered: w.layout.list.start !== undefined } : {};
  w.blocks.push({ kind, start: from, end: to, section: w.section, children, ...layout, ...ordered, ...extra });
}

/** Runs `fn` with `add` merged into the walk's container layout (lists, quotes and footnotes nest). */
function within(w: Walk, add: BlockLayout, fn: () => void): void {
  const outer = w.layout;
  w.layout = { ...outer, ...add };
  fn();
  w.layout = outer;
}

function headingText(children: PhrasingContent[]): string {
  const parts: string[] = [];
  const walk = (n: PhrasingContent) => {
    if ('value' in n && typeof n.value === 'string') parts.push(n.value);
    if ('children' in n) for (const c of n.children as PhrasingContent[]) walk(c);
  };
  for (const c of children) walk(c);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function uniqueId(base: string, sections: Section[]): string {
  const taken = new Set(sections.map((s) => s.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
