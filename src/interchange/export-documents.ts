// Pipeline documents (source + aligned units) → the export documents the writers take, with the
// edition's languages (`de`/`de-CH` → `en`/`en-GB`).
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import type { ExportDocument } from './types.js';

/** Builds export documents; languages come from the config, else from the document, else de → en. */
export function toExportDocuments(
  documents: ReadonlyArray<{ source: SourceDocument; units: AlignedUnit[] }>,
  langs: { sourceLang?: string; targetLang?: string } = {},
): ExportDocument[] {
  return documents.map(({ source, units }) => ({
    path: source.path,
    slug: source.slug,
    sourceLang: langs.sourceLang ?? (source.lang || 'de'),
    targetLang: langs.targetLang ?? 'en',
    units,
  }));
}
