// Project documents + glossary → the interchange files a build or `diglot export --out` writes:
// one TMX / XLIFF 2.1 / XLIFF 1.2 / PO file per document and one TBX for the glossary (pure: names
// and contents only).
import type { SourceDocument } from '../model/document.js';
import type { GlossaryEntry } from '../model/glossary.js';
import type { AlignedUnit } from '../model/unit.js';
import { toExportDocuments } from './export-documents.js';
import { writePo } from './po-write.js';
import { writeTbx2008 } from './tbx2008-write.js';
import { DEFAULT_TBX_VERSION, writeTbx, type TbxOptions, type TbxVersion } from './tbx-write.js';
import { writeTmx } from './tmx-write.js';
import type { ExportDocument, ExportOptions } from './types.js';
import { writeXliff12 } from './xliff12-write.js';
import { writeXliff21 } from './xliff21-write.js';

export type InterchangeOutput = 'tmx' | 'xliff' | 'xliff12' | 'po' | 'tbx';

export const INTERCHANGE_OUTPUTS: readonly InterchangeOutput[] = ['tmx', 'xliff', 'xliff12', 'po', 'tbx'];

export interface ExportInput {
  documents: ReadonlyArray<{ source: SourceDocument; units: AlignedUnit[] }>;
  glossary: readonly GlossaryEntry[];
  sourceLanguage: string;
  targetLanguage: string;
}

/** File name suffix per format. */
export const EXTENSIONS: Record<InterchangeOutput, string> = { tmx: '.tmx', xliff: '.xlf', xliff12: '.xliff12.xlf', po: '.po', tbx: '.tbx' };

/** The glossary as TBX in the dialect asked for (TBX-Basic 2008 by default). */
export function writeGlossaryTbx(entries: readonly GlossaryEntry[], opts: TbxOptions & { version?: TbxVersion } = {}): string {
  return (opts.version ?? DEFAULT_TBX_VERSION) === 'v3' ? writeTbx(entries, opts) : writeTbx2008(entries, opts);
}

/** Writes one format for all documents as a single file (what `diglot export` prints). */
export function exportAll(input: ExportInput, format: InterchangeOutput, opts: ExportOptions = {}): string {
  if (format === 'tbx') return writeGlossaryTbx(input.glossary, { sourceLang: input.sourceLanguage, targetLang: input.targetLanguage, ...(opts.tbxVersion ? { version: opts.tbxVersion } : {}) });
  return writeDocs(toExportDocuments(input.documents, { sourceLang: input.sourceLanguage, targetLang: input.targetLanguage }), format, opts);
}

/** One file per document (`<slug>.tmx`, `<slug>.xlf`, `<slug>.xliff12.xlf`, `<slug>.po`), `glossary.tbx` for TBX. */
export function exportFiles(input: ExportInput, formats: readonly InterchangeOutput[], opts: ExportOptions = {}): Array<{ name: string; format: InterchangeOutput; content: string }> {
  const docs = toExportDocuments(input.documents, { sourceLang: input.sourceLanguage, targetLang: input.targetLanguage });
  const out: Array<{ name: string; format: InterchangeOutput; content: string }> = [];
  for (const format of formats) {
    if (format === 'tbx') {
      out.push({ name: 'glossary.tbx', format, content: exportAll(input, 'tbx', opts) });
      continue;
    }
    for (const doc of docs) out.push({ name: `${doc.slug}${EXTENSIONS[format]}`, format, content: writeDocs([doc], format, opts) });
  }
  return out;
}

function writeDocs(docs: ExportDocument[], format: Exclude<InterchangeOutput, 'tbx'>, opts: ExportOptions): string {
  if (format === 'tmx') return writeTmx(docs, opts);
  if (format === 'xliff') return writeXliff21(docs, opts);
  if (format === 'po') return writePo(docs, opts);
  return writeXliff12(docs, opts);
}
