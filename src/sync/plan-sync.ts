// A segmented source + its locale state as read (+ incoming updates) → a SyncPlan: the new text of the
// resource, orphans archive and sidecar, with every change listed. Pure: the caller read the state
// once (src/locale); applySyncPlans writes. Refuses (DiglotError) to plan over a file it could not
// read faithfully: writing it would lose data.
import path from 'node:path';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import { contentHash, planLocaleFiles, type LocaleState, type OrphanRecord } from '../locale/index.js';
import { computeSync } from './compute-sync.js';
import type { LocaleUpdate, Prefer, SyncPlan } from './types.js';

export interface PlanInput {
  source: SourceDocument;
  /** The document's locale files as read (readLocaleState). */
  state: LocaleState;
  /** Project root and locales folder (absolute or relative to the root): where files and the journal go. */
  location: { root: string; localesDir: string };
  updates?: LocaleUpdate[];
  prefer?: Prefer;
  /** Incoming translations that lost before reaching sync (e.g. a duplicate in an import file): archived. */
  archive?: OrphanRecord[];
}

/** Plans the rewrite of one document's locale files; see computeSync for the rules. */
export function planSync(input: PlanInput): SyncPlan {
  const { source, state, location } = input;
  const blocking: Diagnostic[] = [
    ...state.resource.diagnostics.filter((d) => d.severity === 'error'),
    // an info (an old-layout file this write moves) does not block; anything unreadable does
    ...state.orphans.diagnostics.filter((d) => d.severity === 'error'),
    ...state.sidecar.diagnostics.filter((d) => d.severity === 'error'),
  ];
  if (blocking.length) {
    throw new DiglotError(blocking.map((d) => ({ ...d, hint: `${d.hint ? `${d.hint}; ` : ''}diglot sync writes nothing until this file can be read` })));
  }
  const outcome = computeSync({
    keys: source.segments.map((s) => s.key),
    resourceFile: state.paths.resource,
    pairs: state.resource.pairs,
    orphans: state.orphans.records,
    ...(state.sidecar.sidecar ? { sidecar: state.sidecar.sidecar } : {}),
    sourcePath: source.path,
    sourceHash: contentHash(source.text),
    ...(input.updates ? { updates: input.updates } : {}),
    ...(input.prefer ? { prefer: input.prefer } : {}),
    ...(input.archive ? { archive: input.archive } : {}),
  });
  return {
    root: location.root,
    journalDir: path.resolve(location.root, location.localesDir),
    slug: source.slug,
    source: { path: source.path, text: source.text },
    files: planLocaleFiles(location.root, state, outcome),
    translated: outcome.pairs.filter(([, v]) => v !== null).length,
    untranslated: outcome.pairs.filter(([, v]) => v === null).length,
    changes: outcome.changes,
    conflicts: outcome.conflicts,
    ...(input.prefer ? { prefer: input.prefer } : {}),
    diagnostics: state.resource.diagnostics.filter((d) => d.severity !== 'error'),
  };
}
