// A document's locale state as read + its new content (pairs, archive, sidecar) → the files to write
// (and the old-layout companions to remove: their content moves into the companion store in the
// same write), each with its text before and after. Serialisation keeps what a human may have
// chosen: the line endings of each file and a leading BOM. Pure; the sync writer applies the result.
import path from 'node:path';
import { detectEol, serializeOrphans, serializeResource, serializeSidecar, type OrphanRecord, type Sidecar } from './companions.js';
import type { LocaleState } from './read-state.js';

export interface PlannedFile {
  /** Path relative to the project root. */
  path: string;
  /** Absolute path. */
  abs: string;
  /** Content when planned (null: the file did not exist). Applying checks it is still so. */
  before: string | null;
  /** New content; null: the file is removed (an old-layout companion whose content moved). */
  after: string | null;
}

/** The new content of one document's locale files. */
export interface LocaleContent {
  pairs: ReadonlyArray<readonly [string, string | null]>;
  orphans: readonly OrphanRecord[];
  sidecar: Sidecar;
}

/**
 * The files that hold `next` for the document whose state was `state` (unchanged ones included);
 * the resource comes first. Old-layout companions are planned as removals after the new files.
 */
export function planLocaleFiles(root: string, state: LocaleState, next: LocaleContent): PlannedFile[] {
  const eol = state.resource.exists ? detectEol(state.resource.text) : '\n';
  const planned: PlannedFile[] = [];
  // a file that starts with a BOM keeps it (editors on Windows add one; dropping it is a spurious
  // change), and so does a companion moved out of the namespace folder
  const plan = (rel: string, before: string | null, after: string, styled = before) => planned.push({ path: rel, abs: path.resolve(root, rel), before, after: styled?.startsWith('\uFEFF') ? `\uFEFF${after}` : after });
  plan(state.paths.resource, state.resource.exists ? state.resource.text : null, serializeResource(next.pairs, eol));
  const { orphans: oldOrphans, sidecar: oldSidecar } = state.legacy;
  if (next.orphans.length || state.orphans.exists || oldOrphans !== undefined) {
    const style = state.orphans.exists ? state.orphans.text : oldOrphans;
    plan(state.paths.orphans, state.orphans.exists ? state.orphans.text : null, serializeOrphans(next.orphans, style !== undefined ? detectEol(style) : eol), style ?? null);
  }
  const style = state.sidecar.exists ? state.sidecar.text : oldSidecar;
  plan(state.paths.sidecar, state.sidecar.exists ? state.sidecar.text : null, serializeSidecar(next.sidecar, style !== undefined ? detectEol(style) : eol), style ?? null);
  const remove = (rel: string, before: string) => planned.push({ path: rel, abs: path.resolve(root, rel), before, after: null });
  if (oldOrphans !== undefined) remove(state.paths.legacy.orphans, oldOrphans);
  if (oldSidecar !== undefined) remove(state.paths.legacy.sidecar, oldSidecar);
  return planned;
}
