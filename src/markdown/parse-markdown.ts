// Markdown text → mdast (remark-parse + GFM tables, footnotes, strikethrough + front matter + directives),
// every node positioned, with the shift that maps its offsets onto the original text. Input beyond the
// nesting limits is refused before it can make the parser quadratic or overflow the stack.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { fillPositions } from './positions.js';
import { checkMarkdownText, checkTreeDepth, stackOverflow } from './limits.js';

/**
 * The parsed tree plus the shift to add to every mdast offset: micromark drops a leading BOM, so
 * its offsets index the text without it; diglot's offsets always index the file as read.
 */
export interface ParsedMarkdown {
  tree: Root;
  offsetShift: number;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/**
 * Parses Markdown with GFM, YAML front matter and generic directives (`:::caption`, `:::summary[…]`).
 * Throws DiglotError `markdown-too-deep` (naming `file`) beyond README's input limits.
 */
export function parseMarkdown(text: string, file = '(input)'): ParsedMarkdown {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  checkMarkdownText(text, file);
  let tree: Root;
  try {
    tree = processor.parse(body) as Root;
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw stackOverflow(file);
    throw e;
  }
  checkTreeDepth(tree, text, bom, file);
  fillPositions(tree, body);
  return { tree, offsetShift: bom };
}
