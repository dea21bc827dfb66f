// Public API of the glossary engine: parse and merge glossary files, compile them into a matcher,
// find German terms (inflection, compounds, ß/ss), check English targets, look terms up, CSV/YAML I/O.
export { parseGlossary, GLOSSARY_SCHEMA_URL, type ParsedGlossary } from './parse-glossary.js';
export { loadGlossaries, mergeEntries, mergeSameGerman, findProjectGlossaries, type LoadedGlossaries } from './load-glossaries.js';
export { compileGlossary, type TermMatcher } from './compile.js';
export { matchTerms } from './match.js';
export { foldText, foldString, type FoldedText } from './fold-text.js';
export type { TermWaiver, LookupMatch, Occurrence, CompileOptions } from './types.js';
export { checkTermsInTarget, findRenderings, renderingPattern, disjointSpans, type TargetCheckInput } from './target-check.js';
export { findWaiver, waiverApplies, foldWaiverText, reportUnusedWaivers, describeWaiver, suppressionOf, waiveFinding, applyWaivers, isTermRule, TERM_RULES, type WaiverContext, type WaivableRule, type TermRule } from './waivers.js';
export { lookupGlossary, findOccurrences, editDistance, type OccurrenceSource } from './lookup.js';
export { readGlossaryCsv, writeGlossaryCsv, parseCsv, detectDelimiter, splitSenses, CSV_FORBIDDEN_NOTE, type ReadCsvOptions } from './csv.js';
export { writeGlossaryCsvDialect, CSV_DIALECTS, type CsvDialect, type CsvDelimiter, type CsvDialectOptions } from './csv-dialects.js';
export { writeGlossaryYaml, type WriteYamlOptions } from './write-yaml.js';
export { insertWaiver, type InsertedWaiver, type WaiverFields } from './insert-waiver.js';
export { loadLexicon, type Lexicon } from './lexicon.js';
