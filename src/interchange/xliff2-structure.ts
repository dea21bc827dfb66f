// Checks an XLIFF 2.x tree against the core grammar (xliff2-schema.ts): element placement and
// order, attributes and their value types, foreign attributes and module elements. Returns diagnostics.
import type { RuleId } from '../model/rules.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { CORE_RULES, HTML_ELEMENTS, MODULES, XLF_SUBTYPES, type AttrType, type Slot } from './xliff2-schema.js';
import { isNmtoken, isXmlChar } from './xml-chars.js';
import { XML_NS, attr, placeOf, type XmlElement } from './xml-tree.js';

const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
const FS_NS = 'urn:oasis:names:tc:xliff:fs:2.0';

/** BCP 47 language tag, well-formed (RFC 5646 syntax, without the registry check). */
const LANG_TAG =
  /^(?:(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}|[a-zA-Z]{4,8})(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?(?:-(?:[a-zA-Z\d]{5,8}|\d[a-zA-Z\d]{3}))*(?:-[0-9a-wyzA-WYZ](?:-[a-zA-Z\d]{2,8})+)*(?:-x(?:-[a-zA-Z\d]{1,8})+)?|x(?:-[a-zA-Z\d]{1,8})+|i-[a-zA-Z]{2,8})$/;

export function isLanguageTag(value: string): boolean {
  return LANG_TAG.test(value);
}

export interface Reporter {
  (el: XmlElement, message: string, ruleId?: RuleId): void;
}

/** Walks the tree from <xliff> and reports grammar violations. */
export function checkStructure(root: XmlElement, ns: string, report: Reporter): void {
  const visit = (el: XmlElement): void => {
    const rule = CORE_RULES[el.local];
    if (el.uri !== ns || !rule) {
      report(el, `<${el.name}> is not an XLIFF core element here`, 'xliff-structure');
      return;
    }
    checkAttributes(el, rule.attrs, rule.required, rule.xmlAttrs, rule.foreignAttrs, ns, report);
    const content = rule.content;
    if (content === 'empty') {
      if (el.children.some((c) => c.type === 'element' || /[^\t\n\r ]/.test(c.text))) report(el, `<${el.local}> must be empty`, 'xliff-structure');
    } else if (content === 'text') {
      for (const c of el.children) if (c.type === 'element') report(c, `<${c.name}> is not allowed in <${el.local}>`, 'xliff-structure');
    } else if (content === 'data') {
      for (const c of el.children) {
        if (c.type !== 'element') continue;
        if (c.uri === ns && c.local === 'cp') visit(c);
        else report(c, `<${c.name}> is not allowed in <data>`, 'xliff-structure');
      }
    } else if (content === 'skeleton') {
      for (const c of el.children) if (c.type === 'element' && c.uri === ns) report(c, `<${c.name}> is not allowed in <skeleton>`, 'xliff-structure');
    } else if (content === 'inline') {
      for (const c of el.children) {
        if (c.type !== 'element') continue;
        if (c.uri === ns && ['cp', 'ph', 'pc', 'sc', 'ec', 'mrk', 'sm', 'em'].includes(c.local)) visit(c);
        else report(c, `<${c.name}> is not allowed in <${el.local}>`, 'xliff-structure');
      }
    } else {
      checkSequence(el, content, ns, report, visit);
    }
  };
  visit(root);
}

function checkSequence(el: XmlElement, slots: readonly Slot[], ns: string, report: Reporter, visit: (e: XmlElement) => void): void {
  for (const c of el.children) {
    if (c.type === 'text' && /[^\t\n\r ]/.test(c.text)) {
      report(el, `<${el.local}> may not contain text`, 'xliff-structure');
      break;
    }
  }
  const counts = slots.map(() => 0);
  let slot = 0;
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    let placed = false;
    for (let s = slot; s < slots.length; s++) {
      if (!fits(c, slots[s].names, ns) || counts[s] >= slots[s].max) continue;
      slot = s;
      counts[s]++;
      placed = true;
      break;
    }
    if (!placed) {
      report(c, `<${c.name}> is not allowed here in <${el.local}>`, 'xliff-structure');
      continue;
    }
    if (c.uri === ns) visit(c);
    else checkForeignElement(c, report);
  }
  slots.forEach((s, i) => {
    if (counts[i] < s.min) report(el, `<${el.local}> needs ${s.names.map((n) => `<${n.replace(/^#/, '')}>`).join(' or ')}`, 'xliff-structure');
  });
}

function fits(c: XmlElement, names: readonly string[], ns: string): boolean {
  for (const n of names) {
    if (n === '#other' && c.uri !== ns && c.uri !== '') return true;
    if (n === '#mda:metadata' && c.uri === MDA_NS && c.local === 'metadata') return true;
    if (c.uri === ns && c.local === n) return true;
  }
  return false;
}

/** Module elements must be ones the module defines; other namespaces are free extensions. */
function checkForeignElement(el: XmlElement, report: Reporter): void {
  const mod = MODULES[el.uri];
  if (!mod) return;
  if (!mod.elements.includes(el.local)) report(el, `<${el.name}> is not an element of the ${mod.prefix} module`, 'xliff-module');
  for (const c of el.children) if (c.type === 'element' && c.uri === el.uri) checkForeignElement(c, report);
}

function checkAttributes(
  el: XmlElement,
  allowed: Record<string, AttrType>,
  required: readonly string[],
  xmlAttrs: readonly string[],
  foreign: 'any' | 'modules' | 'none',
  ns: string,
  report: Reporter,
): void {
  for (const a of el.attributes) {
    if (a.uri === '') {
      const type = allowed[a.local];
      if (!type) report(el, `attribute ${a.name} is not allowed on <${el.local}>`, 'xliff-attribute');
      else if (!valueFits(type, a.value)) report(el, `${a.name}="${a.value}" is not a valid ${describe(type)}`, 'xliff-attribute');
    } else if (a.uri === XML_NS) {
      if (!xmlAttrs.includes(a.local)) {
        if (foreign === 'none') report(el, `attribute ${a.name} is not allowed on <${el.local}>`, 'xliff-attribute');
      } else if (a.local === 'lang' && !isLanguageTag(a.value)) report(el, `xml:lang="${a.value}" is not a well-formed language tag`, 'xliff-lang');
      else if (a.local === 'space' && a.value !== 'default' && a.value !== 'preserve') report(el, `xml:space must be default or preserve`, 'xliff-attribute');
    } else if (a.uri === ns) {
      report(el, `attribute ${a.name} is not allowed on <${el.local}>`, 'xliff-attribute');
    } else {
      const mod = MODULES[a.uri];
      if (foreign === 'none' || (foreign === 'modules' && !mod)) report(el, `extension attribute ${a.name} is not allowed on <${el.local}>`, 'xliff-attribute');
      else if (mod?.attributes && !mod.attributes.includes(a.local)) report(el, `${a.name} is not an attribute of the ${mod.prefix} module`, 'xliff-module');
      else if (a.uri === FS_NS) checkFormatStyle(el, a.local, a.value, report);
    }
  }
  for (const r of required) if (attr(el, r) === undefined) report(el, `<${el.local}> needs the ${r} attribute`, 'xliff-attribute');
  const subType = attr(el, 'subType');
  if (subType !== undefined && el.local !== 'segment') {
    const type = attr(el, 'type');
    if (type === undefined) report(el, 'subType needs a type', 'xliff-attribute');
    else if (subType.startsWith('xlf:') && ['ph', 'pc', 'sc', 'ec'].includes(el.local)) {
      const need = XLF_SUBTYPES[subType];
      if (!need) report(el, `${subType} is not a defined xlf: subType`, 'xliff-attribute');
      else if (need !== type) report(el, `subType ${subType} requires type="${need}"`, 'xliff-attribute');
    }
  }
  if (el.local === 'segment' && attr(el, 'subState') !== undefined && attr(el, 'state') === undefined) {
    report(el, 'subState needs a state', 'xliff-attribute');
  }
  if (el.local === 'cp') {
    const hex = attr(el, 'hex');
    if (hex && /^(?:[0-9a-fA-F]{2})+$/.test(hex) && isXmlChar(parseInt(hex, 16)) && !(parseInt(hex, 16) >= 0xd800 && parseInt(hex, 16) <= 0xdfff)) {
      report(el, `<cp hex="${hex}"> encodes a character XML allows: write it directly`, 'xliff-attribute');
    }
  }
}

function checkFormatStyle(el: XmlElement, local: string, value: string, report: Reporter): void {
  if (el.local === 'ec' && attr(el, 'isolated') !== 'yes') report(el, `fs:${local} is not allowed on a paired <ec> (it goes on the <sc>)`, 'xliff-module');
  else if (local === 'fs' && !HTML_ELEMENTS.has(value)) report(el, `fs:fs="${value}" is not an HTML element name`, 'xliff-module');
  else if (local === 'subFs' && attr(el, 'fs', FS_NS) === undefined) report(el, 'fs:subFs needs fs:fs', 'xliff-module');
}

function valueFits(type: AttrType, v: string): boolean {
  switch (type) {
    case 'string':
    case 'anyURI':
      return true;
    case 'nmtoken':
      return isNmtoken(v);
    case 'nmtokens':
      return v.trim() !== '' && v.trim().split(/[\t\n\r ]+/).every(isNmtoken);
    case 'yesNo':
      return v === 'yes' || v === 'no';
    case 'yesNoFirstNo':
      return v === 'yes' || v === 'no' || v === 'firstNo';
    case 'dir':
      return v === 'ltr' || v === 'rtl' || v === 'auto';
    case 'state':
      return ['initial', 'translated', 'reviewed', 'final'].includes(v);
    case 'appliesTo':
      return v === 'source' || v === 'target';
    case 'priority':
      return /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 10;
    case 'positiveInteger':
      return /^\+?\d+$/.test(v) && Number(v) >= 1;
    case 'language':
      return isLanguageTag(v);
    case 'version':
      return v === '2.0' || v === '2.1' || v === '2.2';
    case 'userDefined':
      return /^[^\s:]+:[^\s:]+$/.test(v);
    case 'codeType':
      return ['fmt', 'ui', 'quote', 'link', 'image', 'other'].includes(v);
    case 'mrkType':
      return ['generic', 'comment', 'term'].includes(v) || /^[^\s:]+:[^\s:]+$/.test(v);
    case 'hex':
      return /^(?:[0-9a-fA-F]{2})+$/.test(v);
  }
}

function describe(type: AttrType): string {
  return type === 'userDefined' ? 'prefix:value' : type;
}

/** Place helper re-exported for the constraint checks. */
export { placeOf };
