// Atomic file writes: write a temp file beside the target, then rename over it, so a crash or a
// failed build never leaves a half-written output or resource file. A target that cannot be
// written is a user error (DiglotError `output-unwritable`), not a crash.
import fs from 'node:fs';
import path from 'node:path';
import { DiglotError } from '../model/diagnostic.js';

/** Writes `content` to `file` atomically (temp file in the same directory, then rename). */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  writeFilesAtomic([{ path: file, content }]);
}

/**
 * Writes several files so that either all of them appear or none: each is first written to a temp
 * file, and only when every write succeeded are they renamed into place.
 */
export function writeFilesAtomic(files: ReadonlyArray<{ path: string; content: string | Uint8Array }>): void {
  const staged: Array<{ tmp: string; target: string }> = [];
  let current = '';
  try {
    for (const f of files) {
      current = f.path;
      ensureDir(path.dirname(f.path));
      const tmp = path.join(path.dirname(f.path), `.diglot-tmp-${process.pid}-${staged.length}-${path.basename(f.path)}`);
      staged.push({ tmp, target: f.path });
      fs.writeFileSync(tmp, f.content);
    }
    for (const s of staged) {
      current = s.target;
      fs.renameSync(s.tmp, s.target);
    }
  } catch (e) {
    for (const s of staged) {
      try {
        fs.rmSync(s.tmp, { force: true });
      } catch {
        // the temp file was never created (its directory is the problem)
      }
    }
    throw unwritable(current, e);
  }
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdir can spin forever on pseudo file systems
 * such as /proc, where every level reports ENOENT.
 */
function ensureDir(dir: string): void {
  if (fs.existsSync(dir)) return;
  const parent = path.dirname(dir);
  if (parent !== dir) ensureDir(parent);
  fs.mkdirSync(dir);
}

function unwritable(file: string, e: unknown): DiglotError | Error {
  const code = (e as NodeJS.ErrnoException).code;
  if (!code) return e instanceof Error ? e : new Error(String(e));
  return new DiglotError({
    ruleId: 'output-unwritable',
    severity: 'error',
    message: `cannot write ${file} (${code}); nothing was written`,
    hint: 'check the output directory (outDir, --out) and its permissions',
    file,
    source: 'write',
  });
}
