// diglot's public API: one entry per pipeline stage, in pipeline order. The CLI (src/cli) is a thin
// layer over exactly these functions; tests/index.test.ts pins this list.

// model: diagnostics and the typed document every stage works on
export { DiglotError, formatDiagnostic, hasErrors } from './model/index.js';
export type { Diagnostic, Severity, Place, Point, SourceDocument, Segment, Block, BlockKind, BlockLayout, Section, SectionKind, InlineMarkup, FrontMatter, AlignedUnit, UnitStatus, Provenance, Suggestion, DiffOp, GlossaryEntry, Glossary, TermHit, MatchPolicy, TermAudience } from './model/index.js';

// config: pipeline/edition.yaml
export { loadConfig, DEFAULT_CONFIG_PATH, editionSchema } from './config/index.js';
export type { EditionConfig, OutputFormat, IncompletePolicy } from './config/index.js';

// segment: sentences with exact offsets, keys with placeholders, SRX rules
export { segmentText, segmentDocument, segmentPlainDocument, segmentKey, restoreMarkup, tokenizeKey, assignSegmentIds, loadSrx, BUILTIN_RULES } from './segment/index.js';
export type { SegmentOptions, RuleSet, TextSpan, InlineToken } from './segment/index.js';

// match: translations, staleness, memory
export { matchDocument, matchUnits, similarity, diffWords, MemoryIndex, loadMemory } from './match/index.js';

// sync: the never-lose write path for locale resources
export { planSync, applySyncPlan } from './sync/index.js';
export type { LocaleUpdate, SyncPlan, SyncReport } from './sync/index.js';

// glossary: German-aware term matching, term QA, look-up, CSV
export { parseGlossary, loadGlossaries, compileGlossary, matchTerms, checkTermsInTarget, lookupGlossary, findOccurrences, readGlossaryCsv, writeGlossaryCsv, writeGlossaryYaml } from './glossary/index.js';
export type { TermMatcher, TermWaiver, LookupMatch, Occurrence } from './glossary/index.js';

// check: QA rules and human-only requirements
export { checkDocument, requireStatus, RULES as CHECK_RULES } from './check/index.js';
export type { RequireLevel } from './check/index.js';

// align: pairing an existing German text with an existing English one
export { alignSegments, alignStructured } from './align/index.js';
export type { AlignmentPair, AlignOptions, AlignDoc } from './align/index.js';

// report: coverage and diagnostics formats
export { computeCoverage, formatCoverageJson, formatCoverageText, formatCoverageMarkdown, formatCoverageJunit, evaluateGates, toSarif } from './report/index.js';
export type { CoverageReport, DocumentCoverage, SectionCoverage, Counts } from './report/index.js';

// render: the edition
export { renderHtmlEdition, renderReviewEdition, renderMarkdownEdition, renderJsonEdition, escapeHtml } from './render/index.js';

// interchange: TMX, XLIFF 2.1 / 1.2, TBX
export { writeTmx, writeXliff21, writeXliff12, writeTbx, readTbx, readInterchange, planImport, exportAll, exportFiles } from './interchange/index.js';
export type { ExportDocument, ImportedUnit, ImportPlan } from './interchange/index.js';

// project: the whole pipeline over a run definition, and the CLI entry
export { runPipeline, renderOutputs } from './project/index.js';
export type { ProjectResult, RunOptions } from './project/index.js';
export { runCli } from './cli/main.js';
