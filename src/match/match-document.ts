// One segmented source + the project's locale files → aligned units with statuses and provenance.
// This is the match stage the pipeline calls; it reads the document's resource, orphans archive,
// sidecar (unless the caller passes them) and the configured memory (I/O edge), then matches with
// the pure matchUnits, the other articles' translations (project memory) included.
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import type { EditionConfig, LeveragePolicy } from '../config/index.js';
import { createLineIndex } from '../util/line-index.js';
import { readTextIfExists } from '../util/read-text.js';
import { loadResource, type Resource } from './load-resource.js';
import { localePaths, parseOrphans, parseSidecar, type LocalePaths, type OrphanRecord, type Sidecar } from './locale-files.js';
import { loadMemory } from './load-memory.js';
import { matchUnits } from './match-units.js';
import type { ProjectMemory } from './project-memory.js';
import { clip } from '../util/clip.js';
import { findResourceCandidates } from './resource-candidates.js';

export interface DocumentMatch {
  units: AlignedUnit[];
  resource: Resource;
  diagnostics: Diagnostic[];
}

export interface LocaleFiles {
  paths: LocalePaths;
  resource: Resource;
  orphans: { exists: boolean; text: string; records: OrphanRecord[]; diagnostics: Diagnostic[] };
  sidecar: { exists: boolean; text: string; sidecar: Sidecar | undefined; diagnostics: Diagnostic[] };
}

/** Reads the resource, orphans archive and sidecar of one document (absent files are empty). */
export function loadLocaleFiles(root: string, localesDir: string, lang: string, slug: string): LocaleFiles {
  const resource = loadResource(root, localesDir, lang, slug);
  const paths = localePaths(resource.file);
  const orphansText = readTextIfExists(path.resolve(root, paths.orphans), { file: paths.orphans, unreadableRuleId: 'orphans-unreadable', source: 'match' });
  const sidecarText = readTextIfExists(path.resolve(root, paths.sidecar), { file: paths.sidecar, unreadableRuleId: 'sidecar-unreadable', source: 'match' });
  const orphans = orphansText === undefined ? { records: [], diagnostics: [] } : parseOrphans(orphansText, paths.orphans);
  const sidecar = sidecarText === undefined ? { sidecar: undefined, diagnostics: [] } : parseSidecar(sidecarText, paths.sidecar);
  return {
    paths,
    resource,
    orphans: { exists: orphansText !== undefined, text: orphansText ?? '', ...orphans },
    sidecar: { exists: sidecarText !== undefined, text: sidecarText ?? '', ...sidecar },
  };
}

/** Runs whose memory problems were already reported (once per run, not once per document). */
const memoryReported = new WeakSet<EditionConfig>();

/** What the pipeline already holds for a document: its locale files and the project memory. */
export interface MatchInputs {
  /** The document's locale files, when the caller loaded them already (else they are read here). */
  files?: LocaleFiles;
  /** Every article's translations (buildProjectMemory over the loaded locale files). */
  project?: ProjectMemory;
  /** Overrides `match.leverage` of the config (`--require human` never fills). */
  leverage?: LeveragePolicy;
}

/** Loads the document's locale files (unless given) and the memory, and matches every segment. */
export function matchDocument(source: SourceDocument, config: EditionConfig, inputs: MatchInputs = {}): DocumentMatch {
  const files = inputs.files ?? loadLocaleFiles(config.root, config.localesDir, config.targetLanguage, source.slug);
  const memory = config.match.memory.length ? loadMemory(config.root, config.match.memory) : undefined;
  const leverage = inputs.leverage ?? config.match.leverage;
  const matched = matchUnits(source, files.resource, {
    threshold: config.match.threshold,
    orphans: files.orphans.records,
    orphansFile: files.paths.orphans,
    ...(files.sidecar.sidecar ? { sidecar: files.sidecar.sidecar } : {}),
    ...(memory ? { memory: memory.index } : {}),
    ...(inputs.project && leverage !== 'off' ? { project: { memory: inputs.project, document: source.slug, fill: leverage === 'fill' } } : {}),
  });
  const suggested = new Set(matched.units.flatMap((u) => (u.status === 'stale' && u.suggestion ? [u.suggestion.de] : [])));
  return {
    units: matched.units,
    resource: files.resource,
    diagnostics: [
      ...files.resource.diagnostics,
      ...files.orphans.diagnostics,
      ...files.sidecar.diagnostics,
      ...(memory && !memoryReported.has(config) ? (memoryReported.add(config), memory.diagnostics) : []),
      ...reportEmpty(files.resource),
      // no resource at all: one message saying so, not one "translation-missing" per sentence
      ...(files.resource.exists ? matched.diagnostics : [reportMissingResource(source, config, files.resource.file), ...matched.diagnostics.filter((d) => d.ruleId !== 'translation-missing')]),
      ...reportUnused(files.resource, matched.used, suggested),
    ],
  };
}

/** The document has no English resource: where diglot looks for it, and files that may be it under another name. */
function reportMissingResource(source: SourceDocument, config: EditionConfig, expected: string): Diagnostic {
  const candidates = findResourceCandidates(config.root, config.localesDir, config.targetLanguage, source);
  const best = candidates[0];
  const n = source.segments.length;
  return {
    ruleId: 'resource-missing',
    severity: 'warning',
    message:
      `no English resource ${expected} for this article (slug "${source.slug}"), so its ${n} segment${n === 1 ? ' is' : 's are'} untranslated` +
      (candidates.length ? `; ${candidates.map((c) => `${c.file} looks like it (${c.reason})`).join('; ')}` : ''),
    hint: best
      ? `if the slug changed, rename ${best.file} (with its .orphans.json and .diglot.json) to ${expected}, or set \`slug: ${best.file.replace(/^.*\//, '').replace(/\.json$/, '')}\` in the front matter; otherwise run \`diglot sync\` to create ${expected}`
      : `run \`diglot sync\` to create ${expected} with one untranslated (null) key per sentence`,
    file: source.path,
    source: 'match',
  };
}

/** `""` or blank English: a default i18next setup shows it as an empty string (null means untranslated). */
function reportEmpty(resource: Resource): Diagnostic[] {
  const lines = createLineIndex(resource.text);
  return resource.pairs
    .filter((p) => p.value !== null && p.value.trim() === '')
    .map((p) => ({
      ruleId: 'empty-target',
      severity: 'error' as const,
      message: `the English for "${clip(p.key)}" is empty; i18next (returnEmptyString: true by default) would show an empty string`,
      hint: 'write the translation, or use null to mark the key untranslated (what `diglot sync` writes)',
      file: resource.file,
      place: { start: lines.pointAt(p.offset) },
      source: 'match',
    }));
}

/** Resource entries no segment uses: kept (never lost), reported so an editor can act. */
function reportUnused(resource: Resource, used: ReadonlySet<string>, suggested: ReadonlySet<string>): Diagnostic[] {
  if (!resource.exists) return [];
  const lines = createLineIndex(resource.text);
  return resource.pairs
    .filter((p) => p.value !== null && p.value.trim() !== '' && !used.has(p.key) && !suggested.has(p.key))
    .map((p) => ({
      ruleId: 'translation-unused',
      severity: 'warning' as const,
      message: `entry "${clip(p.key)}" matches no German segment (the German may have been edited or removed)`,
      hint: 'run `diglot sync` to archive it as an orphan (it stays available as a stale suggestion)',
      file: resource.file,
      place: { start: lines.pointAt(p.offset) },
      source: 'match',
    }));
}
