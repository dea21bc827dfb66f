// One document's aligned units → the machine-readable edition (dist/<slug>.json).
// Offsets are UTF-16 code units into the source file as read; `end` exclusive.
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import type { DocumentCoverage } from '../report/index.js';

export interface JsonEditionInput {
  source: SourceDocument;
  units: readonly AlignedUnit[];
  coverage: DocumentCoverage;
  sourceLanguage: string;
  targetLanguage: string;
}

/** `{document, coverage, units:[{id, section, block, de:{text,key,start,end,line,column}, en, status, provenance?, suggestion?, terms: [{de, en, surface, start, end, key}], diagnostics}]}`. */
export function renderJsonEdition(input: JsonEditionInput): string {
  const { source, units, coverage } = input;
  const doc = {
    document: {
      path: source.path,
      slug: source.slug,
      title: typeof source.meta.title === 'string' ? source.meta.title : null,
      source: typeof source.meta.source === 'string' ? source.meta.source : null,
      sourceLanguage: input.sourceLanguage,
      targetLanguage: input.targetLanguage,
      offsets: 'UTF-16 code units into the source file as read; end exclusive; line and column 1-based',
    },
    coverage: { segments: coverage.segments, translated: coverage.translated, missing: coverage.missing, stale: coverage.stale, fuzzy: coverage.fuzzy, percent: coverage.percent },
    units: units.map((u) => ({
      id: u.id,
      section: u.section,
      block: u.block,
      de: { text: u.segment.text, key: u.segment.key, start: u.segment.start, end: u.segment.end, line: u.segment.line, column: u.segment.column },
      en: u.en,
      status: u.status,
      ...(u.provenance ? { provenance: u.provenance } : {}),
      ...(u.suggestion ? { suggestion: u.suggestion } : {}),
      terms: u.terms.map((t) => ({ de: t.term, en: t.en, surface: t.surface, start: t.start, end: t.end, ...(t.key !== undefined ? { key: t.key } : {}) })),
      ...(u.diagnostics.length ? { diagnostics: u.diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message })) } : {}),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
