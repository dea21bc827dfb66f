// The run definition → interrupted writes of an earlier run (a crash, kill -9, power loss) completed
// or rolled back in the folders diglot writes (outDir, the locale folders), before anything is read.
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { EditionConfig } from '../config/index.js';
import { recoverFileSets } from '../util/recover-file-sets.js';

/** Where each writer keeps its journal: build in outDir, sync/import/align in the locales folder. */
export function journalDirs(config: EditionConfig): { build: string; locales: string } {
  return { build: path.resolve(config.root, config.outDir), locales: path.resolve(config.root, config.localesDir) };
}

/** Completes or rolls back what an interrupted diglot left; info diagnostics say what was done. */
export function recoverProjectWrites(config: EditionConfig): Diagnostic[] {
  const dirs = journalDirs(config);
  const root = path.resolve(config.root);
  return [...recoverFileSets(dirs.locales, root), ...recoverFileSets(dirs.build, root)];
}
