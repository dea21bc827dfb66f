// Markdown text → mdast (remark-parse + GFM tables, footnotes, strikethrough + front matter + directives),
// with the shift that maps its offsets onto the original text.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

/**
 * The parsed tree plus the shift to add to every mdast offset: micromark drops a leading BOM, so
 * its offsets index the text without it; diglot's offsets always index the file as read.
 */
export interface ParsedMarkdown {
  tree: Root;
  offsetShift: number;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/** Parses Markdown with GFM, YAML front matter and generic directives (`:::caption`, `:::summary[…]`). */
export function parseMarkdown(text: string): ParsedMarkdown {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tree = processor.parse(bom ? text.slice(1) : text) as Root;
  return { tree, offsetShift: bom };
}
