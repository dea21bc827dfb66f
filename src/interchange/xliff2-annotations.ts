// XLIFF 2 annotations: <sm>/<em> pairing, comment annotations (exactly one of value and ref, the
// ref pointing to a <note> of the same unit) and the syntax of fragment-identifier refs.
import type { Reporter } from './xliff2-structure.js';
import { parseFragment } from './xliff2-fragment.js';
import { attr, type XmlElement } from './xml-tree.js';

export interface MarkerContext {
  report: Reporter;
  prefixes: ReadonlySet<string>;
}

/** sm/em pairing and comment annotations (exactly one of value/ref; ref to a note of this unit). */
export function checkMarkers(list: XmlElement[], ctx: MarkerContext, where: { fileId: string; unitId: string; noteIds: Set<string> }): void {
  const r = ctx.report;
  const open = new Set<string>();
  for (const el of list) {
    if (el.local === 'sm') {
      const id = attr(el, 'id') ?? '';
      if (!list.some((e) => e.local === 'em' && attr(e, 'startRef') === id)) r(el, `<sm id="${id}"> has no <em>`, 'xliff-inline');
      open.add(id);
    } else if (el.local === 'em') {
      const ref = attr(el, 'startRef') ?? '';
      if (!open.has(ref)) r(el, `<em startRef="${ref}"> has no <sm> before it`, 'xliff-inline');
    }
    if (el.local !== 'mrk' && el.local !== 'sm') continue;
    const ref = attr(el, 'ref');
    if (ref !== undefined && ref.startsWith('#')) {
      const parsed = parseFragment(ref.slice(1), ctx.prefixes);
      if (!parsed.ok) r(el, `ref="${ref}": ${parsed.reason}`, 'xliff-fragment');
    }
    if (attr(el, 'type') !== 'comment') continue;
    const value = attr(el, 'value');
    if ((value === undefined) === (ref === undefined)) {
      r(el, 'a comment annotation needs exactly one of value and ref', 'xliff-inline');
      continue;
    }
    if (ref !== undefined && !refersToUnitNote(ref, where, ctx.prefixes)) r(el, `ref="${ref}" must point to a <note> of this unit (#n=…)`, 'xliff-reference');
  }
}

function refersToUnitNote(ref: string, where: { fileId: string; unitId: string; noteIds: Set<string> }, prefixes: ReadonlySet<string>): boolean {
  if (!ref.startsWith('#')) return false;
  const parsed = parseFragment(ref.slice(1), prefixes);
  if (!parsed.ok) return false;
  const leaf = parsed.parts[parsed.parts.length - 1];
  if (leaf.prefix !== 'n' || !where.noteIds.has(leaf.id)) return false;
  const file = parsed.parts.find((p) => p.prefix === 'f');
  const unit = parsed.parts.find((p) => p.prefix === 'u');
  if (parsed.parts.length === 1) return true;
  return file?.id === where.fileId && unit?.id === where.unitId;
}
