// Glossary entries → TBX-Basic (TBX v3, DCA style): one <conceptEntry> per entry, the German
// canonical form and variants in the source <langSec>, approved renderings (preferred first) and
// forbidden ones (deprecated) in the target <langSec>. diglot-only fields go in a `diglot:` note.
import type { GlossaryEntry } from '../model/glossary.js';
import { assertExportableText } from './export-guard.js';
import { el, serializeXml, type XmlOut } from './xml-writer.js';

export const TBX_NS = 'urn:iso:std:iso:30042:ed-2';

/** `2008`: TBX-Basic 2008 (`martif`), what most tools read; `v3`: TBX v3 (ISO 30042:2019, DCA). */
export type TbxVersion = '2008' | 'v3';
export const TBX_VERSIONS: readonly TbxVersion[] = ['2008', 'v3'];
/** Translate Toolkit, OmegaT (3.6 and later) and Weblate read 2008; few tools read v3 yet. */
export const DEFAULT_TBX_VERSION: TbxVersion = '2008';

export interface TbxOptions {
  sourceLang?: string;
  targetLang?: string;
  /** The glossary's name and description: the header's <titleStmt> title and note. */
  title?: string;
  description?: string;
}

const POS: Record<string, string> = {
  noun: 'noun',
  n: 'noun',
  substantiv: 'noun',
  verb: 'verb',
  v: 'verb',
  adjective: 'adjective',
  adj: 'adjective',
  adjektiv: 'adjective',
  adverb: 'adverb',
  adv: 'adverb',
};

/** Maps a free part-of-speech label onto the TBX-Basic picklist (noun, verb, adjective, adverb, other). */
export function tbxPartOfSpeech(pos: string): string {
  return POS[pos.trim().toLowerCase()] ?? 'other';
}

/** Writes TBX-Basic for the entries; languages default to `de` → `en`. */
export function writeTbx(entries: readonly GlossaryEntry[], opts: TbxOptions = {}): string {
  const de = opts.sourceLang ?? 'de';
  const en = opts.targetLang ?? 'en';
  const concepts = entries.map((e, i) => writeConcept(e, i + 1, de, en));
  if (opts.title) assertExportableText(`${opts.title}${opts.description ?? ''}`, 'the glossary name', 'TBX');
  const titleStmt = opts.title ? [el('titleStmt', {}, [el('title', {}, [opts.title]), ...(opts.description ? [el('note', {}, [opts.description])] : [])])] : [];
  const header = el('tbxHeader', {}, [el('fileDesc', {}, [...titleStmt, el('sourceDesc', {}, [el('p', {}, ['diglot glossary export'])])])]);
  const root = el('tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': en, xmlns: TBX_NS }, [header, el('text', {}, [el('body', {}, concepts)])]);
  return serializeXml(root);
}

function writeConcept(e: GlossaryEntry, n: number, de: string, en: string): XmlOut {
  const all = [e.de, ...e.variants, ...e.en, ...e.forbidden, e.note ?? '', e.domain ?? '', e.pos ?? '', e.status ?? ''].join('');
  assertExportableText(all, `glossary entry "${e.de}"`, 'TBX', e.origin?.file);
  const head: XmlOut[] = [];
  if (e.domain) head.push(el('descrip', { type: 'subjectField' }, [e.domain]));
  if (e.note) head.push(el('note', {}, [e.note]));
  const meta = [`diglot:match=${e.match}`];
  if (e.status) meta.push(`diglot:status=${e.status}`);
  if (e.pos && tbxPartOfSpeech(e.pos) !== e.pos) meta.push(`diglot:pos=${e.pos}`);
  head.push(el('note', {}, [meta.join('; ')]));
  const pos = e.pos ? tbxPartOfSpeech(e.pos) : undefined;
  const term = (text: string, status: string, variant = false): XmlOut =>
    el('termSec', {}, [
      el('term', {}, [text]),
      ...(pos ? [el('termNote', { type: 'partOfSpeech' }, [pos])] : []),
      ...(variant ? [el('termNote', { type: 'termType' }, ['variant'])] : []),
      el('termNote', { type: 'administrativeStatus' }, [status]),
    ]);
  const deSec = el('langSec', { 'xml:lang': de }, [term(e.de, 'preferredTerm-admn-sts'), ...e.variants.map((v) => term(v, 'admittedTerm-admn-sts', true))]);
  const enTerms = [
    ...e.en.map((t, i) => term(t, i === 0 ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts')),
    ...e.forbidden.map((t) => term(t, 'deprecatedTerm-admn-sts')),
  ];
  const sections = [deSec];
  if (enTerms.length) sections.push(el('langSec', { 'xml:lang': en }, enTerms));
  return el('conceptEntry', { id: `c${n}` }, [...head, ...sections]);
}
