// The typed document every stage works on: a source file, its blocks, sections and segments.
// Offsets are UTF-16 code units into the file exactly as read from disk (BOM and CRLF included);
// `end` is exclusive, so `text.slice(start, end)` is the span. Lines and columns are 1-based.

/** Kinds of block a segment can live in. A segment never crosses a block boundary. */
export type BlockKind =
  | 'title' // front-matter title
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'caption' // photo caption (`:::caption` directive)
  | 'summary-title' // label of the summary box (`:::summary[…]`)
  | 'blockquote'
  | 'table-cell';

/** Section kinds: where in the article a block sits (used by coverage and the publish policy). */
export type SectionKind = 'lede' | 'summary' | 'body';

export interface Section {
  /** Stable id: `lede`, `summary`, `intro`, or the slug of the `##` heading text. */
  id: string;
  kind: SectionKind;
  /** The heading text for `##` sections. */
  title?: string;
}

/** Inline markup replaced by a numbered placeholder in a segment key (`<1>…</1>` or `<2/>`). */
export interface InlineMarkup {
  /** Placeholder number, 1-based within the segment. */
  id: number;
  /** mdast node type: emphasis, strong, link, inlineCode, footnoteReference, image, html, break, delete. */
  type: string;
  /** Paired (`<1>…</1>`) or standalone (`<1/>`). */
  paired: boolean;
  /** The exact Markdown source of the opening and closing syntax (or of the whole node when standalone). */
  open: string;
  close?: string;
  /** Extra attributes a renderer needs (link URL, title, image alt). */
  attrs?: Record<string, string>;
}

export interface Segment {
  /** Stable id, see segment/ids.ts for the scheme. */
  id: string;
  /** The exact source slice `[start, end)`. */
  text: string;
  /**
   * The translation key: NFC, inline markup replaced by placeholders, Markdown escapes resolved,
   * whitespace runs (line breaks included) collapsed to one space, soft hyphens removed.
   */
  key: string;
  start: number;
  end: number;
  line: number;
  column: number;
  block: BlockKind;
  /** Index of the block in the document (segments of one block share it). */
  blockIndex: number;
  /** Section id (see Section). */
  section: string;
  markup: InlineMarkup[];
}

export interface Block {
  kind: BlockKind;
  index: number;
  /** Range of the block's translatable content in the source (syntax like `## ` excluded). */
  start: number;
  end: number;
  section: string;
  /** Heading depth for headings. */
  depth?: number;
  /** For list items: index within the list, and whether the list is ordered. */
  ordered?: boolean;
  /** Where the block sits in a list, table, quotation or footnote (what renderers need to rebuild it). */
  layout?: BlockLayout;
  /** Segments of this block, in order. */
  segments: Segment[];
}

/**
 * The structure around a block. Containers are told apart by the source offset of their Markdown
 * node (`at`), which is unique and stable within one file.
 */
export interface BlockLayout {
  /** List item: its list, its item (several paragraphs may share one), the ordered list's start number, nesting (1 = top). */
  list?: { at: number; item: number; start?: number; depth: number };
  /** Table cell: 0-based row (row 0 is the header) and column, the table's size and the column's alignment. */
  table?: { at: number; row: number; column: number; rows: number; columns: number; align: 'left' | 'right' | 'center' | null };
  /** Block quotation the block belongs to. */
  quote?: { at: number };
  /** Footnote definition the block belongs to: its label as written (`[^label]:`). */
  footnote?: { label: string };
}

export interface FrontMatter {
  title?: string;
  slug?: string;
  source?: string;
  language?: string;
  [key: string]: unknown;
}

export interface SourceDocument {
  /** Path as given (relative to the project root where possible). */
  path: string;
  slug: string;
  lang: string;
  /** The file's text exactly as read (BOM, CRLF kept). */
  text: string;
  meta: FrontMatter;
  sections: Section[];
  blocks: Block[];
  /** All segments in document order (the concatenation of the blocks' segments). */
  segments: Segment[];
  /** Link and image reference definitions (`[label]: url "title"`), by normalised label. */
  definitions?: Record<string, { url: string; title?: string }>;
}
