// Markdown text (before parsing) or its mdast (after) → nothing, or a DiglotError
// `markdown-too-deep` at the line that nests deeper than diglot reads. micromark's time grows with the
// square of container depth and of delimiter-run length (10,000 nested quotes or lists took minutes,
// then overflowed the stack: exit 70), and the tree walkers recurse. Documented in README → Input
// limits and encodings.
import type { Nodes } from 'mdast';
import { DiglotError } from '../model/diagnostic.js';
import type { Point } from '../model/diagnostic.js';
import { createLineIndex } from '../util/line-index.js';

export const MARKDOWN_LIMITS = {
  /** Block quotes and list items inside each other (real articles use two or three). */
  maxContainerDepth: 32,
  /** One run of `*`, `_`, `~` or backticks outside code (a thematic break line excepted). */
  maxDelimiterRun: 256,
  /** Nodes inside each other in the parsed tree (blocks and inline markup together). */
  maxTreeDepth: 128,
} as const;

const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ORDERED = /^\d{1,9}[.)](?=[ \t]|$)/;
const FENCE = /^(`{3,}|~{3,})/;

/**
 * A linear scan before parsing: the container depth of each line (its `>` and list markers, plus its
 * indentation when it opens a list item: nested items need two columns per level) and the longest
 * delimiter run outside fenced code.
 */
export function checkMarkdownText(text: string, file: string): void {
  const state: ScanState = { fence: null, directives: 0 };
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const line = text.slice(lineStart, lineEnd);
    checkLine(line, state, (column, message) => {
      throw tooDeep(file, text, lineStart + column, message);
    });
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
  }
}

interface ScanState {
  /** The open code fence (null outside fenced code). */
  fence: string | null;
  /** Container directives (`:::name` … `:::`) open around this line: containers like quotes. */
  directives: number;
}

const DIRECTIVE_OPEN = /^:{3,}[ \t]*[A-Za-z]/;
const DIRECTIVE_CLOSE = /^:{3,}[ \t]*$/;

/** Checks one line and updates the scan state. */
function checkLine(line: string, state: ScanState, fail: (column: number, message: string) => never): void {
  const thematicBreak = THEMATIC_BREAK.test(line);
  let i = 0;
  let indent = 0;
  let markers = 0;
  let listIndent = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') indent += line[i++] === '\t' ? 4 : 1;
    const c = line[i];
    if (c === '>') {
      markers++;
      i++;
      continue;
    }
    const bullet = (c === '-' || c === '*' || c === '+') && (i + 1 >= line.length || line[i + 1] === ' ' || line[i + 1] === '\t');
    const ordered = bullet ? null : ORDERED.exec(line.slice(i, i + 11));
    if ((bullet || ordered) && !thematicBreak) {
      if (!markers) listIndent = indent;
      markers++;
      i += bullet ? 1 : ordered![0].length;
      continue;
    }
    break;
  }
  const rest = line.slice(i);
  if (state.fence === null && DIRECTIVE_OPEN.test(rest)) state.directives++;
  else if (state.fence === null && DIRECTIVE_CLOSE.test(rest)) state.directives = Math.max(0, state.directives - 1);
  // containers count inside fenced code too (the code sits in them); delimiter runs do not
  const depth = markers + (markers ? Math.floor(listIndent / 2) : 0) + state.directives;
  if (depth > MARKDOWN_LIMITS.maxContainerDepth) fail(0, `block quotes, lists and directives are nested ${depth} deep here; diglot reads at most ${MARKDOWN_LIMITS.maxContainerDepth} levels`);
  if (state.fence !== null) {
    if (closesFence(rest, state.fence)) state.fence = null;
    return;
  }
  const opening = FENCE.exec(rest);
  if (opening) {
    state.fence = opening[1];
    return;
  }
  if (thematicBreak) return;
  let run = 1;
  for (let k = i + 1; k <= line.length; k++) {
    if (k < line.length && line[k] === line[k - 1] && '*_~`'.includes(line[k])) {
      if (++run > MARKDOWN_LIMITS.maxDelimiterRun) fail(k - run + 1, `a run of more than ${MARKDOWN_LIMITS.maxDelimiterRun} "${line[k]}" (emphasis or code nested that deep is refused)`);
    } else run = 1;
  }
}

/** A closing fence: at least as many of the opening fence's characters, then only spaces. */
function closesFence(rest: string, fence: string): boolean {
  let k = 0;
  while (rest[k] === fence[0]) k++;
  return k >= fence.length && rest.slice(k).trim() === '';
}

/** After parsing: the depth of the tree, without recursion (the walkers that follow recurse). */
export function checkTreeDepth(tree: Nodes, text: string, shift: number, file: string): void {
  // [node, depth, offset of the nearest ancestor with a position] (transforms may leave some out)
  const stack: Array<[Nodes, number, number]> = [[tree, 0, 0]];
  while (stack.length) {
    const [node, depth, inherited] = stack.pop()!;
    const at = node.position?.start.offset;
    const offset = at === undefined ? inherited : at;
    if (depth > MARKDOWN_LIMITS.maxTreeDepth) throw tooDeep(file, text, offset + shift, `Markdown elements are nested more than ${MARKDOWN_LIMITS.maxTreeDepth} deep here`);
    if ('children' in node) for (const c of node.children as Nodes[]) stack.push([c, depth + 1, offset]);
  }
}

/** The error for a stack overflow inside the parser: nesting too deep, position unknown. */
export function stackOverflow(file: string): DiglotError {
  return tooDeep(file, '', 0, 'Markdown nested too deeply to parse');
}

function tooDeep(file: string, text: string, offset: number, message: string): DiglotError {
  const start: Point = createLineIndex(text).pointAt(offset);
  return new DiglotError({
    ruleId: 'markdown-too-deep',
    severity: 'error',
    message,
    hint: 'flatten the nesting (an article needs a few levels at most); README → Input limits and encodings',
    file,
    place: { start },
    source: 'markdown',
  });
}
