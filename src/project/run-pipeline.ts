// The stage graph of a project command: load (config, sources, locale states, memory, glossary — only
// what the command needs) → segment → match → terms → check, each stage pure over the loaded data.
// Returns the whole project in memory (ProjectResult); writes nothing (rendering and writing are
// separate). Which error stops the run is the rule's own property (src/model/rules.ts), not its name.
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import type { Glossary } from '../model/glossary.js';
import type { AlignedUnit } from '../model/unit.js';
import type { ProgressCallback } from '../model/progress.js';
import { loadConfig, type EditionConfig } from '../config/index.js';
import type { LocaleState, Resource } from '../locale/index.js';
import { buildProjectMemory, matchDocument } from '../match/index.js';
import { checkProject, createNameTable, readPlaceNames, type RequireLevel } from '../check/index.js';
import { builtinTable } from '../align/lexicon.js';
import { isFatal } from '../model/rules.js';
import { loadLocaleStates, loadMemory, loadProject, type LoadOptions } from './load-project.js';
import { segmentSources } from './segment-sources.js';
import { loadTermEngine, type TermEngine } from './load-glossary.js';
import { annotateTerms, reportUnusedProjectWaivers } from './annotate-terms.js';

export interface ProjectDocument {
  source: SourceDocument;
  units: AlignedUnit[];
  resource: Resource;
  /** The document's locale files as read: what sync, import and review plan their writes from. */
  locale: LocaleState;
}

export interface ProjectResult {
  config: EditionConfig;
  documents: ProjectDocument[];
  /** The project's glossary (empty when the command did not load it). */
  glossary: Glossary;
  /** The term engine, when the command loaded the glossary (terms or checks). */
  terms: TermEngine | undefined;
  /** Every diagnostic of the run, in stage order. */
  diagnostics: Diagnostic[];
}

export interface RunOptions extends LoadOptions {
  /** The `--require` level of the command: `human` never fills English from project memory. */
  require?: RequireLevel;
  /**
   * The stages after matching, both on by default: glossary term hits with term QA, and the QA checks.
   * With both off the glossary is not read at all, so a broken glossary never stops `sync`, `import`
   * or `coverage`.
   */
  stages?: { terms?: boolean; checks?: boolean };
  /** Told after each document is read and segmented (`read`) and matched and term-checked (`match`). */
  onProgress?: ProgressCallback;
}

const EMPTY_GLOSSARY: Glossary = { entries: [] };

/**
 * Runs the stages the options ask for over every source. Throws DiglotError when an input cannot be
 * used at all (bad config, unreadable or invalid source, glossary or resource); softer findings
 * (missing translations, term QA) come back as diagnostics.
 */
export async function runPipeline(opts: RunOptions): Promise<ProjectResult> {
  const inputs = loadProject(opts);
  const { config } = inputs;
  const wantTerms = opts.stages?.terms !== false;
  const wantChecks = opts.stages?.checks !== false;
  const diagnostics: Diagnostic[] = [...inputs.diagnostics];
  const terms = wantTerms || wantChecks ? loadTermEngine(config) : undefined;
  if (terms) diagnostics.push(...terms.diagnostics);

  const segmented = segmentSources(inputs.sources, inputs.segmentOptions, opts.onProgress);
  diagnostics.push(...segmented.diagnostics);
  const locales = loadLocaleStates(config, segmented.documents);
  const memory = loadMemory(config);
  if (memory) diagnostics.push(...memory.diagnostics);

  // Every article's English is loaded before any is matched: identical German in another article is
  // offered (or filled) from this project memory.
  const project = buildProjectMemory(segmented.documents.map((source) => {
    const { state } = locales.get(source.slug)!;
    return { document: source.slug, file: state.resource.file, entries: state.resource.entries, ...(state.sidecar.sidecar ? { sidecar: state.sidecar.sidecar } : {}) };
  }));
  const leverage = opts.require === 'human' && config.match.leverage === 'fill' ? 'suggest' : config.match.leverage;
  const documents: ProjectDocument[] = [];
  for (const [i, source] of segmented.documents.entries()) {
    opts.onProgress?.({ stage: 'match', done: i, total: segmented.documents.length });
    const { state, candidates } = locales.get(source.slug)!;
    const matched = matchDocument(source, state, { threshold: config.match.threshold, project, leverage, candidates, ...(memory ? { memory: memory.index } : {}) });
    diagnostics.push(...matched.diagnostics);
    if (terms && wantTerms) diagnostics.push(...annotateTerms(terms, source, matched.units, matched.resource));
    documents.push({ source, units: matched.units, resource: matched.resource, locale: state });
  }
  if (terms && wantChecks) {
    const names = createNameTable({ places: readPlaceNames(), words: builtinTable(), glossary: terms.glossary.entries, ...(terms.matcher.lexicon ? { isNounForm: terms.matcher.lexicon.isNounForm } : {}) });
    diagnostics.push(...checkProject({ project: documents, names, waivers: terms.waivers }));
  }
  // after term QA and the QA checks, and only when both ran: a waiver may cover a finding of either
  if (terms && wantTerms && wantChecks) diagnostics.push(...reportUnusedProjectWaivers(terms, diagnostics));
  const fatal = diagnostics.filter((d) => d.severity === 'error' && isFatal(d.ruleId));
  if (fatal.length) throw new DiglotError(fatal);
  return { config, documents, glossary: terms?.glossary ?? EMPTY_GLOSSARY, terms, diagnostics };
}

/**
 * The project as a glossary-only command sees it (`export --format tbx`, `glossary mine` without
 * pairs): the run definition and the term engine; no source is read. Throws on a broken glossary.
 */
export function runGlossaryStage(opts: LoadOptions): ProjectResult {
  const config = loadConfig(opts.cwd, opts.config);
  const terms = loadTermEngine(config);
  const fatal = terms.diagnostics.filter((d) => d.severity === 'error' && isFatal(d.ruleId));
  if (fatal.length) throw new DiglotError(fatal);
  return { config, documents: [], glossary: terms.glossary, terms, diagnostics: [...terms.diagnostics] };
}
