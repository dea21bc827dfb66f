// Glossary CSV: reads diglot's own CSV (header de,en,forbidden,variants,match,note,pos,status,domain;
// lists joined with " | ") and foreign term lists (GNOME, Zulip: column aliases, EN→DE direction),
// and writes diglot's CSV so that a write → read round trip is lossless for every CSV field.
import type { RuleId } from '../model/rules.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { GlossaryEntry, MatchPolicy } from '../model/glossary.js';

export interface CsvCell {
  value: string;
  line: number;
  column: number;
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF, BOM) with the line/column of every cell. */
export function parseCsv(text: string): CsvCell[][] {
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
    if (text[i] === '"') {
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
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
    } else {
      const s = i;
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
      value = text.slice(s, i);
    }
    cell.value = value;
    row.push(cell);
    if (i < n && text[i] === ',') { i++; continue; }
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
}

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
  // the apostrophe a formula-safe export put before `=`, `+`, `-`, `@` is not part of the term
  const rows = parseCsv(text).map((row) => row.map((c) => ({ ...c, value: unprotectCell(c.value) })));
  const diag = (ruleId: RuleId, severity: Diagnostic['severity'], message: string, cell?: CsvCell): void => {
    diagnostics.push({ ruleId, severity, message, file, place: cell ? { start: { line: cell.line, column: cell.column, offset: 0 } } : undefined, source: 'glossary' });
  };
  if (!rows.length) {
    diag('glossary-csv-header', 'error', 'the CSV file is empty (expected a header row with at least de and en)');
    return { entries: [], diagnostics };
  }
  const header = rows[0];
  // Object.hasOwn: a header cell "constructor" or "__proto__" is an unknown column, not Object's
  const columns = header.map((c) => { const name = c.value.trim().toLowerCase(); return Object.hasOwn(COLUMN_ALIASES, name) ? COLUMN_ALIASES[name] : undefined; });
  header.forEach((c, i) => { if (!columns[i]) diag('glossary-csv-unknown-column', 'warning', `unknown column "${c.value}" is ignored`, c); });
  if (!columns.includes('de') || !columns.includes('en')) {
    diag('glossary-csv-header', 'error', 'the header row needs a German column (de) and an English column (en)', header[0]);
    return { entries: [], diagnostics };
  }
  const entries: GlossaryEntry[] = [];
  const byDe = new Map<string, GlossaryEntry>();
  const deByEn = new Map<string, { de: string; cell: CsvCell }>();
  for (const row of rows.slice(1)) {
    const f: Partial<Record<keyof CsvRowFields, CsvCell>> = {};
    row.forEach((cell, i) => { const col = columns[i]; if (col) f[col] = cell; });
    const de = f.de?.value.normalize('NFC').trim() ?? '';
    const en = splitList(f.en?.value.normalize('NFC') ?? '');
    if (!de) { diag('glossary-missing-de', 'error', 'row has no German term', f.de ?? row[0]); continue; }
    if (!en.length) { diag('glossary-missing-en', 'error', `"${de}" has no English rendering`, f.en ?? row[0]); continue; }
    const match = (f.match?.value.trim() || 'inflect') as MatchPolicy;
    if (!['inflect', 'exact', 'case'].includes(match)) { diag('glossary-invalid-value', 'error', `match must be inflect, exact or case, got "${match}"`, f.match); continue; }
    const senses = opts.splitSenses ? splitSenses(de) : [{ de }];
    if (!opts.splitSenses && /^\d+\.\s|[(),;]/.test(de)) diag('glossary-csv-suspicious', 'info', `"${de}" looks like several senses or carries a remark (import with --split-senses to split it)`, f.de);
    for (const sense of senses) {
      const note = [sense.note, f.note?.value.trim()].filter(Boolean).join(' ');
      const entry: GlossaryEntry = {
        de: sense.de.replace(/\s+/g, ' '),
        en,
        forbidden: splitList(f.forbidden?.value ?? ''),
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
        diag('glossary-duplicate-term', 'warning', `"${entry.de}" also appears at line ${first.origin?.line}; the English renderings were merged`, f.de);
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
