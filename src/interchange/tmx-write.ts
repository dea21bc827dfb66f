// Export documents → TMX 1.4b: one <tu> per aligned unit, placeholders as <bpt>/<ept>/<ph>/<it>
// carrying the Markdown syntax as native code, document/section/status as <prop>s.
import type { AlignedUnit } from '../model/unit.js';
import { assertExportable } from './export-guard.js';
import { tokenizeKey, nativeCode, type InlineToken } from './placeholders.js';
import { fingerprintEnglish } from './status-map.js';
import type { ExportDocument, ExportOptions } from './types.js';
import { el, serializeXml, type XmlChild, type XmlOut } from './xml-writer.js';

const TMX_TYPES: Record<string, string> = {
  strong: 'bold',
  emphasis: 'italic',
  link: 'link',
  linkReference: 'link',
  image: 'image',
  imageReference: 'image',
  break: 'lb',
  footnoteReference: 'fnote',
};

/** Writes TMX 1.4b for the documents; throws `interchange-invalid-char` for text XML can't carry. */
export function writeTmx(docs: readonly ExportDocument[], opts: ExportOptions = {}): string {
  const srclang = docs[0]?.sourceLang ?? 'de';
  const header = el('header', {
    creationtool: 'diglot',
    creationtoolversion: opts.toolVersion ?? '0.1.0',
    segtype: 'sentence',
    'o-tmf': 'diglot',
    adminlang: 'en',
    srclang,
    datatype: 'x-markdown',
    creationdate: opts.creationDate,
  });
  const tus: XmlOut[] = [];
  for (const doc of docs) for (const unit of doc.units) tus.push(writeTu(doc, unit));
  return serializeXml(el('tmx', { version: '1.4' }, [header, el('body', {}, tus)]));
}

function writeTu(doc: ExportDocument, unit: AlignedUnit): XmlOut {
  const markup = unit.segment.markup;
  assertExportable(doc, unit, unit.segment.key, 'German text', 'TMX');
  const children: XmlOut[] = [
    el('prop', { type: 'x-document' }, [doc.path]),
    el('prop', { type: 'x-section' }, [unit.section]),
    el('prop', { type: 'x-status' }, [unit.status]),
    el('prop', { type: 'x-base' }, [fingerprintEnglish(unit.en)]),
    el('tuv', { 'xml:lang': doc.sourceLang }, [el('seg', {}, segContent(tokenizeKey(unit.segment.key, markup)))]),
  ];
  if (unit.en !== null) {
    assertExportable(doc, unit, unit.en, 'English text', 'TMX');
    children.push(el('tuv', { 'xml:lang': doc.targetLang }, [el('seg', {}, segContent(tokenizeKey(unit.en, markup)))]));
  }
  return el('tu', { tuid: unit.id, srclang: doc.sourceLang }, children);
}

/** Tokens → <seg> content. The empty string child keeps `<seg></seg>` on one line. */
function segContent(tokens: InlineToken[]): XmlChild[] {
  const out: XmlChild[] = [''];
  for (const t of tokens) {
    if (t.kind === 'text') {
      out.push(t.text);
      continue;
    }
    const type = TMX_TYPES[t.markup.type] ?? `x-${t.markup.type}`;
    const code = nativeCode(t);
    if (t.kind === 'standalone') out.push(el('ph', { x: t.id, type }, code ? [code] : []));
    else if (!t.matched) out.push(el('it', { pos: t.kind === 'open' ? 'begin' : 'end', x: t.id, type }, code ? [code] : []));
    else if (t.kind === 'open') out.push(el('bpt', { i: t.id, x: t.id, type }, code ? [code] : []));
    else out.push(el('ept', { i: t.id }, code ? [code] : []));
  }
  return out;
}
