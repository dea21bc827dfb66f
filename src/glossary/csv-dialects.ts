// Glossary entries → the CSV layouts translators' tools import: Weblate / Translate Toolkit
// (`source,target,developer_comments`, a row per rendering), Crowdin (`Term [de]`, `Term [en]`, …, a
// row per rendering), memoQ (a row per entry, one `English` column per rendering), OmegaT (no header,
// tab-separated source, target, comment, a row per rendering), and diglot's own. None of the tool
// layouts has a column for forbidden renderings, so they go into the comment as "Do not use: …",
// which readGlossaryCsv turns back into forbidden renderings. `,` / `;` / tab and a UTF-8 BOM (for
// Excel) on request; cells are formula-safe (src/glossary/csv.ts).
import type { GlossaryEntry } from '../model/glossary.js';
import { CSV_FORBIDDEN_NOTE, protectCell, writeGlossaryCsv } from './csv.js';

export type CsvDialect = 'diglot' | 'weblate' | 'crowdin' | 'memoq' | 'omegat';
export const CSV_DIALECTS: readonly CsvDialect[] = ['diglot', 'weblate', 'crowdin', 'memoq', 'omegat'];
export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvDialectOptions {
  dialect?: CsvDialect;
  /** Default `,`; OmegaT's layout is always tab-separated. */
  delimiter?: CsvDelimiter;
  /** Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8. */
  bom?: boolean;
}

/** Writes the entries in a tool's layout (diglot's own by default). */
export function writeGlossaryCsvDialect(entries: readonly GlossaryEntry[], opts: CsvDialectOptions = {}): string {
  const dialect = opts.dialect ?? 'diglot';
  const delimiter: CsvDelimiter = dialect === 'omegat' ? '\t' : (opts.delimiter ?? ',');
  // Translate Toolkit (and so Weblate) quotes every cell and sniffs the separator from quoted cells
  const body = dialect === 'diglot' && delimiter === ',' ? writeGlossaryCsv(entries) : joinRows(rowsFor(entries, dialect), delimiter, dialect === 'weblate');
  return `${opts.bom ? '\ufeff' : ''}${body}`;
}

/** The comment cell: the note, then the forbidden renderings (tool layouts have no column for them). */
function comment(e: GlossaryEntry): string {
  return [e.note ?? '', e.forbidden.length ? `${CSV_FORBIDDEN_NOTE}${e.forbidden.join(' | ')}` : ''].filter(Boolean).join('\n');
}

function rowsFor(entries: readonly GlossaryEntry[], dialect: CsvDialect): string[][] {
  switch (dialect) {
    case 'weblate':
      return [['source', 'target', 'developer_comments'], ...entries.flatMap((e) => e.en.map((en) => [e.de, en, comment(e)]))];
    case 'crowdin':
      return [['Term [de]', 'Part of Speech [de]', 'Description [de]', 'Term [en]'], ...entries.flatMap((e) => e.en.map((en) => [e.de, e.pos ?? '', comment(e), en]))];
    case 'memoq': {
      const width = Math.max(1, ...entries.map((e) => e.en.length));
      const head = ['Entry_Domain', 'Entry_Note', 'German', ...Array.from({ length: width }, () => 'English')];
      return [head, ...entries.map((e) => [e.domain ?? '', comment(e), e.de, ...Array.from({ length: width }, (_, i) => e.en[i] ?? '')])];
    }
    case 'omegat':
      // no header: OmegaT would read it as a term; comments on one line (the format has no quoting)
      return entries.flatMap((e) => e.en.map((en) => [e.de, en, comment(e).replace(/\n/g, '; ')]));
    default:
      // diglot's own layout with `;` or tab
      return diglotRows(entries);
  }
}

function diglotRows(entries: readonly GlossaryEntry[]): string[][] {
  const list = (xs: readonly string[]) => xs.map((x) => x.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join(' | ');
  return [
    ['de', 'en', 'forbidden', 'variants', 'match', 'note', 'pos', 'status', 'domain'],
    ...entries.map((e) => [e.de, list(e.en), list(e.forbidden), list(e.variants), e.match, e.note ?? '', e.pos ?? '', e.status ?? '', e.domain ?? '']),
  ];
}

function joinRows(rows: string[][], delimiter: CsvDelimiter, quoteAll = false): string {
  const cell = (v: string): string => {
    const safe = protectCell(v);
    if (delimiter === '\t') return safe.replace(/[\t\r\n]+/g, ' ');
    return quoteAll || new RegExp(`["${delimiter}\\r\\n]|^\\s|\\s$|^'`).test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `${rows.map((r) => r.map(cell).join(delimiter)).join('\n')}\n`;
}
