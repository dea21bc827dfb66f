// The run definition → interrupted writes of an earlier run (a crash, kill -9, power loss) completed
// or rolled back in the folders diglot writes (outDir, the locale folders), and locks of processes
// that are gone removed, before anything is read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { EditionConfig } from '../config/index.js';
import { recoverFileSets } from '../util/recover-file-sets.js';
import { removeStaleLocks } from '../util/lock-file.js';
import { describeOwner, ownerGone } from '../util/owner.js';
import { TEMP_PREFIX } from '../util/file-set.js';
import { clipMiddle } from '../util/clip.js';
import { localeDirs } from '../locale/index.js';

/** Where each writer keeps its journal: build in outDir, sync/import/align in the locales folder. */
export function journalDirs(config: EditionConfig): { build: string; locales: string } {
  return { build: path.resolve(config.root, config.outDir), locales: path.resolve(config.root, config.localesDir) };
}

/**
 * Completes or rolls back what an interrupted diglot left, and removes the document locks of
 * processes that are gone; info diagnostics say what was done.
 */
export function recoverProjectWrites(config: EditionConfig): Diagnostic[] {
  const dirs = journalDirs(config);
  const root = path.resolve(config.root);
  const out = [...recoverFileSets(dirs.locales, root), ...recoverFileSets(dirs.build, root)];
  removeDeadTemps(dirs.build);
  for (const dir of localeDirs(config.localesDir, config.targetLanguage)) {
    for (const lock of removeStaleLocks(path.resolve(root, dir))) {
      const file = clipMiddle(path.relative(root, lock.path), 160);
      out.push({ ruleId: 'sync-lock-broken', severity: 'info', message: `removed the lock ${file} left by diglot ${describeOwner(lock.owner)}, which is no longer running`, file, source: 'sync' });
    }
  }
  return out;
}

/**
 * Temp files and staging folders (`.diglot-tmp-<pid>-…`) in outDir of a build whose process is gone
 * and that no journal names (a build stages its outputs before it journals them): never committed,
 * so removed. An entry is looked at with lstat: a staging folder is removed with what is in it (rmSync
 * unlinks symlinks inside, never follows them); anything else named so, a symlink too, is unlinked.
 */
function removeDeadTemps(outDir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(outDir).filter((n) => n.startsWith(TEMP_PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^\.diglot-tmp-(\d+)-/.exec(name)?.[1]);
    if (!pid || !ownerGone({ pid, host: os.hostname() })) continue;
    const entry = path.join(outDir, name);
    let folder: boolean;
    try {
      folder = fs.lstatSync(entry).isDirectory();
    } catch {
      continue;
    }
    fs.rmSync(entry, { force: true, recursive: folder });
  }
}
