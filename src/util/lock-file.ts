// An exclusive lock file recording its owner (PID, host, time) → acquired, held by another live
// process, or broken because its owner is gone (a crash). Mechanism only: callers word the messages.
import fs from 'node:fs';
import { currentOwner, ownerGone, parseOwner, type Owner } from './owner.js';

export type LockResult =
  | { state: 'acquired'; path: string; release(): void; broken?: Owner }
  | { state: 'held'; path: string; owner: Owner | undefined };

/**
 * Creates `file` exclusively. A lock whose owner is gone (same host, no such process) is removed and
 * taken over once. Any file-system error other than "exists" is thrown as is (the caller reports it).
 */
export function acquireLock(file: string): LockResult {
  let broken: Owner | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      try {
        fs.writeSync(fd, `${JSON.stringify(currentOwner())}\n`);
      } finally {
        fs.closeSync(fd);
      }
      return { state: 'acquired', path: file, release: () => fs.rmSync(file, { force: true }), ...(broken ? { broken } : {}) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const text = readOrEmpty(file);
    const owner = parseOwner(text);
    const gone = owner ? ownerGone(owner) : text === '' && olderThan(file, EMPTY_LOCK_GRACE_MS);
    if (attempt > 0 || !gone) return { state: 'held', path: file, owner };
    // remove it only if it is still the stale lock just read (another process may have broken it first)
    if (readOrEmpty(file) !== text) return { state: 'held', path: file, owner: parseOwner(readOrEmpty(file)) };
    fs.rmSync(file, { force: true });
    broken = owner ?? { pid: 0, host: '?' };
  }
  return { state: 'held', path: file, owner: parseOwner(readOrEmpty(file)) };
}

/** A lock is created empty and filled at once: an empty one this old was left by a crash in between. */
const EMPTY_LOCK_GRACE_MS = 5_000;

function olderThan(file: string, ms: number): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs > ms;
  } catch {
    return false;
  }
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
