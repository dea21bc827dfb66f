// An exclusive lock file recording its owner (PID, host, time) → acquired, held by another live
// process, or broken because its owner is gone (a crash). Mechanism only: callers word the messages.
// The lock appears with its content in one step (a hard link of a finished temp file), so a crash
// can never leave an empty, ownerless lock behind.
import fs from 'node:fs';
import path from 'node:path';
import { currentOwner, ownerGone, parseOwner, type Owner } from './owner.js';

export type LockResult =
  | { state: 'acquired'; path: string; release(): void; broken?: Owner }
  | { state: 'held'; path: string; owner: Owner | undefined };

/**
 * Creates `file` exclusively. A lock whose owner is gone (same host, no such process) is removed and
 * taken over once. Any file-system error other than "exists" is thrown as is (the caller reports it).
 */
export function acquireLock(file: string): LockResult {
  removeDeadTemps(file);
  let broken: Owner | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (createWithContent(file, `${JSON.stringify(currentOwner())}\n`)) {
      return { state: 'acquired', path: file, release: () => fs.rmSync(file, { force: true }), ...(broken ? { broken } : {}) };
    }
    const text = readOrEmpty(file);
    const owner = parseOwner(text);
    // an empty lock can only come from a diglot that did not link its lock (a file system without
    // hard links) and was killed between creating and filling it
    const gone = owner ? ownerGone(owner) : text === '' && olderThan(file, EMPTY_LOCK_GRACE_MS);
    if (attempt > 0 || !gone) return { state: 'held', path: file, owner };
    // remove it only if it is still the stale lock just read (another process may have broken it first)
    if (readOrEmpty(file) !== text) return { state: 'held', path: file, owner: parseOwner(readOrEmpty(file)) };
    fs.rmSync(file, { force: true });
    broken = owner ?? { pid: 0, host: '?' };
  }
  return { state: 'held', path: file, owner: parseOwner(readOrEmpty(file)) };
}

/** True when this call created `file` holding `content`; false when it existed. */
function createWithContent(file: string, content: string): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    // no hard links here: exclusive create, then fill
    try {
      const fd = fs.openSync(file, 'wx');
      try {
        fs.writeSync(fd, content);
      } finally {
        fs.closeSync(fd);
      }
      return true;
    } catch (e2) {
      if ((e2 as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e2;
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/**
 * Removes the locks (`*.diglot-lock`) in `dir` whose owner is gone, and their leftover temp files;
 * returns the removed locks with their owners (for the caller's notice).
 */
export function removeStaleLocks(dir: string): Array<{ path: string; owner: Owner }> {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: Array<{ path: string; owner: Owner }> = [];
  for (const n of names.filter((x) => x.endsWith('.diglot-lock')).sort()) {
    const file = path.join(dir, n);
    removeDeadTemps(file);
    const text = readOrEmpty(file);
    const owner = parseOwner(text);
    if (!owner || !ownerGone(owner) || readOrEmpty(file) !== text) continue;
    fs.rmSync(file, { force: true });
    removed.push({ path: file, owner });
  }
  return removed;
}

/** Temp files of locks (`<lock>.<pid>.tmp`) that a killed process left behind. */
function removeDeadTemps(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    const m = n.startsWith(prefix) ? /^(\d+)\.tmp$/.exec(n.slice(prefix.length)) : null;
    if (m && ownerGone({ pid: Number(m[1]), host: currentOwner().host })) fs.rmSync(path.join(dir, n), { force: true });
  }
}

/** How old an empty lock must be before it counts as left by a crash. */
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
