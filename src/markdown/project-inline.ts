// Inline mdast nodes of one block → the block's visible text (what the segmenter reads) with, for
// every visible character, the source range it came from. Markup syntax is left out, escapes and
// entities are resolved, atoms (inline code, images) become U+FFFC, zero-width marks (footnote
// references, inline HTML) become nothing.
import type { PhrasingContent } from 'mdast';
import { spanOf } from './positions.js';
import { roomFor } from '../util/grow-array.js';

/** Object replacement character: stands for an atom the segmenter must see as one word. */
export const ATOM = '\ufffc';

export interface Projection {
  /** The visible text. */
  text: string;
  /** Source offset where visible character i starts. */
  from: Uint32Array;
  /** Source offset where visible character i ends (exclusive). */
  to: Uint32Array;
  /** Visible range of every node that produced visible text, for building keys. */
  ranges: Map<PhrasingContent, { start: number; end: number }>;
}

const BR_HTML = /^<br\s*\/?>$/i;

/** Projects `nodes`; `shift` is added to mdast offsets (a BOM micromark dropped). */
export function projectInline(source: string, nodes: readonly PhrasingContent[], shift: number): Projection {
  const p: Projection = { text: '', from: new Uint32Array(0), to: new Uint32Array(0), ranges: new Map() };
  const parts: string[] = [];
  let length = 0;
  // two offsets per visible character, in typed arrays grown by doubling (sized to the block's
  // source, which the visible text rarely exceeds): no array of boxed numbers grown a push at a time
  const first = nodes.length ? spanOf(nodes[0], shift)[0] : 0;
  const last = nodes.length ? spanOf(nodes[nodes.length - 1], shift)[1] : 0;
  let from = new Uint32Array(Math.max(16, last - first));
  let to = new Uint32Array(from.length);
  const room = (n: number) => {
    from = roomFor(from, length + n - 1);
    to = roomFor(to, length + n - 1);
  };
  const emit = (chars: string, s: number, e: number) => {
    parts.push(chars);
    room(chars.length);
    from.fill(s, length, length + chars.length);
    to.fill(e, length, length + chars.length);
    length += chars.length;
  };
  // a text written in the source as it reads: character k at s + k (one push of the text, not one call per character)
  const emitSame = (chars: string, s: number) => {
    parts.push(chars);
    room(chars.length);
    for (let k = 0; k < chars.length; k++) {
      from[length + k] = s + k;
      to[length + k] = s + k + 1;
    }
    length += chars.length;
  };
  const visit = (node: PhrasingContent) => {
    const [s, e] = spanOf(node, shift);
    const begin = length;
    switch (node.type) {
      case 'text':
        if (isVerbatim(node.value, source, s, e)) emitSame(node.value, s);
        else walkText(node.value, source, s, e, emit);
        break;
      case 'inlineCode':
      case 'image':
      case 'imageReference':
        emit(ATOM, s, e);
        break;
      case 'break':
        emit('\n', s, e);
        break;
      case 'html':
        if (BR_HTML.test(node.value.trim())) emit(' ', s, e);
        break;
      case 'footnoteReference':
        break;
      case 'textDirective':
        // `Archivbild:KEYSTONE` parses as a directive; diglot uses none inline, so it is text
        for (let k = s; k < e; k++) emit(source[k], k, k + 1);
        break;
      default: {
        // emphasis, strong, delete, links: their text; anything else with a value: that value
        const n = node as { children?: PhrasingContent[]; value?: unknown };
        if (n.children) for (const child of n.children) visit(child);
        else if (typeof n.value === 'string') walkText(n.value, source, s, e, emit);
      }
    }
    p.ranges.set(node, { start: begin, end: length });
  };
  for (const n of nodes) visit(n);
  p.text = parts.join('');
  p.from = from.subarray(0, length);
  p.to = to.subarray(0, length);
  return p;
}

/**
 * Maps a text node's value onto its source range: equal characters map 1:1, `\*` maps to `*`, an
 * entity maps to the character it decodes to, and source characters the value lacks (indentation
 * and `>` markers of continuation lines, spaces before a line end) are skipped. Anything else that
 * differs (NUL became U+FFFD) maps onto the source character in its place.
 */
function walkText(value: string, source: string, s: number, e: number, emit: (chars: string, s: number, e: number) => void): void {
  let j = s;
  for (let i = 0; i < value.length; i++) {
    const wide = isHigh(value[i]) && i + 1 < value.length ? 2 : 1;
    const chars = value.slice(i, i + wide);
    i += wide - 1;
    for (;;) {
      if (j >= e) {
        emit(chars, e, e);
        break;
      }
      // `&amp;` is one `&` in the value; a literal `&foo;` (no such entity) goes on letter by letter
      const entity = source[j] === '&' ? ENTITY.exec(source.slice(j, j + 40)) : null;
      if (entity && !(chars === '&' && value[i + 1] === source[j + 1])) {
        emit(chars, j, j + entity[0].length);
        j += entity[0].length;
        break;
      }
      if (source.startsWith(chars, j)) {
        emit(chars, j, j + wide);
        j += wide;
        break;
      }
      if (source[j] === '\\' && source.startsWith(chars, j + 1)) {
        emit(chars, j, j + 1 + wide);
        j += 1 + wide;
        break;
      }
      if (SKIPPABLE.test(source[j])) {
        j++;
        continue;
      }
      emit(chars, j, j + 1);
      j++;
      break;
    }
  }
}

/**
 * The value is exactly the source range, with no `&` (an entity test looks past the range) and no
 * surrogate pair (mapped as one unit): walkText would map every character onto its own source character.
 */
function isVerbatim(value: string, source: string, s: number, e: number): boolean {
  return e - s === value.length && !NOT_VERBATIM.test(value) && source.startsWith(value, s);
}
const NOT_VERBATIM = /[&\ud800-\udbff]/;

const ENTITY = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;
const SKIPPABLE = /[\s>]/;

function isHigh(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdbff;
}
