// The I/O edge of every project command: the run definition (found from where the user is), an
// interrupted write of an earlier run completed or undone, the German sources read, the segmenter's
// options (SRX file included); and, when a command needs them, each document's locale state and the
// translation memory. Everything a stage needs is read here, once; the stages are pure.
import path from 'node:path';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import { loadConfig, type EditionConfig } from '../config/index.js';
import type { SegmentOptions, SourceFile } from '../segment/index.js';
import { findResourceCandidates, readLocaleState, type LocaleState, type ResourceCandidate } from '../locale/index.js';
import { expandGlobs, refusedDiagnostics } from '../util/expand-globs.js';
import { clipMiddle } from '../util/clip.js';
import { recoverProjectWrites } from './recover-writes.js';
import { segmentOptionsFor } from './segment-options.js';
import { readSource } from './read-source.js';
import { readMemory, type LoadedMemory } from './read-memory.js';
import { sourceHint } from './source-hint.js';

export interface LoadOptions {
  /** Where the command runs: the project is the nearest pipeline/edition.yaml at or above it. */
  cwd: string;
  /** Run definition relative to cwd (`--config`), instead of looking for pipeline/edition.yaml. */
  config?: string;
  /** Extra translation memories (`--memory DIR|FILE`, relative to cwd), added to `match.memory`. */
  memory?: string[];
}

export interface ProjectInputs {
  config: EditionConfig;
  /** The German sources: paths relative to the project root, text exactly as stored. */
  sources: SourceFile[];
  segmentOptions: SegmentOptions;
  /** What loading found: recovered writes, refused or unmatched source patterns. */
  diagnostics: Diagnostic[];
}

/** Reads the run definition and the German sources; throws DiglotError when there is nothing to read. */
export function loadProject(opts: LoadOptions): ProjectInputs {
  const { paths, ...rest } = loadProjectPaths(opts);
  return { ...rest, sources: paths.map((file) => ({ path: file, text: readSource(rest.config.root, file) })) };
}

/** The project as loadProject reads it, with the German sources' paths only (a build reads what changed). */
export function loadProjectPaths(opts: LoadOptions): Omit<ProjectInputs, 'sources'> & { paths: string[] } {
  const loaded = loadConfig(opts.cwd, opts.config);
  // paths typed on the command line are relative to where the user is; the config's to the root
  const extra = (opts.memory ?? []).map((m) => path.relative(loaded.root, path.resolve(opts.cwd, m)) || '.');
  const config = extra.length ? { ...loaded, match: { ...loaded.match, memory: [...loaded.match.memory, ...extra] } } : loaded;
  // an earlier run killed mid-write left a journal: finish (or undo) it before reading anything
  const diagnostics: Diagnostic[] = recoverProjectWrites(config);
  const { files, unmatched, refused } = expandGlobs(config.root, config.sources);
  diagnostics.push(...refusedDiagnostics(refused, config.file, 'sources'));
  for (const pattern of unmatched) {
    diagnostics.push({ ruleId: 'source-not-found', severity: 'error', message: `no source file matches "${clipMiddle(pattern, 160)}"`, hint: sourceHint(config.root, pattern), file: config.file, source: 'project' });
  }
  if (files.length === 0) throw new DiglotError(diagnostics.some((d) => d.severity === 'error') ? diagnostics : [{ ruleId: 'source-not-found', severity: 'error', message: 'no sources', file: config.file, source: 'project' }]);
  const segmentOptions = segmentOptionsFor(config);
  return { config, paths: files, segmentOptions, diagnostics };
}

/** A document's locale state, and for a document without a resource the files that look like it. */
export interface DocumentLocale {
  state: LocaleState;
  candidates: ResourceCandidate[];
}

/** Reads the locale state of every document (once per run). */
export function loadLocaleStates(config: EditionConfig, documents: readonly SourceDocument[]): Map<string, DocumentLocale> {
  const at = { root: config.root, localesDir: config.localesDir, targetLanguage: config.targetLanguage };
  return new Map(documents.map((doc) => {
    const state = readLocaleState(at, doc.slug);
    const candidates = state.resource.exists ? [] : findResourceCandidates(config.root, config.localesDir, config.targetLanguage, doc);
    return [doc.slug, { state, candidates }];
  }));
}

/** The translation memory of `match.memory` (and --memory), or undefined when none is configured. */
export function loadMemory(config: EditionConfig): LoadedMemory | undefined {
  return config.match.memory.length ? readMemory(config.root, config.match.memory) : undefined;
}
