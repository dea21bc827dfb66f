// XLIFF 1.2 (and 1.1, the same structure) text → imported units: one per <trans-unit>, or one per
// <mrk mtype="seg"> when the unit is segmented with <seg-source>, from every <file>; inline codes
// (<g>, <x>, <bx>, <ex>, <bpt>, <ept>, <ph>, <it>) restored to `<n>` placeholders.
import type { Diagnostic } from '../model/diagnostic.js';
import { checkLanguage, type ProjectLanguages } from './languages.js';
import { PlaceholderNumbering } from './placeholders.js';
import { statusFromXliff12 } from './status-map.js';
import type { ImportedUnit, ReadResult } from './types.js';
import { XML_WHITESPACE_RUN } from './xml-chars.js';
import { XML_NS, attr, childElements, firstChild, inheritedAttr, placeOf, textContent, type XmlElement } from './xml-tree.js';

/** Reads a parsed XLIFF 1.2 or 1.1 document (root <xliff> in `ns`: the 1.2 or 1.1 namespace, or none). */
export function readXliff12Tree(root: XmlElement, ns: string, file: string, languages?: ProjectLanguages): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const units: ImportedUnit[] = [];
  const files = childElements(root, ns, 'file');
  if (files.length === 0) diagnostics.push(problem(file, root, 'an XLIFF 1.2 document needs a <file>'));
  for (const f of files) {
    const srcLang = attr(f, 'source-language') ?? '';
    const trgLang = attr(f, 'target-language') ?? '';
    if (!srcLang) diagnostics.push(problem(file, f, '<file> has no source-language'));
    for (const d of [checkLanguage(srcLang, languages?.sourceLang, 'source', 'source-language', placeOf(f), file), checkLanguage(trgLang, languages?.targetLang, 'target', 'target-language', placeOf(f), file)]) if (d) diagnostics.push(d);
    const body = firstChild(f, ns, 'body');
    if (!body) {
      diagnostics.push(problem(file, f, '<file> has no <body>'));
      continue;
    }
    const walk = (el: XmlElement): void => {
      for (const c of childElements(el, ns)) {
        if (c.local === 'group') walk(c);
        else if (c.local === 'trans-unit') units.push(...readTransUnit(c, ns, attr(f, 'original'), srcLang, trgLang, file, diagnostics));
      }
    };
    walk(body);
  }
  return { format: 'xliff12', units, diagnostics };
}

function readTransUnit(
  tu: XmlElement,
  ns: string,
  document: string | undefined,
  srcLang: string,
  trgLang: string,
  file: string,
  diagnostics: Diagnostic[],
): ImportedUnit[] {
  const source = firstChild(tu, ns, 'source');
  if (!source) {
    diagnostics.push(problem(file, tu, '<trans-unit> has no <source>'));
    return [];
  }
  // translate="no", and the PO header po2xliff turns into a unit: not text to import
  if (attr(tu, 'translate') === 'no' || attr(tu, 'restype') === 'x-gettext-domain-header') return [];
  const target = firstChild(tu, ns, 'target');
  const id = attr(tu, 'resname') ?? attr(tu, 'id');
  const approved = attr(tu, 'approved') === 'yes';
  const base = contextValue(tu, ns, 'x-base');
  const prefilled = contextValue(tu, ns, 'x-prefill') === 'source';
  const state = target ? attr(target, 'state') : undefined;
  const make = (src: XmlElement, trg: XmlElement | undefined, segId?: string): ImportedUnit => {
    const numbering = new PlaceholderNumbering();
    const s = readInline(src, ns, numbering, 'source');
    const t = trg ? readInline(trg, ns, numbering, 'target') : null;
    return {
      document,
      id: segId !== undefined ? `${id}/${segId}` : id,
      source: s,
      target: t,
      state,
      status: statusFromXliff12(state, approved, t !== null && t !== '', prefilled),
      base: segId === undefined ? base : undefined,
      ...(prefilled ? { prefilled } : {}),
      sourceLang: inheritedAttr(src, 'lang', XML_NS) ?? srcLang,
      targetLang: (trg && attr(trg, 'lang', XML_NS)) || trgLang,
      line: (trg ?? src).line,
      column: (trg ?? src).column,
      offset: (trg ?? src).offset,
    };
  };
  const segSource = firstChild(tu, ns, 'seg-source');
  const segMarks = segSource ? findSegMarks(segSource, ns) : [];
  if (segMarks.length === 0) return [make(source, target)];
  const targetMarks = new Map(target ? findSegMarks(target, ns).map((m) => [attr(m, 'mid') ?? '', m]) : []);
  return segMarks.map((m) => make(m, targetMarks.get(attr(m, 'mid') ?? ''), attr(m, 'mid')));
}

function findSegMarks(el: XmlElement, ns: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(el, ns)) {
    if (c.local === 'mrk' && attr(c, 'mtype') === 'seg') out.push(c);
    else if (c.local === 'g' || c.local === 'mrk') out.push(...findSegMarks(c, ns));
  }
  return out;
}

function contextValue(tu: XmlElement, ns: string, type: string): string | undefined {
  for (const g of childElements(tu, ns, 'context-group')) {
    for (const c of childElements(g, ns, 'context')) if (attr(c, 'context-type') === type) return textContent(c);
  }
  return undefined;
}

/** 1.2 inline content → key form. `xml:space="default"` (the 1.2 default) collapses whitespace. */
function readInline(el: XmlElement, ns: string, numbering: PlaceholderNumbering, side: 'source' | 'target'): string {
  let out = '';
  const walk = (node: XmlElement): void => {
    for (const c of node.children) {
      if (c.type === 'text') {
        out += c.text;
        continue;
      }
      if (c.uri !== ns) continue;
      const id = attr(c, 'id');
      switch (c.local) {
        case 'g': {
          const n = numbering.number(id, ['open', 'close'], side);
          out += `<${n}>`;
          walk(c);
          out += `</${n}>`;
          break;
        }
        case 'x':
        case 'ph':
          out += `<${numbering.number(id, ['standalone'], side)}/>`;
          break;
        case 'bx':
        case 'bpt':
          out += `<${numbering.number(attr(c, 'rid') ?? id, ['open'], side)}>`;
          break;
        case 'ex':
        case 'ept':
          out += `</${numbering.number(attr(c, 'rid') ?? id, ['close'], side)}>`;
          break;
        case 'it': {
          const close = attr(c, 'pos') === 'close';
          const n = numbering.number(attr(c, 'rid') ?? id, [close ? 'close' : 'open'], side);
          out += close ? `</${n}>` : `<${n}>`;
          break;
        }
        case 'mrk':
          walk(c);
          break;
        default:
          break;
      }
    }
  };
  walk(el);
  const space = inheritedAttr(el, 'space', XML_NS) ?? 'default';
  return space === 'preserve' ? out : out.replace(XML_WHITESPACE_RUN, ' ').trim();
}

function problem(file: string, el: XmlElement, message: string): Diagnostic {
  return { ruleId: 'xliff12-structure', severity: 'error', message, file, place: placeOf(el), source: 'interchange' };
}
