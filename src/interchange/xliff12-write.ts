// Export documents → XLIFF 1.2 (strict schema): one <file> per document, a <group> per block, a
// <trans-unit> per sentence; placeholders as <g>/<x> (<bx>/<ex> when not nested), stale/fuzzy
// English as <alt-trans>, glossary terms as notes, diglot metadata in a <context-group>. With a CAT
// profile (`--for omegat|okapi`) targets are pre-filled with a copy of the German, marked as such.
import type { AlignedUnit } from '../model/unit.js';
import { xliff12Ctype } from './code-types.js';
import { assertExportable, assertExportableText } from './export-guard.js';
import { nativeCode, tokenizeKey, type InlineToken } from './placeholders.js';
import { fingerprintEnglish, xliff12State } from './status-map.js';
import type { CatProfile, ExportDocument, ExportOptions } from './types.js';
import { el, serializeXml, type XmlChild, type XmlOut } from './xml-writer.js';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
/** XLIFF 1.1's namespace: Translate Toolkit's po2xliff still writes it; the structure is 1.2's. */
export const XLIFF11_NS = 'urn:oasis:names:tc:xliff:document:1.1';

/** Writes XLIFF 1.2; throws `interchange-invalid-char` for text XML 1.0 can't carry. */
export function writeXliff12(docs: readonly ExportDocument[], opts: ExportOptions = {}): string {
  const files = docs.map((doc) => writeFile(doc, opts));
  return serializeXml(el('xliff', { version: '1.2', xmlns: XLIFF12_NS }, files));
}

function writeFile(doc: ExportDocument, opts: ExportOptions): XmlOut {
  assertExportableText(doc.path, 'the document path', 'XLIFF 1.2');
  const header = el('header', {}, [el('tool', { 'tool-id': 'diglot', 'tool-name': 'diglot', 'tool-version': opts.toolVersion ?? '0.1.0' })]);
  const groups: XmlOut[] = [];
  let current: { index: number; units: XmlOut[] } | undefined;
  for (const unit of doc.units) {
    if (!current || current.index !== unit.blockIndex) {
      current = { index: unit.blockIndex, units: [] };
      groups.push(el('group', { id: `b${unit.blockIndex}`, restype: `x-${unit.block}`, 'xml:space': 'preserve' }, current.units));
    }
    current.units.push(writeTransUnit(doc, unit, opts.profile));
  }
  // the schema requires one unit in <body>: an empty document gets an empty group-less unit
  if (groups.length === 0) groups.push(el('trans-unit', { id: 'empty' }, [el('source', {}, [''])]));
  return el(
    'file',
    {
      original: doc.path,
      'source-language': doc.sourceLang,
      'target-language': doc.targetLang,
      datatype: 'x-markdown',
      'tool-id': 'diglot',
      date: opts.creationDate ? isoDate(opts.creationDate) : undefined,
    },
    [header, el('body', {}, groups)],
  );
}

/** TMX-style `20240131T120000Z` → `2024-01-31T12:00:00Z` (xsd:dateTime); ISO input passes through. */
function isoDate(d: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(d);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : d;
}

/**
 * Whether a unit's target is a copy of its German: `omegat` copies every unit (OmegaT translates the
 * target and would take English there for the text to translate), `okapi` the units without English.
 */
function prefills(profile: CatProfile | undefined, unit: AlignedUnit): boolean {
  return profile === 'omegat' || (profile === 'okapi' && unit.en === null);
}

function writeTransUnit(doc: ExportDocument, unit: AlignedUnit, profile: CatProfile | undefined): XmlOut {
  const markup = unit.segment.markup;
  assertExportable(doc, unit, unit.segment.key, 'German text', 'XLIFF 1.2');
  const source = inline(tokenizeKey(unit.segment.key, markup));
  const children: XmlOut[] = [el('source', {}, source)];
  const copy = prefills(profile, unit);
  // a copy is not a translation: no approved, and the state XLIFF 1.2 has for exactly this
  const state = copy ? undefined : xliff12State(unit.status);
  if (copy) children.push(el('target', { state: 'needs-translation' }, inline(tokenizeKey(unit.segment.key, markup))));
  else if (unit.en !== null) {
    assertExportable(doc, unit, unit.en, 'English text', 'XLIFF 1.2');
    children.push(el('target', { state }, inline(tokenizeKey(unit.en, markup))));
  }
  children.push(
    el('context-group', { purpose: 'information' }, [
      el('context', { 'context-type': 'x-section' }, [unit.section]),
      el('context', { 'context-type': 'x-status' }, [unit.status]),
      el('context', { 'context-type': 'x-base' }, [fingerprintEnglish(unit.en)]),
      // tells the import that the target's state is diglot's (tools that translate the target keep it)
      ...(copy ? [el('context', { 'context-type': 'x-prefill' }, ['source'])] : []),
    ]),
  );
  for (const hit of dedupeTerms(unit)) {
    assertExportableText(hit.term + hit.en.join(''), `glossary term "${hit.term}"`, 'XLIFF 1.2', doc.path);
    children.push(el('note', { from: 'diglot-glossary', annotates: 'source' }, [`${hit.term} → ${hit.en.join(' | ')}`]));
  }
  if (unit.suggestion && (unit.status === 'stale' || unit.status === 'fuzzy')) {
    const s = unit.suggestion;
    assertExportable(doc, unit, s.de + s.en, 'the suggestion', 'XLIFF 1.2');
    children.push(
      el('alt-trans', { 'match-quality': String(Math.round(s.score)), origin: `diglot-${unit.status}` }, [
        el('source', {}, inline(tokenizeKey(s.de, markup))),
        el('target', {}, inline(tokenizeKey(s.en, markup))),
      ]),
    );
  }
  return el('trans-unit', { id: unit.id, resname: unit.id, approved: state ? 'yes' : undefined, 'xml:space': 'preserve' }, children);
}

function dedupeTerms(unit: AlignedUnit): AlignedUnit['terms'] {
  const seen = new Set<string>();
  return unit.terms.filter((t) => t.en.length > 0 && !seen.has(t.term) && (seen.add(t.term), true));
}

const CLOSE: XmlOut = { name: '\u0000close', attrs: [], children: [] };

/** Tokens → 1.2 inline content; <g> nests, so a flat list with CLOSE markers is folded afterwards. */
function inline(tokens: InlineToken[]): XmlChild[] {
  const flat: XmlChild[] = [''];
  for (const t of tokens) {
    if (t.kind === 'text') flat.push(t.text);
    else if (t.kind === 'standalone') flat.push(el('x', { id: String(t.id), ctype: xliff12Ctype(t.markup.type, false), 'equiv-text': nativeCode(t) || undefined }));
    else if (!t.matched && t.kind === 'open') flat.push(el('bx', { id: String(t.id), ctype: xliff12Ctype(t.markup.type, true) }));
    else if (!t.matched) flat.push(el('ex', { id: String(t.id) }));
    else if (t.kind === 'open') flat.push(el('g', { id: String(t.id), ctype: xliff12Ctype(t.markup.type, true) }));
    else flat.push(CLOSE);
  }
  const root: XmlChild[] = [];
  const stack: XmlChild[][] = [root];
  for (const c of flat) {
    if (c === CLOSE) {
      stack.pop();
      continue;
    }
    stack[stack.length - 1].push(c);
    if (typeof c !== 'string' && c.name === 'g') {
      c.children.push('');
      stack.push(c.children);
    }
  }
  return root;
}
