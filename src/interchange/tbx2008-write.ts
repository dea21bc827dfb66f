// Glossary entries → TBX-Basic in the 2008 dialect (ISO 30042:2008, `<martif type="TBX-Basic">`, no
// namespace, termEntry/langSet/tig): the dialect Translate Toolkit, OmegaT and, through Translate
// Toolkit, Weblate read. Same data as the TBX v3 export, laid out for how these tools read a
// termEntry: one unit of German → first English term, notes shown, and any deprecated term making
// the whole unit obsolete (Translate Toolkit ≥ 3.9, Weblate's "forbidden translation"). So each
// forbidden rendering gets a termEntry of its own (`c<n>-f<k>`: German → the forbidden term, marked
// deprecatedTerm-admn-sts, with a "Do not use" note), and the entry's own termEntry holds only the
// approved renderings. readTbx folds the forbidden termEntries back into their entry.
import type { GlossaryEntry } from '../model/glossary.js';
import { assertExportableText } from './export-guard.js';
import { tbxPartOfSpeech, type TbxOptions } from './tbx-write.js';
import { el, serializeXml, type XmlOut } from './xml-writer.js';

/** Opens the note that lists an entry's forbidden renderings (the reader knows it and drops it). */
export const FORBIDDEN_NOTE = 'Do not use: ';

/** Writes TBX-Basic 2008 for the entries; languages default to `de` → `en`. */
export function writeTbx2008(entries: readonly GlossaryEntry[], opts: TbxOptions = {}): string {
  const de = opts.sourceLang ?? 'de';
  const en = opts.targetLang ?? 'en';
  if (opts.title) assertExportableText(`${opts.title}${opts.description ?? ''}`, 'the glossary name', 'TBX');
  const titleStmt = opts.title ? [el('titleStmt', {}, [el('title', {}, [opts.title]), ...(opts.description ? [el('note', {}, [opts.description])] : [])])] : [];
  const header = el('martifHeader', {}, [
    el('fileDesc', {}, [...titleStmt, el('sourceDesc', {}, [el('p', {}, ['diglot glossary export'])])]),
    // the TBX-Basic 2008 XCS, named as the TBX-Basic specification asks
    el('encodingDesc', {}, [el('p', { type: 'XCSURI' }, ['TBXBasicXCSV02.xcs'])]),
  ]);
  const body = el('body', {}, entries.flatMap((e, i) => [writeTermEntry(e, i + 1, de, en), ...e.forbidden.map((f, k) => writeForbidden(e, f, `c${i + 1}-f${k + 1}`, de, en))]));
  return serializeXml(el('martif', { type: 'TBX-Basic', 'xml:lang': en }, [header, el('text', {}, [body])]));
}

function writeTermEntry(e: GlossaryEntry, n: number, de: string, en: string): XmlOut {
  const all = [e.de, ...e.variants, ...e.en, ...e.forbidden, e.note ?? '', e.domain ?? '', e.pos ?? '', e.status ?? ''].join('');
  assertExportableText(all, `glossary entry "${e.de}"`, 'TBX', e.origin?.file);
  const head: XmlOut[] = [];
  if (e.domain) head.push(el('descrip', { type: 'subjectField' }, [e.domain]));
  if (e.note) head.push(el('note', {}, [e.note]));
  // the tools show notes, not the forbidden termEntries beside this one
  if (e.forbidden.length) head.push(el('note', {}, [`${FORBIDDEN_NOTE}${e.forbidden.join(' | ')}`]));
  const meta = [`diglot:match=${e.match}`];
  if (e.status) meta.push(`diglot:status=${e.status}`);
  if (e.pos && tbxPartOfSpeech(e.pos) !== e.pos) meta.push(`diglot:pos=${e.pos}`);
  head.push(el('note', {}, [meta.join('; ')]));
  const tig = tigMaker(e);
  const deSet = el('langSet', { 'xml:lang': de }, [tig(e.de, 'preferredTerm-admn-sts'), ...e.variants.map((v) => tig(v, 'admittedTerm-admn-sts', true))]);
  const enTigs = e.en.map((t, i) => tig(t, i === 0 ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts'));
  return el('termEntry', { id: `c${n}` }, [...head, deSet, ...(enTigs.length ? [el('langSet', { 'xml:lang': en }, enTigs)] : [])]);
}

/** A forbidden rendering as its own unit: the German, the rendering (deprecated), why in a note. */
function writeForbidden(e: GlossaryEntry, rendering: string, id: string, de: string, en: string): XmlOut {
  const tig = tigMaker(e);
  const use = e.en.length ? ` (use: ${e.en.join(' | ')})` : '';
  return el('termEntry', { id }, [
    el('note', {}, [`${FORBIDDEN_NOTE}${rendering}${use}`]),
    el('langSet', { 'xml:lang': de }, [tig(e.de, 'preferredTerm-admn-sts')]),
    el('langSet', { 'xml:lang': en }, [tig(rendering, 'deprecatedTerm-admn-sts')]),
  ]);
}

function tigMaker(e: GlossaryEntry): (text: string, status: string, variant?: boolean) => XmlOut {
  const pos = e.pos ? tbxPartOfSpeech(e.pos) : undefined;
  return (text, status, variant = false) =>
    el('tig', {}, [
      el('term', {}, [text]),
      ...(pos ? [el('termNote', { type: 'partOfSpeech' }, [pos])] : []),
      ...(variant ? [el('termNote', { type: 'termType' }, ['variant'])] : []),
      el('termNote', { type: 'administrativeStatus' }, [status]),
    ]);
}
