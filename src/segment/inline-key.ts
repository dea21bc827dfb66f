// One segment of a Markdown block → its key with numbered placeholders and the markup list that
// says, per placeholder, which mdast node it stands for and its exact Markdown syntax.
// Markup that straddles a sentence boundary (**A. B.**) is closed in the first segment and reopened
// in the next: each segment gets a balanced pair, marked `attrs.split` (head / tail / middle).
import type { PhrasingContent } from 'mdast';
import type { InlineMarkup } from '../model/document.js';
import type { Projection } from '../markdown/project-inline.js';
import { literalTagNumbers, normalizeKeyText } from './segment-key.js';

export interface InlineKey {
  key: string;
  markup: InlineMarkup[];
}

export interface Slot {
  type: string;
  paired: boolean;
  open: string;
  close?: string;
  attrs?: Record<string, string>;
}

export type Part = string | { slot: Slot; role: 'open' | 'close' | 'atom' };

const PAIRED = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);
const ATOMS = new Set(['inlineCode', 'image', 'imageReference', 'footnoteReference', 'html', 'break']);

/** Where one segment lies: source `[start, end)` and visible text `proj.text[vStart, vEnd)`. */
export interface SegmentPlace {
  start: number;
  end: number;
  vStart: number;
  vEnd: number;
}

/**
 * A key builder for the segments of one block. Each segment visits only the nodes that overlap it
 * (binary search over every sibling list, ordered by position), so a block of n sentences costs
 * O(n log n), not O(n²) as when every segment walked the whole block (100,000 `**Ja.**` in one paragraph).
 */
export function createInlineKeyBuilder(source: string, nodes: readonly PhrasingContent[], shift: number, proj: Projection): (seg: SegmentPlace) => InlineKey {
  const pos = (n: PhrasingContent) => [(n.position?.start.offset ?? 0) + shift, (n.position?.end.offset ?? 0) + shift] as const;
  const siblings = new Map<readonly PhrasingContent[], Siblings>();
  const siblingsOf = (list: readonly PhrasingContent[]): Siblings => {
    let s = siblings.get(list);
    if (!s) {
      s = indexSiblings(list, pos);
      siblings.set(list, s);
    }
    return s;
  };
  return (seg) => {
    const parts: Part[] = [];
    const visibleText = (n: PhrasingContent) => {
      const r = proj.ranges.get(n);
      if (!r) return;
      const a = Math.max(r.start, seg.vStart);
      const b = Math.min(r.end, seg.vEnd);
      if (b > a) parts.push(proj.text.slice(a, b));
    };
    const visitAll = (list: readonly PhrasingContent[]) => {
      const sib = siblingsOf(list);
      for (let k = sib.sorted ? firstEndingAfter(sib.ends, seg.start) : 0; k < list.length; k++) {
        if (sib.sorted && sib.starts[k] >= seg.end) break;
        visit(list[k]);
      }
    };
    const visit = (n: PhrasingContent) => {
      const [ns, ne] = pos(n);
      if (ne <= seg.start || ns >= seg.end) return;
      if (PAIRED.has(n.type) && !isAutolinkLiteral(source, n, ns)) {
        const r = proj.ranges.get(n);
        // only its syntax touches this segment (the text is in the neighbour): nothing to mark
        if (r && r.end > r.start && (r.end <= seg.vStart || r.start >= seg.vEnd)) return;
        const slot = pairedSlot(source, n, ns, ne, shift);
        const split = ns < seg.start ? (ne > seg.end ? 'middle' : 'tail') : ne > seg.end ? 'head' : undefined;
        if (split) slot.attrs = { ...slot.attrs, split };
        parts.push({ slot, role: 'open' });
        visitAll((n as { children: PhrasingContent[] }).children);
        parts.push({ slot, role: 'close' });
        return;
      }
      if (ATOMS.has(n.type)) {
        if (ns < seg.start || ne > seg.end) return;
        if (n.type === 'html' && /^<br\s*\/?>$/i.test(n.value.trim()) && !insideVisible(proj, n, seg)) return;
        parts.push({ slot: atomSlot(source, n, ns, ne), role: 'atom' });
        return;
      }
      // a text directive (`Archivbild:KEYSTONE`) was projected as its source text
      if (n.type !== 'textDirective' && 'children' in n) visitAll(n.children as PhrasingContent[]);
      else visibleText(n);
    };
    visitAll(nodes);
    return renderParts(parts);
  };
}

/** Builds the key of one segment (see createInlineKeyBuilder for many segments of one block). */
export function buildInlineKey(source: string, nodes: readonly PhrasingContent[], shift: number, proj: Projection, seg: SegmentPlace): InlineKey {
  return createInlineKeyBuilder(source, nodes, shift, proj)(seg);
}

/** A sibling list's source ranges; `sorted` when starts and ends both never decrease (positions present). */
interface Siblings {
  starts: Int32Array;
  ends: Int32Array;
  sorted: boolean;
}

function indexSiblings(list: readonly PhrasingContent[], pos: (n: PhrasingContent) => readonly [number, number]): Siblings {
  const starts = new Int32Array(list.length);
  const ends = new Int32Array(list.length);
  // a node without a position (GFM autolink literals) reads as offset 0: walk such a list in full
  let sorted = list.every((n) => n.position !== undefined);
  list.forEach((n, k) => {
    [starts[k], ends[k]] = pos(n);
    if (k > 0 && (starts[k] < starts[k - 1] || ends[k] < ends[k - 1])) sorted = false;
  });
  return { starts, ends, sorted };
}

/** Index of the first sibling whose end lies after `at` (ends ascending). */
function firstEndingAfter(ends: Int32Array, at: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Joins parts into key form, numbering placeholders in order of appearance around literal tag numbers. */
export function renderParts(parts: readonly Part[]): InlineKey {
  const reserved = literalTagNumbers(parts.filter((p): p is string => typeof p === 'string').join(''));
  const ids = new Map<Slot, number>();
  const markup: InlineMarkup[] = [];
  let next = 1;
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    let id = ids.get(p.slot);
    if (id === undefined) {
      while (reserved.has(next)) next++;
      id = next++;
      ids.set(p.slot, id);
      markup.push({ id, type: p.slot.type, paired: p.slot.paired, open: p.slot.open, ...(p.slot.close !== undefined ? { close: p.slot.close } : {}), ...(p.slot.attrs ? { attrs: p.slot.attrs } : {}) });
    }
    out += p.role === 'open' ? `<${id}>` : p.role === 'close' ? `</${id}>` : `<${id}/>`;
  }
  return { key: normalizeKeyText(out), markup };
}

function pairedSlot(source: string, n: PhrasingContent, ns: number, ne: number, shift: number): Slot {
  const children = (n as { children: PhrasingContent[] }).children;
  let open: string;
  let close: string;
  if (children.length > 0) {
    open = source.slice(ns, (children[0].position?.start.offset ?? 0) + shift);
    close = source.slice((children[children.length - 1].position?.end.offset ?? 0) + shift, ne);
  } else {
    const cut = source[ns] === '[' ? ns + 1 : ne;
    open = source.slice(ns, cut);
    close = source.slice(cut, ne);
  }
  const attrs: Record<string, string> = {};
  if (n.type === 'link') {
    attrs.href = n.url;
    if (n.title) attrs.title = n.title;
  } else if (n.type === 'linkReference') {
    attrs.label = n.label ?? n.identifier;
    attrs.referenceType = n.referenceType;
  }
  return { type: n.type, paired: true, open, close, ...(Object.keys(attrs).length ? { attrs } : {}) };
}

function atomSlot(source: string, n: PhrasingContent, ns: number, ne: number): Slot {
  const attrs: Record<string, string> = {};
  if (n.type === 'inlineCode') attrs.code = n.value;
  else if (n.type === 'image') {
    attrs.src = n.url;
    if (n.alt) attrs.alt = n.alt;
    if (n.title) attrs.title = n.title;
  } else if (n.type === 'imageReference') {
    attrs.label = n.label ?? n.identifier;
    if (n.alt) attrs.alt = n.alt;
  } else if (n.type === 'footnoteReference') attrs.label = n.label ?? n.identifier;
  else if (n.type === 'html') attrs.html = n.value;
  return { type: n.type, paired: false, open: source.slice(ns, ne), ...(Object.keys(attrs).length ? { attrs } : {}) };
}

/** A bare URL that GFM turned into a link has no syntax of its own: it stays text. */
function isAutolinkLiteral(source: string, n: PhrasingContent, ns: number): boolean {
  return n.type === 'link' && source[ns] !== '[' && source[ns] !== '<';
}

function insideVisible(proj: Projection, n: PhrasingContent, seg: { vStart: number; vEnd: number }): boolean {
  const r = proj.ranges.get(n);
  return !!r && r.start >= seg.vStart && r.end <= seg.vEnd;
}
