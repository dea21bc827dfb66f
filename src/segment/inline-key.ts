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

/**
 * Builds the key of the segment at source `[start, end)` whose visible text is `proj.text[vStart, vEnd)`.
 */
export function buildInlineKey(
  source: string,
  nodes: readonly PhrasingContent[],
  shift: number,
  proj: Projection,
  seg: { start: number; end: number; vStart: number; vEnd: number },
): InlineKey {
  const parts: Part[] = [];
  const pos = (n: PhrasingContent) => [(n.position?.start.offset ?? 0) + shift, (n.position?.end.offset ?? 0) + shift] as const;
  const visibleText = (n: PhrasingContent) => {
    const r = proj.ranges.get(n);
    if (!r) return;
    const a = Math.max(r.start, seg.vStart);
    const b = Math.min(r.end, seg.vEnd);
    if (b > a) parts.push(proj.text.slice(a, b));
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
      for (const c of (n as { children: PhrasingContent[] }).children) visit(c);
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
    if (n.type !== 'textDirective' && 'children' in n) for (const c of n.children as PhrasingContent[]) visit(c);
    else visibleText(n);
  };
  for (const n of nodes) visit(n);
  return renderParts(parts);
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
