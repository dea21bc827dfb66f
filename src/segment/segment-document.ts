// Markdown source file → SourceDocument: front matter, sections, blocks and their segments,
// every segment with exact offsets into the file as read.
import type { Diagnostic } from '../model/diagnostic.js';
import type { Block, FrontMatter, Segment, SourceDocument } from '../model/document.js';
import { createLineIndex, type LineIndex } from '../util/line-index.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { parseFrontMatter } from '../markdown/front-matter.js';
import { extractBlocks, type RawBlock } from '../markdown/extract-blocks.js';
import { segmentText } from './segment-text.js';
import { segmentKey } from './segment-key.js';
import { assignSegmentIds } from './segment-id.js';

export interface SegmentDocumentResult {
  document: SourceDocument;
  diagnostics: Diagnostic[];
}

export interface SourceFile {
  path: string;
  text: string;
}

/** Parses and segments one German Markdown (or plain text) source. */
export function segmentDocument(file: SourceFile): SegmentDocumentResult {
  const lines = createLineIndex(file.text);
  const diagnostics: Diagnostic[] = [];
  const { tree, offsetShift } = parseMarkdown(file.text);
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
  const sections = extracted.sections.length || rawBlocks.length === 0 ? extracted.sections : [{ id: 'lede', kind: 'lede' as const }];
  if (rawBlocks.some((b) => b.section === 'lede') && !sections.some((s) => s.id === 'lede')) sections.unshift({ id: 'lede', kind: 'lede' });

  const blocks: Block[] = rawBlocks.map((raw, index) => segmentBlock(file.text, raw, index, lines));
  const segments = blocks.flatMap((b) => b.segments);
  const ids = assignSegmentIds(segments.map((s) => s.key));
  segments.forEach((s, i) => {
    s.id = ids[i];
  });
  const slug = typeof meta.slug === 'string' && meta.slug ? meta.slug : slugFromPath(file.path);
  const lang = typeof meta.language === 'string' ? meta.language : typeof meta.lang === 'string' ? meta.lang : 'de';
  return { document: { path: file.path, slug, lang, text: file.text, meta, sections, blocks, segments }, diagnostics };
}

function segmentBlock(text: string, raw: RawBlock, index: number, lines: LineIndex): Block {
  const content = text.slice(raw.start, raw.end);
  const segments: Segment[] = segmentText(content).map((span) => {
    const start = raw.start + span.start;
    const end = raw.start + span.end;
    const point = lines.pointAt(start);
    const segText = text.slice(start, end);
    return {
      id: '',
      text: segText,
      key: segmentKey(segText),
      start,
      end,
      line: point.line,
      column: point.column,
      block: raw.kind,
      blockIndex: index,
      section: raw.section,
      markup: [],
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
    segments,
  };
}

function slugFromPath(p: string): string {
  const base = p.split(/[\\/]/).pop() ?? p;
  return base.replace(/\.[^.]+$/, '');
}
