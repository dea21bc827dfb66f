// Atomic file writes: write a temp file beside the target, then rename over it, so a crash or a
// failed build never leaves a half-written output or resource file.
import fs from 'node:fs';
import path from 'node:path';

/** Writes `content` to `file` atomically (temp file in the same directory, then rename). */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.diglot-tmp-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}-${path.basename(file)}`);
  try {
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Writes several files so that either all of them appear or none: each is first written to a temp
 * file, and only when every write succeeded are they renamed into place.
 */
export function writeFilesAtomic(files: ReadonlyArray<{ path: string; content: string | Uint8Array }>): void {
  const staged: Array<{ tmp: string; target: string }> = [];
  try {
    for (const f of files) {
      const dir = path.dirname(f.path);
      fs.mkdirSync(dir, { recursive: true });
      const tmp = path.join(dir, `.diglot-tmp-${process.pid}-${staged.length}-${path.basename(f.path)}`);
      fs.writeFileSync(tmp, f.content);
      staged.push({ tmp, target: f.path });
    }
  } catch (e) {
    for (const s of staged) fs.rmSync(s.tmp, { force: true });
    throw e;
  }
  for (const s of staged) fs.renameSync(s.tmp, s.target);
}
