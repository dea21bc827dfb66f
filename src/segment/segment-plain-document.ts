// Plain text file → SourceDocument: paragraphs (blank-line separated) as blocks in one `body`
// section, sentences by the `auto` line policy, keys without placeholders, stable ids.
import type { Diagnostic } from '../model/diagnostic.js';
import type { Block, Segment } from '../model/document.js';
import { createLineIndex } from '../util/line-index.js';
import { lineChunks } from './line-chunks.js';
import { segmentTextDetailed } from './segment-text.js';
import { segmentKey } from './segment-key.js';
import { assignSegmentIds } from './segment-id.js';
import { unpairedDiagnostic } from './segment-diagnostics.js';
import type { SegmentDocumentResult, SourceFile } from './segment-document.js';
import type { SegmentOptions } from './types.js';

/** Segments a .txt file; offsets index the text as read (BOM and CRLF kept). */
export function segmentPlainDocument(file: SourceFile, opts: SegmentOptions = {}): SegmentDocumentResult {
  const { text } = file;
  const lines = createLineIndex(text);
  const lang = opts.lang ?? 'de';
  const found = segmentTextDetailed(text, { ...opts, lang, lineBreaks: opts.lineBreaks ?? 'auto' });
  const diagnostics: Diagnostic[] = found.unpaired.map((at) => unpairedDiagnostic(text, at, file.path, lines));
  const paragraphs = lineChunks(text, 'paragraph').filter((c) => /\S/.test(text.slice(c.start, c.end)));
  const blocks: Block[] = paragraphs.map((p, index) => ({ kind: 'paragraph', index, start: p.start, end: p.end, section: 'body', segments: [] }));
  let b = 0;
  const segments: Segment[] = [];
  for (const span of found.spans) {
    while (b + 1 < blocks.length && span.start >= blocks[b + 1].start) b++;
    const point = lines.pointAt(span.start);
    const t = text.slice(span.start, span.end);
    const seg: Segment = { id: '', text: t, key: segmentKey(t), start: span.start, end: span.end, line: point.line, column: point.column, block: 'paragraph', blockIndex: b, section: 'body', markup: [] };
    blocks[b]?.segments.push(seg);
    segments.push(seg);
  }
  assignSegmentIds(segments.map((s) => s.key)).forEach((id, i) => {
    segments[i].id = id;
  });
  const slug = (file.path.split(/[\\/]/).pop() ?? file.path).replace(/\.[^.]+$/, '');
  return {
    document: { path: file.path, slug, lang, text, meta: {}, sections: segments.length ? [{ id: 'body', kind: 'body' }] : [], blocks, segments },
    diagnostics,
  };
}
