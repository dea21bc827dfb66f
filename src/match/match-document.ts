// The match stage: one segmented source + its locale state (read once by the loader) → aligned units
// with statuses and provenance, and the findings about the resource itself (empty values, unused
// entries, a missing file). Pure: the memory, the project's other articles and the candidates for a
// missing resource come in as data.
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import type { LeveragePolicy } from '../config/index.js';
import { createLineIndex } from '../util/line-index.js';
import type { LocaleState, Resource, ResourceCandidate } from '../locale/index.js';
import type { MemoryIndex } from './memory-index.js';
import { matchUnits, DEFAULT_THRESHOLD } from './match-units.js';
import type { ProjectMemory } from './project-memory.js';
import { clip } from '../util/clip.js';

export interface DocumentMatch {
  units: AlignedUnit[];
  resource: Resource;
  diagnostics: Diagnostic[];
}

/** What the match stage needs besides the document and its locale state: narrow, never the whole config. */
export interface MatchStageOptions {
  /** Similarity 0–100 from which an old or foreign sentence is offered (`match.threshold`). */
  threshold?: number;
  /** The translation memory of `match.memory` / `--memory`. */
  memory?: MemoryIndex;
  /** Every article's translations (buildProjectMemory over the loaded locale states). */
  project?: ProjectMemory;
  /** `match.leverage` (`--require human` never fills). */
  leverage?: LeveragePolicy;
  /** When the resource does not exist: resource files that look like this article's (a renamed slug). */
  candidates?: readonly ResourceCandidate[];
}

/** Matches every segment of `source` against its locale state. */
export function matchDocument(source: SourceDocument, state: LocaleState, opts: MatchStageOptions = {}): DocumentMatch {
  const leverage = opts.leverage ?? 'suggest';
  const matched = matchUnits(source, state.resource, {
    threshold: opts.threshold ?? DEFAULT_THRESHOLD,
    orphans: state.orphans.records,
    orphansFile: state.paths.orphans,
    ...(state.sidecar.sidecar ? { sidecar: state.sidecar.sidecar } : {}),
    ...(opts.memory ? { memory: opts.memory } : {}),
    ...(opts.project && leverage !== 'off' ? { project: { memory: opts.project, document: source.slug, fill: leverage === 'fill' } } : {}),
  });
  const suggested = new Set(matched.units.flatMap((u) => (u.status === 'stale' && u.suggestion ? [u.suggestion.de] : [])));
  return {
    units: matched.units,
    resource: state.resource,
    diagnostics: [
      ...state.resource.diagnostics,
      ...state.orphans.diagnostics,
      ...state.sidecar.diagnostics,
      ...reportEmpty(state.resource),
      // no resource at all: one message saying so, not one "translation-missing" per sentence
      ...(state.resource.exists ? matched.diagnostics : [reportMissingResource(source, state.resource.file, opts.candidates ?? []), ...matched.diagnostics.filter((d) => d.ruleId !== 'translation-missing')]),
      ...reportUnused(state.resource, matched.used, suggested),
    ],
  };
}

/** The document has no English resource: where diglot looks for it, and files that may be it under another name. */
function reportMissingResource(source: SourceDocument, expected: string, candidates: readonly ResourceCandidate[]): Diagnostic {
  const best = candidates[0];
  const n = source.segments.length;
  return {
    ruleId: 'resource-missing',
    severity: 'warning',
    message:
      `no English resource ${expected} for this article (slug "${source.slug}"), so its ${n} segment${n === 1 ? ' is' : 's are'} untranslated` +
      (candidates.length ? `; ${candidates.map((c) => `${c.file} looks like it (${c.reason})`).join('; ')}` : ''),
    hint: best
      ? `if the slug changed, rename ${best.file} to ${expected} (and its .orphans.json and .diglot.json under .diglot/locales/ likewise), or set \`slug: ${best.file.replace(/^.*\//, '').replace(/\.json$/, '')}\` in the front matter; otherwise run \`diglot sync\` to create ${expected}`
      : `run \`diglot sync\` to create ${expected} with one untranslated (null) key per sentence`,
    file: source.path,
    source: 'match',
  };
}

/** `""` or blank English: a default i18next setup shows it as an empty string (null means untranslated). */
function reportEmpty(resource: Resource): Diagnostic[] {
  const empty = resource.pairs.filter((p) => p.value !== null && p.value.trim() === '');
  // the file's line index only when there is something to place (most resources have nothing to report)
  if (!empty.length) return [];
  const lines = createLineIndex(resource.text);
  return empty
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
  const unused = resource.pairs.filter((p) => p.value !== null && p.value.trim() !== '' && !used.has(p.key) && !suggested.has(p.key));
  if (!unused.length) return [];
  const lines = createLineIndex(resource.text);
  return unused
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
