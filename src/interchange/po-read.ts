// gettext PO text or bytes → imported units (gettext-parser, with its validation: a PO that msgfmt
// would refuse is refused). msgid is the German, msgstr the English, the first `#:` reference names
// the document (path before `:line`), msgctxt is the segment id where diglot wrote one, `#, fuzzy`
// makes a draft, obsolete `#~` entries are not read. Plural entries are refused per entry (diglot's
// units have no plural forms). Each unit keeps the line of its entry.
import gettextParser, { type PoEntry } from 'gettext-parser';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import { checkLanguage, type ProjectLanguages } from './languages.js';
import { PO_BASE_PREFIX } from './po-write.js';
import type { ImportedUnit, ReadResult } from './types.js';

/** Reads a PO file; a file gettext-parser cannot parse throws `po-malformed` (with its line). */
export function readPo(input: string | Uint8Array, file: string, languages?: ProjectLanguages): ReadResult {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let data;
  try {
    data = gettextParser.po.parse(bytes, { validation: true, defaultCharset: 'utf-8' });
  } catch (e) {
    const reason = (e as Error).message.replace(/^Error parsing PO data: /, '');
    const reported = typeof (e as { lineNumber?: unknown }).lineNumber === 'number' ? (e as { lineNumber: number }).lineNumber : 1;
    // an unterminated string is noticed on the line after it: name the line it is on
    const line = /End-of-line within string/.test(reason) ? Math.max(1, reported - 1) : reported;
    throw new DiglotError({ ruleId: 'po-malformed', severity: 'error', message: `not a valid PO file: ${reason}`, hint: 'check it with `msgfmt --check-format -o /dev/null FILE`', file, place: { start: { line, column: 1, offset: 0 } }, source: 'interchange' });
  }
  const diagnostics: Diagnostic[] = [];
  // a file without a header entry has no headers at all
  const headers = data.headers ?? {};
  const headerLang = headers.Language ?? headers.language;
  const sourceLang = headers['X-Source-Language'];
  const at = { line: 1, column: 1, offset: 0 };
  for (const d of [checkLanguage(headerLang, languages?.targetLang, 'target', 'Language', { start: at }, file), checkLanguage(sourceLang, languages?.sourceLang, 'source', 'X-Source-Language', { start: at }, file)]) if (d) diagnostics.push(d);
  const lines = entryLines(decodeForLines(bytes, data.charset));
  const units: ImportedUnit[] = [];
  for (const [ctx, entries] of Object.entries(data.translations ?? {})) {
    for (const entry of Object.values(entries)) {
      if (entry.msgid === '' && ctx === '') continue; // the header
      const place = lines.get(entryKey(ctx, entry.msgid)) ?? at;
      if (entry.msgid_plural !== undefined) {
        diagnostics.push({ ruleId: 'po-plural', severity: 'warning', message: `the entry "${clip(entry.msgid)}" has plural forms; diglot's sentences have none, so it is not read`, file, place: { start: place }, source: 'interchange' });
        continue;
      }
      units.push(toUnit(entry, ctx, place, headerLang ?? '', sourceLang ?? ''));
    }
  }
  units.sort((a, b) => a.offset - b.offset);
  return { format: 'po', units, diagnostics };
}

function toUnit(entry: PoEntry, ctx: string, place: { line: number; column: number; offset: number }, targetLang: string, sourceLang: string): ImportedUnit {
  const flags = (entry.comments?.flag ?? '').split(/[\s,]+/);
  const fuzzy = flags.includes('fuzzy');
  const target = entry.msgstr?.[0] ?? '';
  const reference = (entry.comments?.reference ?? '').split(/\s+/).find(Boolean);
  const base = (entry.comments?.extracted ?? '').split('\n').find((l) => l.startsWith(PO_BASE_PREFIX))?.slice(PO_BASE_PREFIX.length).trim();
  return {
    ...(reference ? { document: reference.replace(/:\d+$/, '') } : {}),
    ...(ctx ? { id: ctx } : {}),
    source: entry.msgid ?? '',
    target: target === '' ? null : target,
    ...(fuzzy ? { state: 'fuzzy' } : {}),
    status: target === '' ? 'untranslated' : fuzzy ? 'draft' : 'translated',
    ...(base ? { base } : {}),
    sourceLang,
    targetLang,
    ...place,
  };
}

function entryKey(ctx: string, msgid: string): string {
  return `${ctx}\u0004${msgid}`;
}

/** The text the line scan reads: the bytes decoded in the file's charset (invalid bytes replaced). */
function decodeForLines(bytes: Buffer, charset: string | undefined): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Where each entry starts (its first comment or keyword line), by msgctxt + msgid: gettext-parser
 * keeps no positions, so the keywords are scanned again. Obsolete `#~` entries are not entries.
 */
export function entryLines(text: string): Map<string, { line: number; column: number; offset: number }> {
  const out = new Map<string, { line: number; column: number; offset: number }>();
  const lines = text.split('\n');
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let start: { line: number; column: number; offset: number } | undefined;
  let field: 'msgctxt' | 'msgid' | 'other' | undefined;
  let ctx = '';
  let id = '';
  let inEntry = false;
  const finish = (): void => {
    if (inEntry && start && !out.has(entryKey(ctx, id))) out.set(entryKey(ctx, id), start);
    start = undefined;
    field = undefined;
    ctx = '';
    id = '';
    inEntry = false;
  };
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '').trim();
    const here = { line: i + 1, column: 1, offset };
    offset += raw.length + 1;
    if (line === '' || line.startsWith('#~')) {
      if (inEntry) finish();
      return;
    }
    if (line.startsWith('#')) {
      if (inEntry && field !== undefined && field !== 'msgctxt') finish();
      start ??= here;
      return;
    }
    const keyword = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$/.exec(line);
    if (keyword) {
      const name = keyword[1];
      if ((name === 'msgctxt' || name === 'msgid') && inEntry && field === 'other') finish();
      start ??= here;
      inEntry = true;
      field = name === 'msgctxt' ? 'msgctxt' : name === 'msgid' ? 'msgid' : 'other';
      if (field === 'msgctxt') ctx = unquotePo(keyword[2]);
      else if (field === 'msgid') id = unquotePo(keyword[2]);
      return;
    }
    if (line.startsWith('"')) {
      if (field === 'msgctxt') ctx += unquotePo(line);
      else if (field === 'msgid') id += unquotePo(line);
    }
  });
  finish();
  return out;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"', "'": "'", '?': '?' };

/** A PO string literal's value (C escapes, octal and hex included). */
function unquotePo(literal: string): string {
  const body = literal.trim().replace(/^"|"$/g, '');
  return body.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_m, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ESCAPES[e] ?? e;
  });
}

function clip(s: string): string {
  return s.length > 50 ? `${s.slice(0, 47)}…` : s;
}
