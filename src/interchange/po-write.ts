// Export documents → gettext PO (compiled by gettext-parser, folded like msgcat): msgid the German in
// key form, msgstr the English (or ""), `#:` the German source's path:line, `#.` what the
// placeholders stand for and the glossary terms, msgctxt the segment id for German that occurs more
// than once in the file, and stale/fuzzy units as gettext's own stale entries: `#, fuzzy` with the
// previous German in `#| msgid` and the old English in msgstr.
import gettextParser, { type PoEntry } from 'gettext-parser';
import type { AlignedUnit } from '../model/unit.js';
import { assertExportable } from './export-guard.js';
import { fingerprintEnglish } from './status-map.js';
import type { ExportDocument, ExportOptions } from './types.js';

/** The marker of diglot's own line in `#.`: the fingerprint of the English as exported. */
export const PO_BASE_PREFIX = 'diglot:base=';

/** gettext's `Language` form of a BCP 47 tag: `en-GB` → `en_GB`. */
export function poLanguage(tag: string): string {
  const [lang, ...rest] = tag.split('-');
  return rest.length ? `${lang.toLowerCase()}_${rest.join('_')}` : lang.toLowerCase();
}

/** Writes one PO file for the documents (UTF-8, `\n` line ends). */
export function writePo(docs: readonly ExportDocument[], opts: ExportOptions = {}): string {
  const first = docs[0];
  const headers: Record<string, string> = {
    'Project-Id-Version': docs.length === 1 ? `${first.slug}` : 'diglot edition',
    ...(opts.creationDate ? { 'POT-Creation-Date': poDate(opts.creationDate) } : {}),
    // present (msgfmt --check-header asks for them) but empty: a translator's tool fills them in
    'PO-Revision-Date': opts.creationDate ? poDate(opts.creationDate) : '',
    'Last-Translator': '',
    'Language-Team': '',
    Language: poLanguage(first?.targetLang ?? 'en'),
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'Plural-Forms': 'nplurals=2; plural=(n != 1);',
    'X-Generator': `diglot ${opts.toolVersion ?? '0.1.0'}`,
    'X-Source-Language': poLanguage(first?.sourceLang ?? 'de'),
  };
  // German that occurs more than once in this file gets the segment id as msgctxt (a PO file holds one
  // entry per msgctxt + msgid); unique German gets none, so msgmerge can match an edited sentence fuzzily
  const count = new Map<string, number>();
  for (const doc of docs) for (const u of doc.units) count.set(u.segment.key, (count.get(u.segment.key) ?? 0) + 1);
  const translations: Record<string, Record<string, PoEntry>> = { '': { '': { msgid: '', msgstr: [''] } } };
  const order = new Map<PoEntry, number>();
  for (const doc of docs) {
    for (const unit of doc.units) {
      const entry = toEntry(doc, unit, (count.get(unit.segment.key) ?? 0) > 1);
      const ctx = entry.msgctxt ?? '';
      (translations[ctx] ??= {})[entry.msgid] = entry;
      order.set(entry, order.size);
    }
  }
  // document order (gettext-parser would group the entries by msgctxt)
  const compiled = gettextParser.po.compile({ charset: 'utf-8', headers, translations }, { sort: (a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1) });
  return `${Buffer.from(compiled).toString('utf8')}\n`;
}

function toEntry(doc: ExportDocument, unit: AlignedUnit, repeated: boolean): PoEntry {
  const key = unit.segment.key;
  assertExportable(doc, unit, key, 'German text', 'PO');
  if (unit.en !== null) assertExportable(doc, unit, unit.en, 'English text', 'PO');
  const extracted = [...placeholderNotes(unit), ...termNotes(unit), `${PO_BASE_PREFIX}${fingerprintEnglish(unit.en)}`];
  const old = unit.suggestion && (unit.status === 'stale' || unit.status === 'fuzzy') ? unit.suggestion : undefined;
  const comments = {
    extracted: extracted.join('\n'),
    reference: `${doc.path}:${unit.segment.line}`,
    ...(old ? { flag: 'fuzzy', previous: `msgid ${quotePo(old.de)}` } : {}),
  };
  return {
    ...(repeated ? { msgctxt: unit.id } : {}),
    msgid: key,
    msgstr: [unit.en ?? old?.en ?? ''],
    comments,
  };
}

/** `<1>…</1> = **…**`: what each placeholder of the German stands for (translators keep them). */
function placeholderNotes(unit: AlignedUnit): string[] {
  return unit.segment.markup.map((m) => (m.paired ? `<${m.id}>…</${m.id}> = ${m.open}…${m.close ?? ''}` : `<${m.id}/> = ${m.open}`).replace(/\r?\n/g, ' '));
}

/** `term: Bundesrat → Federal Council | federal government`, once per term. */
function termNotes(unit: AlignedUnit): string[] {
  const seen = new Set<string>();
  return unit.terms.filter((t) => t.en.length > 0 && !seen.has(t.term) && (seen.add(t.term), true)).map((t) => `term: ${t.term} → ${t.en.join(' | ')}`);
}

/** A PO string literal on one line (for `#| msgid`, which gettext-parser writes as given). */
function quotePo(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')}"`;
}

/** `20240131T120000Z` → `2024-01-31 12:00+0000` (gettext's date form). */
function poDate(d: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(d);
  return m ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}+0000` : d;
}
