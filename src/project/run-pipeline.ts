// Config → every source read, segmented, matched to its English, term-checked: the whole project
// in memory (ProjectResult). Reads files; writes nothing (rendering and writing are separate).
import fs from 'node:fs';
import path from 'node:path';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import type { Glossary } from '../model/glossary.js';
import type { AlignedUnit } from '../model/unit.js';
import type { ProgressCallback } from '../model/progress.js';
import { loadConfig, type EditionConfig } from '../config/index.js';
import { segmentDocument } from '../segment/index.js';
import { buildProjectMemory, loadLocaleFiles, matchDocument, type LocaleFiles, type Resource } from '../match/index.js';
import { checkProject, createNameTable, readPlaceNames, type RequireLevel } from '../check/index.js';
import { builtinTable } from '../align/lexicon.js';
import { expandGlobs, refusedDiagnostics } from '../util/expand-globs.js';
import { recoverProjectWrites } from './recover-writes.js';
import { checkDocumentSlug } from './document-slug.js';
import { clipMiddle } from '../util/clip.js';
import { segmentOptionsFor } from './segment-options.js';
import { readSource } from './read-source.js';
import { loadProjectGlossary, annotateTerms, reportUnusedProjectWaivers, type TermEngine } from './annotate-terms.js';

export interface ProjectDocument {
  source: SourceDocument;
  units: AlignedUnit[];
  resource: Resource;
}

export interface ProjectResult {
  config: EditionConfig;
  documents: ProjectDocument[];
  glossary: Glossary;
  terms: TermEngine;
  /** Every diagnostic of the run, in stage order. */
  diagnostics: Diagnostic[];
}

export interface RunOptions {
  /** Where the command runs: the project is the nearest pipeline/edition.yaml at or above it. */
  cwd: string;
  /** Run definition relative to cwd (`--config`), instead of looking for pipeline/edition.yaml. */
  config?: string;
  /** Extra translation memories (`--memory DIR|FILE`, relative to cwd), added to `match.memory`. */
  memory?: string[];
  /** The `--require` level of the command: `human` never fills English from project memory. */
  require?: RequireLevel;
  /**
   * Stages after matching, all on by default: glossary term hits with term QA, and the QA checks.
   * `diglot coverage` turns both off (it reports statuses, not findings); glossary files are still
   * read and validated, so a broken glossary stops every command alike.
   */
  stages?: { terms?: boolean; checks?: boolean };
  /** Told after each document is read and segmented (`read`) and matched and term-checked (`match`). */
  onProgress?: ProgressCallback;
}

/**
 * Runs read → parse → segment → match → terms → check for every source (terms and check unless `stages` turns them off). Throws DiglotError when
 * an input cannot be used at all (bad config, unreadable or invalid source, glossary or resource);
 * softer findings (missing translations, term QA) come back as diagnostics.
 */
export async function runPipeline(opts: RunOptions): Promise<ProjectResult> {
  const loaded = loadConfig(opts.cwd, opts.config);
  // paths typed on the command line are relative to where the user is; the config's to the root
  const extra = (opts.memory ?? []).map((m) => path.relative(loaded.root, path.resolve(opts.cwd, m)) || '.');
  const config = extra.length ? { ...loaded, match: { ...loaded.match, memory: [...loaded.match.memory, ...extra] } } : loaded;
  // an earlier run killed mid-write left a journal: finish (or undo) it before reading anything
  const diagnostics: Diagnostic[] = recoverProjectWrites(config);
  const { files, unmatched, refused } = expandGlobs(config.root, config.sources);
  diagnostics.push(...refusedDiagnostics(refused, config.file, 'sources'));
  for (const pattern of unmatched) {
    diagnostics.push({
      ruleId: 'source-not-found',
      severity: 'error',
      message: `no source file matches "${clipMiddle(pattern, 160)}"`,
      hint: sourceHint(config.root, pattern),
      file: config.file,
      source: 'project',
    });
  }
  if (files.length === 0) throw new DiglotError(diagnostics.length ? diagnostics : [{ ruleId: 'source-not-found', severity: 'error', message: 'no sources', file: config.file, source: 'project' }]);

  const segmentOptions = segmentOptionsFor(config);
  const terms = loadProjectGlossary(config);
  diagnostics.push(...terms.diagnostics);

  const sources: Array<{ source: SourceDocument; files: LocaleFiles }> = [];
  const slugs = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    opts.onProgress?.({ stage: 'read', done: i, total: files.length });
    const text = readSource(config.root, file);
    const seg = segmentDocument({ path: file, text }, segmentOptions);
    diagnostics.push(...seg.diagnostics);
    const source = seg.document;
    // the slug names files: an unsafe one never reaches a path (reported here or by the front matter)
    const badSlug = checkDocumentSlug(source, seg.diagnostics);
    if (badSlug) diagnostics.push(badSlug);
    if (badSlug || seg.diagnostics.some((d) => d.ruleId === 'frontmatter-invalid-slug')) continue;
    const other = slugs.get(source.slug);
    if (other) {
      diagnostics.push({ ruleId: 'source-duplicate-slug', severity: 'error', message: `slug "${source.slug}" is used by ${other} too`, hint: 'give each document a unique slug: in its front matter', file, source: 'project' });
      continue;
    }
    slugs.set(source.slug, file);
    sources.push({ source, files: loadLocaleFiles(config.root, config.localesDir, config.targetLanguage, source.slug) });
  }
  // Every article's English is loaded before any is matched: identical German in another article is
  // offered (or filled) from this project memory.
  const project = buildProjectMemory(sources.map(({ source, files: f }) => ({ document: source.slug, file: f.resource.file, entries: f.resource.entries, ...(f.sidecar.sidecar ? { sidecar: f.sidecar.sidecar } : {}) })));
  const leverage = opts.require === 'human' && config.match.leverage === 'fill' ? 'suggest' : config.match.leverage;
  const documents: ProjectDocument[] = [];
  for (const [i, { source, files: localeFiles }] of sources.entries()) {
    opts.onProgress?.({ stage: 'match', done: i, total: sources.length });
    const matched = matchDocument(source, config, { files: localeFiles, project, leverage });
    diagnostics.push(...matched.diagnostics);
    if (opts.stages?.terms !== false) diagnostics.push(...annotateTerms(terms, source, matched.units, matched.resource));
    documents.push({ source, units: matched.units, resource: matched.resource });
  }
  if (opts.stages?.checks !== false) {
    const names = createNameTable({ places: readPlaceNames(), words: builtinTable(), glossary: terms.glossary.entries, ...(terms.matcher.lexicon ? { isNounForm: terms.matcher.lexicon.isNounForm } : {}) });
    diagnostics.push(...checkProject({ project: documents, names, waivers: terms.waivers }));
  }
  // after term QA and the QA checks, and only when both ran: a waiver may cover a finding of either
  if (opts.stages?.terms !== false && opts.stages?.checks !== false) diagnostics.push(...reportUnusedProjectWaivers(terms, diagnostics));
  const fatal = diagnostics.filter((d) => d.severity === 'error' && FATAL.has(d.ruleId.split('-')[0]));
  if (fatal.length) throw new DiglotError(fatal);
  return { config, documents, glossary: terms.glossary, terms, diagnostics };
}

/** What to do about a sources pattern without files: a new project has no article yet; otherwise a typo. */
function sourceHint(root: string, pattern: string): string {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  const staticDir = parts.slice(0, firstWild < 0 ? parts.length - 1 : firstWild).join('/');
  if (staticDir && fs.existsSync(path.resolve(root, staticDir))) {
    return `no article yet: write one as ${staticDir}/<slug>.md (front matter: title, slug, source, language), then run \`diglot sync\``;
  }
  return `check the sources: list in the run definition${staticDir ? ` (there is no ${staticDir}/)` : ''}`;
}

/** Rule-id families that make the inputs unusable (the build stops with exit 2). */
const FATAL = new Set(['config', 'source', 'frontmatter', 'resource', 'glossary', 'input']);
