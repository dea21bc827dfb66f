// A segmented source + the run definition (+ incoming updates) → a SyncPlan: the new text of the
// resource, orphans archive and sidecar, with every change listed. Reads files; writes nothing.
// Refuses (DiglotError) to plan over a file it cannot read faithfully: writing it would lose data.
import path from 'node:path';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import type { EditionConfig } from '../config/index.js';
import { loadLocaleFiles } from '../match/match-document.js';
import { contentHash, detectEol, serializeOrphans, serializeResource, serializeSidecar, type OrphanRecord } from '../match/locale-files.js';
import { computeSync } from './compute-sync.js';
import type { LocaleUpdate, PlannedFile, Prefer, SyncPlan } from './types.js';

export interface PlanInput {
  source: SourceDocument;
  config: EditionConfig;
  updates?: LocaleUpdate[];
  prefer?: Prefer;
  /** Incoming translations that lost before reaching sync (e.g. a duplicate in an import file): archived. */
  archive?: OrphanRecord[];
}

/** Plans the rewrite of one document's locale files; see computeSync for the rules. */
export function planSync(input: PlanInput): SyncPlan {
  const { source, config } = input;
  const files = loadLocaleFiles(config.root, config.localesDir, config.targetLanguage, source.slug);
  const blocking: Diagnostic[] = [
    ...files.resource.diagnostics.filter((d) => d.severity === 'error'),
    ...files.orphans.diagnostics,
    ...files.sidecar.diagnostics,
  ];
  if (blocking.length) {
    throw new DiglotError(blocking.map((d) => ({ ...d, hint: `${d.hint ? `${d.hint}; ` : ''}diglot sync writes nothing until this file can be read` })));
  }
  const outcome = computeSync({
    keys: source.segments.map((s) => s.key),
    resourceFile: files.paths.resource,
    pairs: files.resource.pairs,
    orphans: files.orphans.records,
    ...(files.sidecar.sidecar ? { sidecar: files.sidecar.sidecar } : {}),
    sourcePath: source.path,
    sourceHash: contentHash(source.text),
    ...(input.updates ? { updates: input.updates } : {}),
    ...(input.prefer ? { prefer: input.prefer } : {}),
    ...(input.archive ? { archive: input.archive } : {}),
  });
  const eol = files.resource.exists ? detectEol(files.resource.text) : '\n';
  const planned: PlannedFile[] = [];
  // a file that starts with a BOM keeps it (editors on Windows add one; dropping it is a spurious change)
  const plan = (rel: string, before: string | null, after: string) => planned.push({ path: rel, abs: path.resolve(config.root, rel), before, after: before?.startsWith('\uFEFF') ? `\uFEFF${after}` : after });
  plan(files.paths.resource, files.resource.exists ? files.resource.text : null, serializeResource(outcome.pairs, eol));
  if (outcome.orphans.length || files.orphans.exists) {
    plan(files.paths.orphans, files.orphans.exists ? files.orphans.text : null, serializeOrphans(outcome.orphans, files.orphans.exists ? detectEol(files.orphans.text) : eol));
  }
  plan(files.paths.sidecar, files.sidecar.exists ? files.sidecar.text : null, serializeSidecar(outcome.sidecar, files.sidecar.exists ? detectEol(files.sidecar.text) : eol));
  return {
    root: config.root,
    journalDir: path.resolve(config.root, config.localesDir),
    slug: source.slug,
    source: { path: source.path, text: source.text },
    files: planned,
    translated: outcome.pairs.filter(([, v]) => v !== null).length,
    untranslated: outcome.pairs.filter(([, v]) => v === null).length,
    changes: outcome.changes,
    conflicts: outcome.conflicts,
    ...(input.prefer ? { prefer: input.prefer } : {}),
    diagnostics: files.resource.diagnostics.filter((d) => d.severity !== 'error'),
  };
}
