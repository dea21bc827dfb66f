// diglot's public API (`import … from 'diglot'`): the one-call edition build first, then one entry
// per pipeline stage in pipeline order, each with the types its signature names. The CLI runner is a
// separate entry point, `diglot/cli`. tests/index.test.ts pins this list.

// the whole edition: find the project, run every stage, render the configured outputs, write them
export { buildEdition, writeEdition } from './project/build-edition.js';
export type { BuildEditionOptions, Edition } from './project/build-edition.js';
export type { EditionWrite } from './project/write-edition.js';
// the same, incremental: unchanged articles come from .diglot/cache/build/, only changed bytes are written
export { buildProject } from './build/index.js';
export type { BuildProjectOptions, ProjectBuild } from './build/index.js';
// the stage graph: load once at the edge, then pure stages; runPipeline composes what a command needs
export { runPipeline, renderOutputs, loadProject, loadLocaleStates, loadMemory, loadTermEngine, segmentSources, annotateTerms } from './project/index.js';
export type { ProjectResult, ProjectDocument, RunOptions, OutputFile, LoadOptions, ProjectInputs, DocumentLocale, TermEngine, LoadedMemory } from './project/index.js';

// model: diagnostics and the typed document every stage works on
export { DiglotError, formatDiagnostic, hasErrors, RULES, ruleSpec, isFatal } from './model/index.js';
export type { RuleId, RuleSpec } from './model/index.js';
export type { Diagnostic, Severity, Place, Point, SourceDocument, Segment, Block, BlockKind, BlockLayout, Section, SectionKind, InlineMarkup, FrontMatter, AlignedUnit, UnitStatus, Provenance, Suggestion, DiffOp, GlossaryEntry, Glossary, TermHit, MatchPolicy, TermAudience, Progress, ProgressCallback } from './model/index.js';

// config: pipeline/edition.yaml, and finding the project it belongs to
export { loadConfig, locateProject, findProjectRoot, DEFAULT_CONFIG_PATH, editionSchema } from './config/index.js';
export type { EditionConfig, OutputFormat, IncompletePolicy, ProjectLocation } from './config/index.js';

// segment: sentences with exact offsets, keys with placeholders, SRX rules
export { segmentText, segmentDocument, segmentPlainDocument, segmentKey, restoreMarkup, tokenizeKey, assignSegmentIds, loadSrx, BUILTIN_RULES } from './segment/index.js';
export type { SegmentOptions, SegmentDocumentResult, SourceFile, RuleSet, SrxLoadResult, TextSpan, InlineToken } from './segment/index.js';

// match: translations, staleness, memory
export { matchDocument, matchUnits, similarity, diffWords, MemoryIndex } from './match/index.js';
export type { DocumentMatch, MatchStageOptions, MatchOptions, MatchResult, ResourceEntries, MemoryEntry, MemoryHit, SearchOptions } from './match/index.js';

// locale store: a document's resource, orphans archive and sidecar
export { readLocaleState, parseResource, planLocaleFiles } from './locale/index.js';
export type { LocaleState, LocaleLocation, Resource, OrphanRecord, Sidecar, SidecarEntry, PlannedFile } from './locale/index.js';

// sync: the never-lose write path for locale resources
export { planSync, applySyncPlan } from './sync/index.js';
export type { PlanInput, ApplyOptions, LocaleUpdate, Prefer, SyncPlan, SyncReport } from './sync/index.js';

// glossary: German-aware term matching, term QA, look-up, CSV
export { parseGlossary, loadGlossaries, compileGlossary, matchTerms, checkTermsInTarget, lookupGlossary, findOccurrences, readGlossaryCsv, writeGlossaryCsv, writeGlossaryYaml } from './glossary/index.js';
export type { ParsedGlossary, LoadedGlossaries, CompileOptions, TermMatcher, TermWaiver, TargetCheckInput, LookupMatch, Occurrence, OccurrenceSource } from './glossary/index.js';

// check: QA rules and human-only requirements
export { checkDocument, checkProject, requireStatus } from './check/index.js';
export type { CheckContext, RequireLevel } from './check/index.js';

// align: pairing an existing German text with an existing English one
export { alignSegments, alignStructured } from './align/index.js';
export type { AlignmentPair, AlignOptions, AlignDoc, AlignBlock, LexiconSource } from './align/index.js';

// report: coverage and diagnostics formats
export { computeCoverage, formatCoverageJson, formatCoverageText, formatCoverageMarkdown, formatCoverageJunit, evaluateGates, toSarif } from './report/index.js';
export type { CoverageReport, DocumentCoverage, SectionCoverage, Counts, CoverageGates, GateFailure, FailOnStatus, JunitOptions, SarifOptions } from './report/index.js';

// render: the edition
export { renderHtmlEdition, renderReviewEdition, renderMarkdownEdition, renderJsonEdition, escapeHtml } from './render/index.js';
export type { HtmlEditionInput, MarkdownEditionInput, JsonEditionInput } from './render/index.js';

// interchange: TMX, XLIFF 2.1 / 1.2, TBX
export { writeTmx, writeXliff21, writeXliff12, writeTbx, readTbx, readInterchange, planImport, exportAll, exportFiles } from './interchange/index.js';
export type { ExportDocument, ExportInput, ExportOptions, InterchangeOutput, ImportedUnit, ImportPlan, ImportAction, ConflictPolicy, PlanOptions, ReadResult, TbxOptions } from './interchange/index.js';
