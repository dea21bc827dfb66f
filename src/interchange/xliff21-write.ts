// Export documents → XLIFF 2.1: one <file> per document, one <unit> per block, one <segment> per
// sentence; placeholders as <pc>/<ph> (<sc>/<ec> when not nested) whose Markdown syntax sits in
// <originalData>; stale/fuzzy English as <mtc:match>, glossary hits as <gls:glossary>, diglot
// status and export fingerprint in <mda:metadata>. Characters XML can't carry become <cp>.
import type { AlignedUnit } from '../model/unit.js';
import { xliff2CodeType } from './code-types.js';
import { tokenizeKey, nativeCode, type InlineToken } from './placeholders.js';
import { fingerprintEnglish, xliff2State } from './status-map.js';
import type { ExportDocument, ExportOptions } from './types.js';
import { isNmtoken, isXmlChar, MAYBE_NOT_XML } from './xml-chars.js';
import { el, serializeXml, type XmlChild, type XmlOut } from './xml-writer.js';
import { assertExportableText } from './export-guard.js';

export const XLIFF20_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF22_NS = 'urn:oasis:names:tc:xliff:document:2.2';
export const MTC_NS = 'urn:oasis:names:tc:xliff:matches:2.0';
export const GLS_NS = 'urn:oasis:names:tc:xliff:glossary:2.0';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';

/** Writes XLIFF 2.1 (namespace `…:document:2.0`, `version="2.1"`). */
export function writeXliff21(docs: readonly ExportDocument[], _opts: ExportOptions = {}): string {
  const first = docs[0];
  const files = docs.map((doc, i) => writeFile(doc, i + 1));
  const root = el(
    'xliff',
    {
      xmlns: XLIFF20_NS,
      'xmlns:mtc': MTC_NS,
      'xmlns:gls': GLS_NS,
      'xmlns:mda': MDA_NS,
      version: '2.1',
      srcLang: first?.sourceLang ?? 'de',
      trgLang: first?.targetLang ?? 'en',
    },
    files,
  );
  return serializeXml(root);
}

function writeFile(doc: ExportDocument, index: number): XmlOut {
  assertExportableText(doc.path, 'the document path', 'XLIFF');
  const blocks = groupByBlock(doc.units);
  const units = blocks.map((b) => writeUnit(b.blockIndex, b.units));
  // XLIFF requires at least one unit per file: an empty document still gets a placeholder-free one
  if (units.length === 0) units.push(el('unit', { id: 'empty' }, [el('segment', { id: 'empty' }, [el('source', {}, [''])])]));
  return el('file', { id: `f${index}`, original: doc.path, 'xml:space': 'preserve' }, units);
}

function groupByBlock(units: readonly AlignedUnit[]): Array<{ blockIndex: number; units: AlignedUnit[] }> {
  const out: Array<{ blockIndex: number; units: AlignedUnit[] }> = [];
  const byIndex = new Map<number, AlignedUnit[]>();
  for (const u of units) {
    let list = byIndex.get(u.blockIndex);
    if (!list) {
      list = [];
      byIndex.set(u.blockIndex, list);
      out.push({ blockIndex: u.blockIndex, units: list });
    }
    list.push(u);
  }
  return out;
}

interface UnitParts {
  data: XmlOut[];
  segmentIds: string[];
}

function writeUnit(blockIndex: number, units: AlignedUnit[]): XmlOut {
  const parts: UnitParts = { data: [], segmentIds: [] };
  const segments: XmlOut[] = [];
  const matches: XmlOut[] = [];
  units.forEach((u, i) => {
    const segId = isNmtoken(u.id) && !parts.segmentIds.includes(u.id) ? u.id : `seg${i + 1}`;
    parts.segmentIds.push(segId);
    const prefix = `${i + 1}`;
    const { state, subState } = xliff2State(u.status);
    const children: XmlOut[] = [el('source', {}, inline(tokenizeKey(u.segment.key, u.segment.markup), prefix, parts))];
    if (u.en !== null) children.push(el('target', {}, inline(tokenizeKey(u.en, u.segment.markup), prefix, parts)));
    segments.push(el('segment', { id: segId, state, subState }, children));
    if (u.suggestion && (u.status === 'stale' || u.status === 'fuzzy')) {
      const s = u.suggestion;
      matches.push(
        el(
          'mtc:match',
          { ref: `#${segId}`, similarity: Math.max(0, Math.min(100, s.score)), type: 'tm', origin: `diglot:${u.status}` },
          [
            el('source', {}, matchInline(tokenizeKey(s.de, u.segment.markup), `m${prefix}`)),
            el('target', {}, matchInline(tokenizeKey(s.en, u.segment.markup), `m${prefix}`)),
          ],
        ),
      );
    }
  });
  const head: XmlOut[] = [];
  if (matches.length) head.push(el('mtc:matches', {}, matches));
  const glossary = glossaryEntries(units);
  if (glossary.length) head.push(el('gls:glossary', {}, glossary));
  head.push(metadata(units, parts.segmentIds));
  if (parts.data.length) head.push(el('originalData', {}, parts.data));
  const first = units[0];
  return el('unit', { id: `b${blockIndex}`, name: first.block, type: `diglot:${first.block}` }, [...head, ...segments]);
}

/**
 * Tokens → inline content. Code ids are `<segment#>-<n>` so they are unique in the unit and the
 * placeholder number survives; the target reuses the source's ids and data.
 */
function inline(tokens: InlineToken[], prefix: string, parts: UnitParts): XmlChild[] {
  const out: XmlChild[] = [''];
  for (const t of tokens) {
    if (t.kind === 'text') {
      out.push(...textWithCp(t.text));
      continue;
    }
    const id = `${prefix}-${t.id}`;
    const { type, subType } = xliff2CodeType(t.markup.type);
    const dataId = (suffix: string): string => {
      const did = `d${prefix}-${t.id}${suffix}`;
      if (!parts.data.some((d) => d.attrs[0][1] === did)) {
        parts.data.push(el('data', { id: did, 'xml:space': 'preserve' }, textWithCp(suffix === 'e' ? t.markup.close ?? '' : t.markup.open, true)));
      }
      return did;
    };
    if (t.kind === 'standalone') out.push(el('ph', { id, dataRef: dataId(''), type, subType }));
    else if (!t.matched && t.kind === 'open') out.push(el('sc', { id, isolated: 'yes', dataRef: dataId(''), type, subType }));
    else if (!t.matched) out.push(el('ec', { id: `${prefix}-e${t.id}`, isolated: 'yes', dataRef: dataId('e'), type, subType }));
    else if (t.kind === 'open') out.push(openPc(id, dataId(''), dataId('e'), type, subType));
    else out.push(CLOSE);
  }
  return nestPcs(out);
}

const CLOSE: XmlOut = { name: '\u0000close', attrs: [], children: [] };

function openPc(id: string, start: string, end: string, type: string, subType: string | undefined): XmlOut {
  return el('pc', { id, dataRefStart: start, dataRefEnd: end, type, subType });
}

/** Turns the flat list (pc opens … CLOSE markers) into nested <pc> elements. */
function nestPcs(flat: XmlChild[]): XmlChild[] {
  const root: XmlChild[] = [];
  const stack: XmlChild[][] = [root];
  for (const c of flat) {
    const top = stack[stack.length - 1];
    if (c === CLOSE) {
      stack.pop();
      continue;
    }
    top.push(c);
    if (typeof c !== 'string' && c.name === 'pc') {
      c.children.push('');
      stack.push(c.children);
    }
  }
  return root;
}

/** Inline content of a match: codes without original data (the match has its own id space). */
function matchInline(tokens: InlineToken[], prefix: string): XmlChild[] {
  const out: XmlChild[] = [''];
  for (const t of tokens) {
    if (t.kind === 'text') out.push(...textWithCp(t.text));
    else if (t.kind === 'standalone') out.push(el('ph', { id: `${prefix}-${t.id}`, disp: nativeCode(t) || undefined }));
    else if (!t.matched && t.kind === 'open') out.push(el('sc', { id: `${prefix}-${t.id}`, isolated: 'yes' }));
    else if (!t.matched) out.push(el('ec', { id: `${prefix}-e${t.id}`, isolated: 'yes' }));
    else if (t.kind === 'open') out.push(el('pc', { id: `${prefix}-${t.id}`, dispStart: nativeCode(t) || undefined, dispEnd: t.markup.close || undefined }));
    else out.push(CLOSE);
  }
  return nestPcs(out);
}

/** Splits text so every character XML 1.0 can't carry becomes `<cp hex="…"/>`. */
export function textWithCp(text: string, allowEmpty = false): XmlChild[] {
  // nearly all text has no such character: one run, without the walk that copies it character by character
  if (!MAYBE_NOT_XML.test(text)) return text || allowEmpty ? [text] : [];
  const out: XmlChild[] = [];
  let run = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        run += text[i] + text[i + 1];
        i++;
        continue;
      }
    }
    if (isXmlChar(c) && !(c >= 0xdc00 && c <= 0xdfff) && !(c >= 0xd800 && c <= 0xdbff)) {
      run += text[i];
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(el('cp', { hex: c.toString(16).toUpperCase().padStart(4, '0') }));
  }
  if (run || (allowEmpty && out.length === 0)) out.push(run);
  return out;
}

function glossaryEntries(units: AlignedUnit[]): XmlOut[] {
  const seen = new Set<string>();
  const out: XmlOut[] = [];
  for (const u of units) {
    for (const hit of u.terms) {
      if (seen.has(hit.term) || hit.en.length === 0) continue;
      seen.add(hit.term);
      assertExportableText(hit.term + hit.en.join(''), `glossary term "${hit.term}"`, 'XLIFF');
      out.push(
        el('gls:glossEntry', {}, [
          el('gls:term', { source: 'diglot glossary' }, [hit.term]),
          ...hit.en.map((en) => el('gls:translation', {}, [en])),
        ]),
      );
    }
  }
  return out;
}

/** Section, block kind, and per segment: the diglot status and the export fingerprint. */
function metadata(units: AlignedUnit[], segmentIds: string[]): XmlOut {
  const first = units[0];
  const groups: XmlOut[] = [
    el('mda:metaGroup', { category: 'diglot:block' }, [
      el('mda:meta', { type: 'section' }, [first.section]),
      el('mda:meta', { type: 'block' }, [first.block]),
    ]),
  ];
  units.forEach((u, i) => {
    groups.push(
      el('mda:metaGroup', { category: 'diglot:segment' }, [
        el('mda:meta', { type: 'segment' }, [segmentIds[i]]),
        el('mda:meta', { type: 'unit-id' }, [u.id]),
        el('mda:meta', { type: 'status' }, [u.status]),
        el('mda:meta', { type: 'base' }, [fingerprintEnglish(u.en)]),
      ]),
    );
  });
  return el('mda:metadata', {}, groups);
}
