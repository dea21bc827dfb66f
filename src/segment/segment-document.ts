// Markdown source file → SourceDocument: front matter, sections, blocks and their segments, every
// segment with exact offsets into the file as read, its key with placeholders and its markup.
import type { Nodes, PhrasingContent } from 'mdast';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Block, FrontMatter, Section, Segment, SourceDocument } from '../model/document.js';
import { createLineIndex, type LineIndex } from '../util/line-index.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { parseFrontMatter } from '../markdown/front-matter.js';
import { extractBlocks, type RawBlock } from '../markdown/extract-blocks.js';
import { projectInline, type Projection } from '../markdown/project-inline.js';
import { isSpace, segmentTextDetailed } from './segment-text.js';
import { createInlineKeyBuilder } from './inline-key.js';
import { segmentKey } from './segment-key.js';
import { assignSegmentIds } from './segment-id.js';
import { unpairedDiagnostic } from './segment-diagnostics.js';
import type { SegmentOptions, TextSpan } from './types.js';

export interface SegmentDocumentResult {
  document: SourceDocument;
  diagnostics: Diagnostic[];
}

export interface SourceFile {
  path: string;
  text: string;
}

/** Parses and segments one Markdown source (German unless `opts.lang` or the front matter says otherwise). */
export function segmentDocument(file: SourceFile, opts: SegmentOptions = {}): SegmentDocumentResult {
  const lines = createLineIndex(file.text);
  const diagnostics: Diagnostic[] = [];
  const { tree, offsetShift } = parseMarkdown(file.text, file.path);
  let meta: FrontMatter = {};
  const rawBlocks: RawBlock[] = [];
  const fm = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (fm?.position) {
    const res = parseFrontMatter(file.text, fm.position.start.offset! + offsetShift, fm.position.end.offset! + offsetShift, file.path, lines);
    diagnostics.push(...res.diagnostics);
    meta = res.meta;
    if (res.title) rawBlocks.push({ kind: 'title', start: res.title.start, end: res.title.end, section: 'lede', children: [] });
  }
  const extracted = extractBlocks(tree, offsetShift, file.path, lines);
  diagnostics.push(...extracted.diagnostics);
  rawBlocks.push(...extracted.blocks);
  const sections: Section[] = extracted.sections.length || rawBlocks.length === 0 ? extracted.sections : [{ id: 'lede', kind: 'lede' }];
  if (rawBlocks.some((b) => b.section === 'lede') && !sections.some((s) => s.id === 'lede')) sections.unshift({ id: 'lede', kind: 'lede' });

  const lang = opts.lang ?? (typeof meta.language === 'string' ? meta.language : typeof meta.lang === 'string' ? meta.lang : 'de');
  const segOpts: SegmentOptions = { ...opts, lang, lineBreaks: 'paragraph' };
  const ctx: BlockContext = { text: file.text, shift: offsetShift, lines, opts: segOpts, file: file.path, diagnostics };
  const blocks: Block[] = rawBlocks.map((raw, index) => segmentBlock(raw, index, ctx));
  const segments = blocks.flatMap((b) => b.segments);
  const ids = assignSegmentIds(segments.map((s) => s.key));
  segments.forEach((s, i) => {
    s.id = ids[i];
  });
  const slug = typeof meta.slug === 'string' && meta.slug ? meta.slug : slugFromPath(file.path);
  const definitions = collectDefinitions(tree);
  return { document: { path: file.path, slug, lang, text: file.text, meta, sections, blocks, segments, ...(definitions ? { definitions } : {}) }, diagnostics };
}

/** `[label]: url "title"` definitions, so renderers can resolve reference links and images. */
function collectDefinitions(tree: Nodes): SourceDocument['definitions'] {
  const out: NonNullable<SourceDocument['definitions']> = {};
  const walk = (n: Nodes) => {
    // CommonMark: the first definition of a label wins
    if (n.type === 'definition' && !(n.identifier in out)) out[n.identifier] = { url: n.url, ...(n.title ? { title: n.title } : {}) };
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(tree);
  return Object.keys(out).length ? out : undefined;
}

interface BlockContext {
  text: string;
  shift: number;
  lines: LineIndex;
  opts: SegmentOptions;
  file: string;
  diagnostics: Diagnostic[];
}

function segmentBlock(raw: RawBlock, index: number, ctx: BlockContext): Block {
  const { text } = ctx;
  // the title comes from YAML: plain text, no inline Markdown
  const proj: Projection = raw.children.length ? projectInline(text, raw.children, ctx.shift) : plainProjection(text, raw.start, raw.end);
  const found = segmentTextDetailed(proj.text, ctx.opts);
  for (const at of found.unpaired) ctx.diagnostics.push(unpairedDiagnostic(text, proj.from[at], ctx.file, ctx.lines));
  const bounds = sourceBounds(text, proj, found.spans, raw.start, raw.end);
  const keyOf = raw.children.length ? createInlineKeyBuilder(text, raw.children as PhrasingContent[], ctx.shift, proj) : undefined;
  const segments: Segment[] = found.spans.map((span, k) => {
    const { start, end } = bounds[k];
    const point = ctx.lines.pointAt(start);
    const inline = keyOf ? keyOf({ start, end, vStart: span.start, vEnd: span.end }) : { key: segmentKey(proj.text.slice(span.start, span.end)), markup: [] };
    return {
      id: '',
      text: text.slice(start, end),
      key: inline.key,
      start,
      end,
      line: point.line,
      column: point.column,
      block: raw.kind,
      blockIndex: index,
      section: raw.section,
      markup: inline.markup,
    };
  });
  return {
    kind: raw.kind,
    index,
    start: raw.start,
    end: raw.end,
    section: raw.section,
    ...(raw.depth !== undefined ? { depth: raw.depth } : {}),
    ...(raw.ordered !== undefined ? { ordered: raw.ordered } : {}),
    ...(raw.layout ? { layout: raw.layout } : {}),
    segments: segments.filter((s) => s.key !== '' || s.markup.length > 0),
  };
}

/**
 * Visible spans → source ranges. A segment reaches over the markup glued to its text (`**`, `[`,
 * `](url)`, `[^1]`) up to the whitespace that separates it from its neighbours, never past them.
 */
function sourceBounds(text: string, proj: Projection, spans: readonly TextSpan[], blockStart: number, blockEnd: number): TextSpan[] {
  const core = spans.map((s) => ({ start: proj.from[s.start], end: Math.max(proj.to[s.end - 1], proj.from[s.start]) }));
  const ends = core.map((c, k) => {
    const high = k + 1 < core.length ? core[k + 1].start : blockEnd;
    let end = c.end;
    while (end < high && !isSpace(text.charCodeAt(end))) end++;
    return end;
  });
  return core.map((c, k) => {
    const low = k > 0 ? ends[k - 1] : blockStart;
    let start = c.start;
    while (start > low && !isSpace(text.charCodeAt(start - 1))) start--;
    return { start, end: ends[k] };
  });
}

function plainProjection(text: string, start: number, end: number): Projection {
  const from = new Uint32Array(Math.max(0, end - start));
  const to = new Uint32Array(from.length);
  for (let i = 0; i < from.length; i++) {
    from[i] = start + i;
    to[i] = start + i + 1;
  }
  return { text: text.slice(start, end), from, to, ranges: new Map() };
}

export function slugFromPath(p: string): string {
  const base = p.split(/[\\/]/).pop() ?? p;
  return base.replace(/\.[^.]+$/, '');
}
