// XLIFF 2.0/2.1/2.2 text → imported units, one per <segment>, after checking the document against
// the core grammar and processing requirements (errors come back as diagnostics, never as a crash).
import type { RuleId } from '../model/rules.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { checkLanguage, type ProjectLanguages } from './languages.js';
import { PlaceholderNumbering } from './placeholders.js';
import { statusFromXliff2 } from './status-map.js';
import type { ImportedUnit, InterchangeFormat, ReadResult } from './types.js';
import { checkConstraints, type ConstraintOptions } from './xliff2-constraints.js';
import { checkStructure } from './xliff2-structure.js';
import { checkModules } from './xliff2-modules.js';
import { MDA_NS } from './xliff21-write.js';
import { XML_WHITESPACE_RUN } from './xml-chars.js';
import { XML_NS, attr, childElements, firstChild, inheritedAttr, placeOf, textContent, type XmlElement } from './xml-tree.js';

/** Reads a parsed XLIFF 2 document whose root is <xliff> in namespace `ns`. */
export function readXliff2Tree(root: XmlElement, ns: string, file: string, opts: ConstraintOptions & { languages?: ProjectLanguages } = {}): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const report = (el: XmlElement, message: string, ruleId: RuleId = 'xliff-invalid'): void => {
    diagnostics.push({ ruleId, severity: 'error', message, file, place: placeOf(el), source: 'interchange' });
  };
  checkStructure(root, ns, report);
  checkConstraints(root, ns, report, opts);
  checkModules(root, ns, report);
  const version = attr(root, 'version');
  const format: InterchangeFormat = version === '2.2' ? 'xliff22' : version === '2.0' ? 'xliff20' : 'xliff21';
  const srcLang = attr(root, 'srcLang') ?? '';
  const trgLang = attr(root, 'trgLang') ?? '';
  for (const d of [checkLanguage(srcLang, opts.languages?.sourceLang, 'source', 'srcLang', placeOf(root), file), checkLanguage(trgLang, opts.languages?.targetLang, 'target', 'trgLang', placeOf(root), file)]) if (d) diagnostics.push(d);
  const units: ImportedUnit[] = [];
  for (const f of childElements(root, ns, 'file')) {
    const original = attr(f, 'original');
    const walk = (el: XmlElement): void => {
      for (const c of childElements(el, ns)) {
        if (c.local === 'group') walk(c);
        else if (c.local === 'unit') units.push(...readUnit(c, ns, original, srcLang, trgLang));
      }
    };
    walk(f);
  }
  return { format, units, diagnostics };
}

function readUnit(unit: XmlElement, ns: string, document: string | undefined, srcLang: string, trgLang: string): ImportedUnit[] {
  const meta = segmentMetadata(unit);
  const out: ImportedUnit[] = [];
  const segments = childElements(unit, ns, 'segment');
  for (const seg of segments) {
    const source = firstChild(seg, ns, 'source');
    if (!source) continue;
    const target = firstChild(seg, ns, 'target');
    const numbering = new PlaceholderNumbering();
    const sourceText = readInline(source, ns, numbering, 'source');
    const targetText = target ? readInline(target, ns, numbering, 'target') : null;
    const segId = attr(seg, 'id');
    const m = segId !== undefined ? meta.get(segId) : undefined;
    const state = attr(seg, 'state');
    out.push({
      document,
      id: m?.get('unit-id') ?? (segId !== undefined && segments.length > 1 ? `${attr(unit, 'id')}/${segId}` : attr(unit, 'id')),
      source: sourceText,
      target: targetText,
      state,
      status: statusFromXliff2(state, targetText !== null && targetText !== ''),
      base: m?.get('base'),
      sourceLang: inheritedAttr(source, 'lang', XML_NS) ?? srcLang,
      targetLang: (target && inheritedAttr(target, 'lang', XML_NS)) || trgLang,
      line: seg.line,
      column: seg.column,
      offset: seg.offset,
    });
  }
  return out;
}

/** diglot's per-segment metadata groups: segment id → (type → value). */
function segmentMetadata(unit: XmlElement): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const md = firstChild(unit, MDA_NS, 'metadata');
  if (!md) return out;
  for (const g of childElements(md, MDA_NS, 'metaGroup')) {
    if (attr(g, 'category') !== 'diglot:segment') continue;
    const values = new Map<string, string>();
    for (const m of childElements(g, MDA_NS, 'meta')) values.set(attr(m, 'type') ?? '', textContent(m));
    const seg = values.get('segment');
    if (seg !== undefined) out.set(seg, values);
  }
  return out;
}

/**
 * Inline content → key form: <pc> → `<n>…</n>`, <ph> → `<n/>`, <sc>/<ec> → `<n>` / `</n>`,
 * <cp> → the character, annotations (<mrk>, <sm>, <em>) dropped with their text kept.
 * With xml:space="default" whitespace runs collapse to one space, as the spec allows tools to do.
 */
function readInline(el: XmlElement, ns: string, numbering: PlaceholderNumbering, side: 'source' | 'target'): string {
  let out = '';
  const walk = (node: XmlElement): void => {
    for (const c of node.children) {
      if (c.type === 'text') {
        out += c.text;
        continue;
      }
      if (c.uri !== ns) continue;
      switch (c.local) {
        case 'cp': {
          const code = parseInt(attr(c, 'hex') ?? '', 16);
          if (Number.isFinite(code)) out += code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code);
          break;
        }
        case 'ph':
          out += `<${numbering.number(attr(c, 'id'), ['standalone'], side)}/>`;
          break;
        case 'pc': {
          const n = numbering.number(attr(c, 'id'), ['open', 'close'], side);
          out += `<${n}>`;
          walk(c);
          out += `</${n}>`;
          break;
        }
        case 'sc':
          out += `<${numbering.number(attr(c, 'id'), ['open'], side)}>`;
          break;
        case 'ec':
          out += `</${numbering.number(attr(c, 'startRef') ?? attr(c, 'id'), ['close'], side)}>`;
          break;
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
