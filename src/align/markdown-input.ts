// A Markdown article → the aligner's structured input: blocks (title, headings, paragraphs, list
// items, captions…) with their sentences, German by diglot's segmenter and English by the same engine
// with the English rule set. Also gives the German SourceDocument that `--write-locale` needs.
import type { SourceDocument } from '../model/document.js';
import { segmentDocument, segmentText } from '../segment/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { AlignDoc } from './types.js';

export interface MarkdownSide {
  doc: AlignDoc;
  /** Sentence texts in reading order (global sentence index → text, as written in the file). */
  texts: string[];
  source: SourceDocument;
  diagnostics: Diagnostic[];
}

/** Inline Markdown syntax that is not text: link targets, emphasis markers, code ticks, HTML tags. */
export function plainForAlignment(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/(\*\*|__|\*|_|`|~~)/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

/**
 * Reads one side; `lang` picks the sentence rules (blocks and kinds come from the Markdown structure). The
 * source side is segmented as a diglot document (its segments are what a locale is keyed on); the target
 * side block by block with the target language's rules (any language: unknown ones get the default rules).
 */
export function readMarkdownSide(file: { path: string; text: string }, lang: string, role: 'source' | 'target' = lang === 'de' ? 'source' : 'target'): MarkdownSide {
  // the German source keeps its front matter's language (de-CH); another source language is imposed
  const { document, diagnostics } = segmentDocument(file, role === 'source' && lang !== 'de' ? { lang } : {});
  const blocks = document.blocks.map((b) => {
    if (role === 'source') return { kind: b.kind, sentences: b.segments.map((s) => s.text) };
    const content = file.text.slice(b.start, b.end);
    const spans = segmentText(content, { lang, lineBreaks: 'paragraph' });
    return { kind: b.kind, sentences: spans.map((s) => content.slice(s.start, s.end)) };
  });
  return {
    doc: { blocks: blocks.filter((b) => b.sentences.length) },
    texts: blocks.flatMap((b) => b.sentences),
    source: document,
    diagnostics,
  };
}

/** The same structure with the sentences reduced to their text (what the aligner compares). */
export function plainDoc(doc: AlignDoc): AlignDoc {
  return { blocks: doc.blocks.map((b) => ({ kind: b.kind, sentences: b.sentences.map(plainForAlignment) })) };
}
