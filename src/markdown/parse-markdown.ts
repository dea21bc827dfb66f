// Markdown text → mdast (remark-parse + GFM tables, footnotes, strikethrough, task lists + front matter +
// directives), every node positioned, with the shift that maps its offsets onto the original text.
// Input beyond the nesting limits is refused before it can make the parser quadratic or overflow the
// stack.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
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

/**
 * GFM as remark-gfm reads it, without autolink literals (a bare `www.x.ch` or `name@x.org` made a
 * link). diglot reads such a link as the text it is (no placeholder in the key, no link in the edition:
 * segment/inline-key.ts), so the construct changed nothing but cost half of all parsing time: it is
 * tried at every letter of every paragraph (2.9 → 1.4 ms for a 6 KB article). Plain Markdown syntax
 * inside a bare URL (`*`, `_`, `~`) is now read as such, as CommonMark reads it.
 */
function gfmWithoutAutolinkLiterals(this: Processor, { tables }: { tables: boolean }): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), ...(tables ? [gfmTable()] : []), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), ...(tables ? [gfmTableFromMarkdown()] : []), gfmTaskListItemFromMarkdown());
}

const processorWith = (tables: boolean) => unified().use(remarkParse).use(gfmWithoutAutolinkLiterals, { tables }).use(remarkFrontmatter, ['yaml']).use(remarkDirective);
const withTables = processorWith(true);
const withoutTables = processorWith(false);

/**
 * A table's delimiter row holds a `|`, or a `:` beside a `-` (`a` over `:-:` is a table of one
 * column). A text with neither holds no table, and is parsed without the table construct: it is
 * tried at the start of every line and made a fifth of all parsing time (and of its garbage).
 */
const MAY_HOLD_TABLE = /\||:-|-:/;

/** The processor for `text`: with GFM tables only when it may hold one (the trees are the same: property-tested). */
export function markdownProcessor(text: string): typeof withTables {
  return MAY_HOLD_TABLE.test(text) ? withTables : withoutTables;
}

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
    tree = markdownProcessor(body).parse(body) as Root;
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw stackOverflow(file);
    throw e;
  }
  checkTreeDepth(tree, text, bom, file);
  fillPositions(tree, body);
  return { tree, offsetShift: bom };
}
