// Glossary CSV: reads diglot's own CSV (header de,en,forbidden,variants,match,note,pos,status,domain;
// lists joined with " | ") and foreign term lists (GNOME, Zulip, and the tool layouts of
// csv-dialects.ts: column aliases, `,`/`;`/tab, one rendering per row or several English columns,
// headerless OmegaT tab-separated lists), and writes diglot's CSV so that a write → read round trip
// is lossless for every CSV field.
import type { RuleId } from '../model/rules.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { GlossaryEntry, MatchPolicy } from '../model/glossary.js';

export interface CsvCell {
  value: string;
  line: number;
  column: number;
}

/** The separator a file uses, from its first line: a tab, else `;` when it has more of them than `,`. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const first = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  if (first.includes('\t')) return '\t';
  const count = (c: string) => first.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF, BOM) with the line/column of every cell; `,` unless told; tab-separated without quoting. */
export function parseCsv(text: string, delimiter: ',' | ';' | '\t' = ','): CsvCell[][] {
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = 0;
  const n = text.length;
  if (i >= n) return rows;
  for (;;) {
    const cell: CsvCell = { value: '', line, column: i - lineStart + 1 };
    let value = '';
    // tab-separated values have no quoting (IANA text/tab-separated-values, OmegaT): a quote is text
    if (text[i] === '"' && delimiter !== '\t') {
      i++;
      for (;;) {
        if (i >= n) break;
        const ch = text[i];
        if (ch === '"') {
          if (text[i + 1] === '"') { value += '"'; i += 2; continue; }
          i++;
          break;
        }
        if (ch === '\n') { line++; lineStart = i + 1; }
        value += ch;
        i++;
      }
      // Anything between the closing quote and the separator is kept (lenient, as spreadsheet tools do).
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
    } else {
      const s = i;
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
      value = text.slice(s, i);
    }
    cell.value = value;
    row.push(cell);
    if (i < n && text[i] === delimiter) { i++; continue; }
    rows.push(row);
    row = [];
    if (i < n && text[i] === '\r') i++;
    if (i < n && text[i] === '\n') i++;
    line++;
    lineStart = i;
    if (i >= n) break;
  }
  return rows.filter((r) => !(r.length === 1 && r[0].value === ''));
}

const COLUMN_ALIASES: Record<string, keyof CsvRowFields> = {
  de: 'de', german: 'de', deutsch: 'de', term_de: 'de', 'de-de': 'de', 'de-ch': 'de',
  en: 'en', english: 'en', englisch: 'en', term_en: 'en', 'en-us': 'en', 'en-gb': 'en',
  forbidden: 'forbidden', variants: 'variants', match: 'match', pos: 'pos', status: 'status',
  note: 'note', notes: 'note', comment: 'note', definition: 'note', en_definition: 'note', description: 'note',
  domain: 'domain', section: 'domain', subject: 'domain', category: 'domain',
  // the tool layouts of csv-dialects.ts (Translate Toolkit/Weblate, Crowdin, memoQ)
  source: 'de', target: 'en', developer_comments: 'note', translator_comments: 'note',
  'term [de]': 'de', 'term [en]': 'en', 'description [de]': 'note', 'description [en]': 'note', 'part of speech [de]': 'pos',
  entry_domain: 'domain', entry_note: 'note', german_def: 'note', english_def: 'note',
};
interface CsvRowFields { de: string; en: string; forbidden: string; variants: string; match: string; note: string; pos: string; status: string; domain: string }

const LIST_SEP = ' | ';
/** Splits a list cell on unescaped `|` (`\|` keeps a literal bar). */
export function splitList(cell: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < cell.length; i++) {
    if (cell[i] === '\\' && (cell[i + 1] === '|' || cell[i + 1] === '\\')) { cur += cell[++i]; continue; }
    if (cell[i] === '|') { out.push(cur); cur = ''; continue; }
    cur += cell[i];
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}
const joinList = (xs: readonly string[]): string => xs.map((x) => x.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join(LIST_SEP);

export interface ReadCsvOptions {
  /** Split cells holding several German senses ("1. Kurzbefehl 2. Beschleuniger", "A, B") into entries. */
  splitSenses?: boolean;
  /** The separator; default: detected from the first line (tab, `;` or `,`). */
  delimiter?: ',' | ';' | '\t';
}

/** Opens the note that names forbidden renderings in layouts without a column for them (as in TBX 2008). */
export const CSV_FORBIDDEN_NOTE = 'Do not use: ';

/** Splits a messy German cell into terms, with parenthesised remarks as notes. */
export function splitSenses(cell: string): Array<{ de: string; note?: string }> {
  const numbered = cell.split(/(?:^|\s)\d+\.\s+/).map((s) => s.trim()).filter(Boolean);
  const pieces: string[] = [];
  for (const sense of numbered) {
    let depth = 0;
    let cur = '';
    for (const ch of sense) {
      if (ch === '(') depth++;
      if (ch === ')') depth = Math.max(0, depth - 1);
      if (depth === 0 && (ch === ',' || ch === ';')) { pieces.push(cur); cur = ''; continue; }
      cur += ch;
    }
    pieces.push(cur);
  }
  return pieces
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(p);
      return m && m[1] ? { de: m[1].trim(), note: `(${m[2]})` } : { de: p };
    });
}

/** Reads a glossary CSV with a header row. */
export function readGlossaryCsv(text: string, file: string, opts: ReadCsvOptions = {}): { entries: GlossaryEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const delimiter = opts.delimiter ?? detectDelimiter(text.replace(/^\ufeff/, ''));
  // the apostrophe a formula-safe export put before `=`, `+`, `-`, `@` is not part of the term
  const rows = parseCsv(text, delimiter).map((row) => row.map((c) => ({ ...c, value: unprotectCell(c.value) })));
  const diag = (ruleId: RuleId, severity: Diagnostic['severity'], message: string, cell?: CsvCell): void => {
    diagnostics.push({ ruleId, severity, message, file, place: cell ? { start: { line: cell.line, column: cell.column, offset: 0 } } : undefined, source: 'glossary' });
  };
  if (!rows.length) {
    diag('glossary-csv-header', 'error', 'the CSV file is empty (expected a header row with at least de and en)');
    return { entries: [], diagnostics };
  }
  const header = rows[0];
  // Object.hasOwn: a header cell "constructor" or "__proto__" is an unknown column, not Object's
  const known = (c: CsvCell) => { const name = c.value.trim().toLowerCase(); return Object.hasOwn(COLUMN_ALIASES, name) ? COLUMN_ALIASES[name] : undefined; };
  // OmegaT's glossaries are tab-separated without a header: source, target, comment
  const headerless = delimiter === '\t' && !header.some(known);
  const columns: Array<keyof CsvRowFields | undefined> = headerless ? ['de', 'en', 'note'] : header.map(known);
  if (!headerless) header.forEach((c, i) => { if (!columns[i]) diag('glossary-csv-unknown-column', 'warning', `unknown column "${c.value}" is ignored`, c); });
  // one rendering per row (Weblate, Crowdin, OmegaT): rows repeating a German add renderings, no warning
  const rowPerRendering = headerless || header.some((c) => ['source', 'term [de]'].includes(c.value.trim().toLowerCase()));
  if (!columns.includes('de') || !columns.includes('en')) {
    diag('glossary-csv-header', 'error', 'the header row needs a German column (de) and an English column (en)', header[0]);
    return { entries: [], diagnostics };
  }
  const entries: GlossaryEntry[] = [];
  const byDe = new Map<string, GlossaryEntry>();
  const deByEn = new Map<string, { de: string; cell: CsvCell }>();
  for (const row of headerless ? rows : rows.slice(1)) {
    const f: Partial<Record<keyof CsvRowFields, CsvCell>> = {};
    // several English columns (memoQ): one rendering each, joined as a list
    const enCells: CsvCell[] = [];
    row.forEach((cell, i) => { const col = columns[i]; if (col === 'en') enCells.push(cell); if (col && !f[col]) f[col] = cell; });
    const de = f.de?.value.normalize('NFC').trim() ?? '';
    const en = enCells.flatMap((c) => splitList(c.value.normalize('NFC')));
    // a "Do not use: …" note is where layouts without a forbidden column put the forbidden renderings
    // (at the end of a line: OmegaT's one-line comments join the note and it with "; ")
    const forbiddenNote: string[] = [];
    const noteText = (f.note?.value ?? '')
      .split(/\r?\n/)
      .map((line) => {
        const at = line.indexOf(CSV_FORBIDDEN_NOTE);
        if (at < 0 || (at > 0 && !/[;\s]$/.test(line.slice(0, at)))) return line;
        forbiddenNote.push(...splitList(line.slice(at + CSV_FORBIDDEN_NOTE.length)));
        return line.slice(0, at).replace(/[;\s]+$/, '');
      })
      .filter(Boolean)
      .join('\n')
      .trim();
    if (!de) { diag('glossary-missing-de', 'error', 'row has no German term', f.de ?? row[0]); continue; }
    if (!en.length) { diag('glossary-missing-en', 'error', `"${de}" has no English rendering`, f.en ?? row[0]); continue; }
    const match = (f.match?.value.trim() || 'inflect') as MatchPolicy;
    if (!['inflect', 'exact', 'case'].includes(match)) { diag('glossary-invalid-value', 'error', `match must be inflect, exact or case, got "${match}"`, f.match); continue; }
    const senses = opts.splitSenses ? splitSenses(de) : [{ de }];
    if (!opts.splitSenses && /^\d+\.\s|[(),;]/.test(de)) diag('glossary-csv-suspicious', 'info', `"${de}" looks like several senses or carries a remark (import with --split-senses to split it)`, f.de);
    for (const sense of senses) {
      const note = [sense.note, noteText].filter(Boolean).join(' ');
      const entry: GlossaryEntry = {
        de: sense.de.replace(/\s+/g, ' '),
        en,
        forbidden: ((col) => [...col, ...forbiddenNote.filter((x) => !col.includes(x))])(splitList(f.forbidden?.value ?? '')),
        variants: splitList(f.variants?.value ?? ''),
        match,
        origin: { file, line: f.de?.line ?? row[0].line, column: f.de?.column ?? 1 },
      };
      if (note) entry.note = note;
      for (const k of ['pos', 'status', 'domain'] as const) { const v = f[k]?.value.trim(); if (v) entry[k] = v; }
      const key = entry.de.toLowerCase().replace(/ß/g, 'ss');
      const first = byDe.get(key);
      if (first) {
        for (const x of entry.en) if (!first.en.some((y) => y.toLowerCase() === x.toLowerCase())) first.en.push(x);
        for (const x of entry.forbidden) if (!first.forbidden.includes(x)) first.forbidden.push(x);
        if (entry.note && !first.note?.split('\n').includes(entry.note)) first.note = [first.note, entry.note].filter(Boolean).join('\n');
        if (!rowPerRendering) diag('glossary-duplicate-term', 'warning', `"${entry.de}" also appears at line ${first.origin?.line}; the English renderings were merged`, f.de);
      } else {
        byDe.set(key, entry);
        entries.push(entry);
      }
      for (const x of en) {
        const prior = deByEn.get(x.toLowerCase());
        if (prior && prior.de.toLowerCase() !== entry.de.toLowerCase()) {
          diag('glossary-csv-conflict', 'warning', `"${x}" is rendered as "${prior.de}" at ${file}:${prior.cell.line}:${prior.cell.column} and as "${entry.de}" here`, f.de);
        } else if (!prior) deByEn.set(x.toLowerCase(), { de: entry.de, cell: f.de ?? row[0] });
      }
    }
  }
  return { entries, diagnostics };
}

const quote = (v: string): string => (/[",\r\n]|^\s|\s$|^'/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is run as a formula by Excel, LibreOffice and Google Sheets. Such a cell (and
 * one that already starts with apostrophes before such a character) is written with one more
 * leading `'`, the spreadsheet convention for "this is text", and quoted; the reader takes it off.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
export const protectCell = (v: string): string => (FORMULA_START.test(v) ? `'${v}` : v);
export const unprotectCell = (v: string): string => (v.startsWith("'") && FORMULA_START.test(v) ? v.slice(1) : v);

/** Writes diglot's glossary CSV (header row; lists joined with " | "; CRLF-free, UTF-8 without BOM; formula-safe). */
export function writeGlossaryCsv(entries: readonly GlossaryEntry[]): string {
  const head = ['de', 'en', 'forbidden', 'variants', 'match', 'note', 'pos', 'status', 'domain'];
  const lines = [head.join(',')];
  for (const e of entries) {
    lines.push([e.de, joinList(e.en), joinList(e.forbidden), joinList(e.variants), e.match, e.note ?? '', e.pos ?? '', e.status ?? '', e.domain ?? ''].map((v) => quote(protectCell(v))).join(','));
  }
  return `${lines.join('\n')}\n`;
}
