// XLIFF 2.x processing requirements the XSD cannot express: id uniqueness, references (dataRef,
// startRef, copyOf, subFlows), sc/ec pairing, editing hints (canCopy/canDelete/canReorder), target
// order, languages and xml:space; annotations are checked in xliff2-annotations.ts. Reports via `report`.
import type { Reporter } from './xliff2-structure.js';
import { MODULES } from './xliff2-schema.js';
import { checkMarkers } from './xliff2-annotations.js';
import { XML_NS, attr, childElements, firstChild, inheritedAttr, type XmlElement } from './xml-tree.js';

export interface ConstraintOptions {
  /** Registered extension prefixes for fragment identifiers. */
  fragmentPrefixes?: ReadonlySet<string>;
}

interface Ctx {
  ns: string;
  report: Reporter;
  srcLang: string;
  trgLang?: string;
  prefixes: ReadonlySet<string>;
}

export function checkConstraints(root: XmlElement, ns: string, report: Reporter, opts: ConstraintOptions = {}): void {
  const ctx: Ctx = { ns, report, srcLang: attr(root, 'srcLang') ?? '', trgLang: attr(root, 'trgLang'), prefixes: opts.fragmentPrefixes ?? new Set() };
  const files = childElements(root, ns, 'file');
  unique(files, 'id', ctx, 'file');
  for (const file of files) checkFile(file, ctx);
}

function unique(els: XmlElement[], name: string, ctx: Ctx, what: string): void {
  const seen = new Set<string>();
  for (const e of els) {
    const id = attr(e, name);
    if (id === undefined) continue;
    if (seen.has(id)) ctx.report(e, `${what} id "${id}" is not unique`, 'xliff-id');
    seen.add(id);
  }
}

function checkFile(file: XmlElement, ctx: Ctx): void {
  const groups: XmlElement[] = [];
  const units: XmlElement[] = [];
  const collect = (el: XmlElement): void => {
    for (const c of childElements(el, ctx.ns)) {
      if (c.local === 'group') {
        groups.push(c);
        collect(c);
      } else if (c.local === 'unit') units.push(c);
    }
  };
  collect(file);
  unique(groups, 'id', ctx, 'group');
  unique(units, 'id', ctx, 'unit');
  const skeleton = firstChild(file, ctx.ns, 'skeleton');
  if (skeleton) {
    const hasContent = skeleton.children.some((c) => c.type === 'element' || /[^\t\n\r ]/.test(c.text));
    if (attr(skeleton, 'href') !== undefined && hasContent) ctx.report(skeleton, '<skeleton> with href must be empty', 'xliff-structure');
    if (attr(skeleton, 'href') === undefined && !hasContent) ctx.report(skeleton, '<skeleton> without href must hold the skeleton', 'xliff-structure');
  }
  const unitIds = new Set(units.map((u) => attr(u, 'id') ?? ''));
  for (const scope of [file, ...groups, ...units]) {
    checkNotes(scope, ctx);
    checkExtensionIds(scope, ctx);
  }
  for (const unit of units) checkUnit(unit, attr(file, 'id') ?? '', unitIds, ctx);
}

function checkNotes(scope: XmlElement, ctx: Ctx): void {
  const notes = firstChild(scope, ctx.ns, 'notes');
  if (notes) unique(childElements(notes, ctx.ns, 'note'), 'id', ctx, 'note');
}

/** Ids of extension elements must be unique within the file, group or unit they extend. */
function checkExtensionIds(scope: XmlElement, ctx: Ctx): void {
  const seen = new Set<string>();
  const walk = (el: XmlElement): void => {
    const id = attr(el, 'id') ?? attr(el, 'id', XML_NS);
    if (id !== undefined) {
      if (seen.has(id)) ctx.report(el, `extension element id "${id}" is not unique`, 'xliff-id');
      seen.add(id);
    }
    for (const c of childElements(el)) walk(c);
  };
  for (const c of childElements(scope)) if (c.uri !== ctx.ns && c.uri !== '' && !MODULES[c.uri]) walk(c);
}

interface CodeRef {
  el: XmlElement;
  side: 'source' | 'target';
  part: number;
}

function checkUnit(unit: XmlElement, fileId: string, unitIds: Set<string>, ctx: Ctx): void {
  const unitId = attr(unit, 'id') ?? '';
  const parts = childElements(unit, ctx.ns).filter((c) => c.local === 'segment' || c.local === 'ignorable');
  if (!parts.some((p) => p.local === 'segment')) ctx.report(unit, '<unit> needs at least one <segment>', 'xliff-structure');
  unique(parts, 'id', ctx, 'segment/ignorable');
  const original = firstChild(unit, ctx.ns, 'originalData');
  const data = original ? childElements(original, ctx.ns, 'data') : [];
  unique(data, 'id', ctx, 'data');
  const dataIds = new Set(data.map((d) => attr(d, 'id') ?? ''));
  const notes = firstChild(unit, ctx.ns, 'notes');
  const noteIds = new Set((notes ? childElements(notes, ctx.ns, 'note') : []).map((n) => attr(n, 'id') ?? ''));

  const codes: CodeRef[] = [];
  const orders = new Map<number, XmlElement>();
  parts.forEach((part, i) => {
    const source = firstChild(part, ctx.ns, 'source');
    const target = firstChild(part, ctx.ns, 'target');
    if (source) {
      checkLang(source, ctx.srcLang, 'source', ctx);
      collectCodes(source, 'source', i, codes, ctx.ns);
    }
    if (target) {
      if (ctx.trgLang === undefined) ctx.report(target, 'a <target> needs trgLang on <xliff>', 'xliff-lang');
      else checkLang(target, ctx.trgLang, 'target', ctx);
      const order = Number(attr(target, 'order') ?? i + 1);
      if (order > parts.length) ctx.report(target, `order ${order} is beyond the ${parts.length} parts of the unit`, 'xliff-order');
      if (orders.has(order)) ctx.report(target, `order ${order} is used twice in the unit`, 'xliff-order');
      orders.set(order, target);
      collectCodes(target, 'target', i, codes, ctx.ns);
      if (source && (inheritedAttr(source, 'space', XML_NS) ?? 'default') !== (inheritedAttr(target, 'space', XML_NS) ?? 'default')) {
        ctx.report(target, 'source and target must have the same xml:space', 'xliff-attribute');
      }
    }
  });
  for (const side of ['source', 'target'] as const) {
    const list = codes.filter((c) => c.side === side).map((c) => c.el);
    checkSideCodes(list, side, dataIds, unitIds, ctx);
    checkMarkers(list, ctx, { fileId, unitId, noteIds });
  }
  checkNonRemovable(parts, codes, ctx);
  parts.forEach((_, i) => checkReordering(codes.filter((c) => c.part === i), ctx));
}

function checkLang(el: XmlElement, want: string, what: string, ctx: Ctx): void {
  const lang = inheritedAttr(el, 'lang', XML_NS);
  if (lang !== undefined && lang.toLowerCase() !== want.toLowerCase()) {
    ctx.report(el, `the ${what} language is "${lang}" but the document says ${what === 'source' ? 'srcLang' : 'trgLang'}="${want}"`, 'xliff-lang');
  }
}

function collectCodes(el: XmlElement, side: 'source' | 'target', part: number, out: CodeRef[], ns: string): void {
  for (const c of childElements(el, ns)) {
    if (['ph', 'pc', 'sc', 'ec', 'mrk', 'sm', 'em'].includes(c.local)) out.push({ el: c, side, part });
    if (c.local === 'pc' || c.local === 'mrk') {
      collectCodes(c, side, part, out, ns);
      if (c.local === 'pc') out.push({ el: { ...c, local: 'pc-end', children: [] }, side, part });
    }
  }
}

const yes = (el: XmlElement, name: string): string => attr(el, name) ?? 'yes';

function checkSideCodes(list: XmlElement[], side: string, dataIds: Set<string>, unitIds: Set<string>, ctx: Ctx): void {
  const r = ctx.report;
  const ids = new Map<string, XmlElement>();
  for (const el of list) {
    if (el.local === 'pc-end' || el.local === 'em') continue;
    const id = attr(el, 'id');
    if (id === undefined) continue;
    if (ids.has(id)) r(el, `inline id "${id}" is not unique in the unit's ${side}`, 'xliff-id');
    ids.set(id, el);
  }
  const openSc = new Map<string, XmlElement>();
  const allSc = new Map<string, XmlElement>();
  for (const el of list) if (el.local === 'sc') allSc.set(attr(el, 'id') ?? '', el);
  const ended = new Set<string>();
  let previousReorder: string | undefined;
  for (const el of list) {
    if (el.local === 'pc-end' || el.local === 'mrk' || el.local === 'sm' || el.local === 'em') continue;
    for (const ref of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
      const v = attr(el, ref);
      if (v !== undefined && !dataIds.has(v)) r(el, `${ref}="${v}" points to no <data> in <originalData>`, 'xliff-reference');
    }
    for (const ref of ['subFlows', 'subFlowsStart', 'subFlowsEnd']) {
      const v = attr(el, ref);
      if (v !== undefined) for (const u of v.trim().split(/[\t\n\r ]+/)) if (!unitIds.has(u)) r(el, `${ref} names "${u}", which is no unit of this file`, 'xliff-reference');
    }
    const copyOf = attr(el, 'copyOf');
    if (copyOf !== undefined) {
      const base = ids.get(copyOf);
      if (!base) r(el, `copyOf="${copyOf}" points to no code`, 'xliff-reference');
      else if (attr(base, 'canCopy') === 'no') r(el, `copyOf="${copyOf}" copies a code with canCopy="no"`, 'xliff-reference');
      if (['dataRef', 'dataRefStart', 'dataRefEnd'].some((a) => attr(el, a) !== undefined)) r(el, 'a copy (copyOf) must not have original data', 'xliff-reference');
    }
    const reorder = yes(el, 'canReorder');
    if (reorder !== 'yes' && (attr(el, 'canCopy') !== 'no' || attr(el, 'canDelete') !== 'no')) {
      r(el, `canReorder="${reorder}" needs canCopy="no" and canDelete="no"`, 'xliff-editing-hints');
    }
    if (el.local === 'sc') {
      const id = attr(el, 'id') ?? '';
      const hasEnd = list.some((e) => e.local === 'ec' && attr(e, 'startRef') === id);
      if (attr(el, 'isolated') === 'yes' && hasEnd) r(el, `<sc id="${id}"> is marked isolated but its <ec> is in the unit`, 'xliff-inline');
      if (attr(el, 'isolated') !== 'yes' && !hasEnd) r(el, `<sc id="${id}"> has no <ec startRef="${id}"> in the unit: mark it isolated="yes"`, 'xliff-inline');
      openSc.set(id, el);
    } else if (el.local === 'ec') {
      const startRef = attr(el, 'startRef');
      if (attr(el, 'isolated') === 'yes') {
        if (startRef !== undefined) r(el, 'an isolated <ec> uses id, not startRef', 'xliff-inline');
        if (attr(el, 'id') === undefined) r(el, 'an isolated <ec> needs an id', 'xliff-inline');
      } else if (startRef === undefined) {
        r(el, '<ec> without startRef must be isolated="yes"', 'xliff-inline');
      } else {
        const sc = openSc.get(startRef);
        if (!sc) r(el, allSc.has(startRef) ? `<ec startRef="${startRef}"> comes before its <sc>` : `<ec startRef="${startRef}"> has no <sc>`, 'xliff-inline');
        else {
          ended.add(startRef);
          for (const hint of ['canCopy', 'canDelete', 'canOverlap']) {
            if (yes(sc, hint) !== yes(el, hint)) r(el, `${hint} differs between <sc> and <ec startRef="${startRef}">`, 'xliff-editing-hints');
          }
          const scReorder = yes(sc, 'canReorder');
          const want = scReorder === 'firstNo' ? 'no' : scReorder;
          if (yes(el, 'canReorder') !== want) r(el, `canReorder of <ec startRef="${startRef}"> must be "${want}"`, 'xliff-editing-hints');
        }
      }
    }
    if (reorder === 'no' && previousReorder !== 'no' && previousReorder !== 'firstNo') {
      r(el, 'a sequence of non-reorderable codes must start with canReorder="firstNo"', 'xliff-editing-hints');
    }
    previousReorder = reorder;
  }
}

/** Codes with canDelete="no" must survive in the unit's targets when a segment has a target. */
function checkNonRemovable(parts: XmlElement[], codes: CodeRef[], ctx: Ctx): void {
  const targetIds = new Set<string>();
  for (const c of codes) if (c.side === 'target') targetIds.add(attr(c.el, 'startRef') ?? attr(c.el, 'id') ?? '');
  parts.forEach((part, i) => {
    const target = firstChild(part, ctx.ns, 'target');
    if (!target) return;
    for (const c of codes) {
      if (c.side !== 'source' || c.part !== i || c.el.local === 'pc-end' || attr(c.el, 'canDelete') !== 'no') continue;
      const id = attr(c.el, 'startRef') ?? attr(c.el, 'id') ?? '';
      if (!targetIds.has(id)) ctx.report(target, `code "${id}" has canDelete="no" but is missing from the target`, 'xliff-editing-hints');
    }
  });
}

/** A firstNo…no sequence of the source must appear in the target unbroken and in order. */
function checkReordering(codes: CodeRef[], ctx: Ctx): void {
  const key = (el: XmlElement): string => `${el.local}:${attr(el, 'startRef') ?? attr(el, 'id') ?? ''}`;
  const source = codes.filter((c) => c.side === 'source' && !['mrk', 'sm', 'em'].includes(c.el.local)).map((c) => c.el);
  const target = codes.filter((c) => c.side === 'target' && !['mrk', 'sm', 'em'].includes(c.el.local)).map((c) => key(c.el));
  if (target.length === 0) return;
  const reorderOf = (el: XmlElement, all: XmlElement[]): string => {
    if (el.local !== 'pc-end') return yes(el, 'canReorder');
    const start = all.find((e) => e.local === 'pc' && attr(e, 'id') === attr(el, 'id'));
    return start && yes(start, 'canReorder') !== 'yes' ? 'no' : 'yes';
  };
  let seq: string[] = [];
  const flush = (): void => {
    if (seq.length > 1) {
      const at = seq.map((k) => target.indexOf(k));
      if (at.every((x) => x >= 0) && at.some((x, i) => i > 0 && x !== at[i - 1] + 1)) {
        const first = codes.find((c) => c.side === 'target')!;
        ctx.report(first.el, `non-reorderable codes ${seq.join(', ')} were moved apart or reordered in the target`, 'xliff-editing-hints');
      }
    }
    seq = [];
  };
  for (const el of source) {
    const reorder = reorderOf(el, source);
    if (reorder === 'firstNo') {
      flush();
      seq.push(key(el));
    } else if (reorder === 'no' && seq.length) seq.push(key(el));
    else flush();
  }
  flush();
}
