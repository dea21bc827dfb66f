// Files named by absolute path → written all-or-nothing through the file-set transaction
// (util/file-set.ts): each path is guarded, staged as a synced temp file, and committed with the
// others in one step. For writers that have no project folders of their own (one file named on the
// command line); project writers call commitFileSet with their folders directly.
import path from 'node:path';
import { commitFileSet } from './file-set.js';
import { isInside } from './safe-path.js';

/** Writes `content` to `file` atomically; symlinks are followed only within the file's folder or `project`. */
export function writeFileAtomic(file: string, content: string | Uint8Array, project = path.dirname(path.resolve(file))): void {
  writeFilesAtomic([{ path: file, content }], project);
}

/**
 * Writes several files so that either all of them appear or none (the journal lives in their
 * common folder, where the next call's recovery finds it).
 */
export function writeFilesAtomic(files: ReadonlyArray<{ path: string; content: string | Uint8Array }>, project?: string): void {
  if (!files.length) return;
  const abs = files.map((f) => path.resolve(f.path));
  const common = abs.map((f) => path.dirname(f)).reduce(commonDir);
  commitFileSet(
    abs.map((f, i) => ({ folder: path.dirname(f), name: path.basename(f), content: files[i].content })),
    { project: project ?? common, journalDir: common },
  );
}

function commonDir(a: string, b: string): string {
  let dir = a;
  while (!isInside(b, dir)) dir = path.dirname(dir);
  return dir;
}
