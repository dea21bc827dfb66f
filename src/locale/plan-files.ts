// A document's locale state as read + its new content (pairs, archive, sidecar) → the files to write,
// each with its text before and after. Serialisation keeps what a human may have chosen: the line
// endings of each file and a leading BOM. Pure; the sync writer applies the result.
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
  after: string;
}

/** The new content of one document's locale files. */
export interface LocaleContent {
  pairs: ReadonlyArray<readonly [string, string | null]>;
  orphans: readonly OrphanRecord[];
  sidecar: Sidecar;
}

/** The files that hold `next` for the document whose state was `state` (unchanged ones included). */
export function planLocaleFiles(root: string, state: LocaleState, next: LocaleContent): PlannedFile[] {
  const eol = state.resource.exists ? detectEol(state.resource.text) : '\n';
  const planned: PlannedFile[] = [];
  // a file that starts with a BOM keeps it (editors on Windows add one; dropping it is a spurious change)
  const plan = (rel: string, before: string | null, after: string) => planned.push({ path: rel, abs: path.resolve(root, rel), before, after: before?.startsWith('\uFEFF') ? `\uFEFF${after}` : after });
  plan(state.paths.resource, state.resource.exists ? state.resource.text : null, serializeResource(next.pairs, eol));
  if (next.orphans.length || state.orphans.exists) {
    plan(state.paths.orphans, state.orphans.exists ? state.orphans.text : null, serializeOrphans(next.orphans, state.orphans.exists ? detectEol(state.orphans.text) : eol));
  }
  plan(state.paths.sidecar, state.sidecar.exists ? state.sidecar.text : null, serializeSidecar(next.sidecar, state.sidecar.exists ? detectEol(state.sidecar.text) : eol));
  return planned;
}
