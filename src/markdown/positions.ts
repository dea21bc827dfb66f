// mdast tree + the text it was parsed from → the same tree with a position on every node, and the
// one accessor the Markdown stages read offsets with. Some transforms create nodes without a
// position: GFM's autolink-literal step split the text of `[Quelle: www.srf.ch]` or
// `[Mail: name@example.org]` into text and link nodes that had none, and reading those as offset 0
// dropped the whole paragraph. diglot's parser no longer runs that step (parse-markdown.ts), but any
// mdast extension may do the same; here each such node is placed where its text stands in the source.
import type { Nodes, Parent } from 'mdast';
import { createLineIndex, type LineIndex } from '../util/line-index.js';

/** At most this many candidate starts are tried for one run of position-less nodes. */
const MAX_ATTEMPTS = 64;

/** The `[start, end)` offsets of a node in the parsed text plus `shift`; throws on a node without a position. */
export function spanOf(node: Nodes, shift: number): [number, number] {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  // fillPositions ran on every tree diglot parses: a missing offset here is a bug, not bad input
  if (s === undefined || e === undefined) throw new Error(`internal: mdast node "${node.type}" has no position`);
  return [s + shift, e + shift];
}

/**
 * Gives every node without a position the range its text occupies in `text` (the text that was
 * parsed). Iterative, so any depth is fine; linear in the tree size for what transforms produce.
 */
export function fillPositions(tree: Nodes, text: string): void {
  let lines: LineIndex | undefined;
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    const parent = node as Parent;
    if (parent.children.some((c) => !c.position)) placeRuns(parent, text, (lines ??= createLineIndex(text)));
    for (let i = parent.children.length - 1; i >= 0; i--) stack.push(parent.children[i] as Nodes);
  }
}

/** Places each run of consecutive position-less children between its positioned neighbours. */
function placeRuns(parent: Parent, text: string, lines: LineIndex): void {
  const kids = parent.children as Nodes[];
  // parents are placed before their children; only a root without a position spans the whole text
  const s = parent.position?.start.offset;
  const e = parent.position?.end.offset;
  const outer: [number, number] = s !== undefined && e !== undefined ? [s, e] : [0, text.length];
  let i = 0;
  while (i < kids.length) {
    if (kids[i].position) {
      i++;
      continue;
    }
    let j = i;
    while (j < kids.length && !kids[j].position) j++;
    // between the positioned neighbours, or the parent's edges
    const lo = (i > 0 ? kids[i - 1].position?.end.offset : undefined) ?? outer[0];
    const hi = (j < kids.length ? kids[j].position?.start.offset : undefined) ?? outer[1];
    placeRun(kids.slice(i, j), text, Math.min(lo, hi), Math.max(lo, hi), lines);
    i = j;
  }
}

/** Finds where the run's text starts in `[lo, hi)` (skipping the parent's syntax) and sets each node's range. */
function placeRun(run: Nodes[], text: string, lo: number, hi: number, lines: LineIndex): void {
  const values = run.map(visibleValue);
  const joined = values.join('');
  let found: Array<[number, number]> | undefined;
  let attempts = 0;
  for (let p = lo; p < hi && attempts < MAX_ATTEMPTS && joined; p++) {
    if (!canStart(text, p, joined[0])) continue;
    attempts++;
    found = matchAt(text, p, hi, values);
    if (found) break;
  }
  run.forEach((node, k) => {
    // no exact match (a transform changed the text): the whole gap, so no character is lost
    const [start, end] = found ? found[k] : [lo, hi];
    node.position = { start: pointOf(lines, start), end: pointOf(lines, end) };
  });
}

/** Text a node shows: its value, or its children's (a link made by a transform shows its child text). */
function visibleValue(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(visibleValue).join('');
  return '';
}

function canStart(text: string, p: number, first: string): boolean {
  return text[p] === first || text[p] === '\\' || text[p] === '&';
}

const ENTITY = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;
const SKIPPABLE = /[\s>]/;

/**
 * Matches the values one after the other from `p` (equal characters, `\`-escapes, entities; line
 * prefixes such as indentation and `>` skipped, as in the parsed text): the source range of each
 * value, or undefined when the source differs.
 */
function matchAt(text: string, p: number, hi: number, values: string[]): Array<[number, number]> | undefined {
  const ranges: Array<[number, number]> = [];
  let j = p;
  for (const value of values) {
    let start = -1;
    for (let i = 0; i < value.length; i++) {
      const c = value[i];
      for (;;) {
        if (j >= hi) return undefined;
        const at = j;
        const entity = text[j] === '&' ? ENTITY.exec(text.slice(j, j + 40)) : null;
        if (entity && !value.startsWith(entity[0], i)) {
          // an entity decodes to one character (two UTF-16 units for an astral one)
          j += entity[0].length;
          if (c >= '\ud800' && c <= '\udbff') i++;
        } else if (text[j] === c) j++;
        else if (text[j] === '\\' && text[j + 1] === c) j += 2;
        else if (SKIPPABLE.test(text[j]) && !SKIPPABLE.test(c)) {
          j++;
          continue;
        } else return undefined;
        if (start < 0) start = at;
        break;
      }
    }
    ranges.push([start < 0 ? j : start, j]);
  }
  return ranges;
}

function pointOf(lines: LineIndex, offset: number) {
  const p = lines.pointAt(offset);
  return { line: p.line, column: p.column, offset: p.offset };
}
