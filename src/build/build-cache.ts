// The build cache: per-article results under `.diglot/cache/build/<key>.json` in the project (a
// folder to git-ignore). Content-addressed: the key is a digest of what the result was computed
// from, and each entry carries its key, a format tag and a checksum of each part, so a corrupt,
// truncated, foreign or hand-edited entry is ignored (and rebuilt), never trusted. Writes go to a
// temp file at once (so a large build does not hold its entries in memory) and are renamed by
// `commit` (a build that writes no edition leaves no entry), so a reader sees a whole entry or none;
// not fsynced (a cache may be lost).
// An entry is a JSON header line {format, key, parts: [[bytes, checksum], …]} and its parts' JSON,
// one after another. A part is read alone (an article's head without its cross-article data): its
// bytes are checked against their checksum before they are decoded or parsed. One file per article
// rather than two: creating a file is the dearest step of a cold build on some file systems.
import fs from 'node:fs';
import path from 'node:path';
import { digestParts } from './digest.js';
import { isInside, realExisting } from '../util/safe-path.js';

export const CACHE_DIR = path.join('.diglot', 'cache', 'build');
export const CACHE_FORMAT = 'diglot-build-cache/11';
const ENTRY = /^[0-9a-f]{32}\.json$/;

export interface BuildCache {
  /** The entry's body (its first part), or undefined when there is none or it cannot be trusted. */
  read<T>(key: string): T | undefined;
  /** Part `index` of an entry written with several (only its bytes are checked and parsed). */
  readPart<T>(key: string, index: number): T | undefined;
  /** Stages an entry (a temp file); it is read by later builds once committed. */
  write(key: string, body: unknown): void;
  /** Stages an entry of several parts, each read alone; false when it could not be (nothing to read back). */
  writeParts(key: string, parts: readonly unknown[]): boolean;
  /** Part `index` of an entry this build staged (read back, checked like any entry), before it is committed. */
  readStaged<T>(key: string, index: number): T | undefined;
  /** Whether a committed entry is there (a look, not a read). */
  has(key: string): boolean;
  /** Whether an entry this build staged is still there with the size it was written with (a quick look, not a read). */
  hasStaged(key: string): boolean;
  /** Makes the staged entries the cache's. */
  commit(): void;
  /** Removes the staged entries (a build that writes nothing). */
  discard(): void;
  /** Removes entries this build did not use (one entry per article stays). */
  prune(used: ReadonlySet<string>): void;
  readonly dir: string;
}

interface Header {
  format: string;
  key: string;
  /** Each part's length in bytes and checksum. */
  parts: Array<[bytes: number, checksum: string]>;
}

/** Bytes read first from an entry: its header line (a part is then read alone, with its own read). */
const FIRST_READ = 1024;

/** The cache of the project at `root`; `enabled: false` gives a cache that never hits nor writes. */
export function openBuildCache(root: string, enabled = true): BuildCache {
  const dir = path.join(root, CACHE_DIR);
  if (!enabled) return { dir, read: () => undefined, readPart: () => undefined, write: () => {}, writeParts: () => false, readStaged: () => undefined, has: () => false, hasStaged: () => false, commit: () => {}, discard: () => {}, prune: () => {} };
  let made = false;
  const staged = new Map<string, string>();
  /** Each staged temp file's size as written. */
  const sizes = new Map<string, number>();
  /** The folders the first write made (removed again, when empty, by discard). */
  const created: string[] = [];
  const entryFile = (key: string): string => path.join(dir, `${key}.json`);
  const readPart = <T>(key: string, index: number, file = entryFile(key)): T | undefined => {
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      return undefined;
    }
    try {
      // a small buffer comes from Node's pool; the header line fits in it
      const first = Buffer.allocUnsafe(FIRST_READ);
      const got = fs.readSync(fd, first, 0, FIRST_READ, 0);
      const nl = first.subarray(0, got).indexOf(0x0a);
      if (nl < 0) return undefined;
      const h = JSON.parse(first.subarray(0, nl).toString('utf8')) as Partial<Header>;
      if (h.format !== CACHE_FORMAT || h.key !== key || !Array.isArray(h.parts) || index >= h.parts.length) return undefined;
      let at = nl + 1;
      for (let i = 0; i < index; i++) at += h.parts[i][0];
      const [bytes, checksum] = h.parts[index];
      let body: Buffer;
      if (at + bytes <= got) body = first.subarray(at, at + bytes);
      else {
        body = Buffer.allocUnsafe(bytes);
        if (fs.readSync(fd, body, 0, bytes, at) !== bytes) return undefined;
      }
      // the checksum is over the part's bytes as read: checked before they are decoded or parsed
      if (checksum !== digestParts([body])) return undefined;
      return JSON.parse(body.toString('utf8')) as T;
    } catch {
      return undefined;
    } finally {
      fs.closeSync(fd);
    }
  };
  const writeParts = (key: string, parts: readonly unknown[]): boolean => {
    try {
      if (!made) {
        // a .diglot (or cache) folder that is a symlink out of the project is not written through
        if (!isInside(realExisting(dir), realExisting(root))) return false;
        for (let d = dir; d !== root && !fs.existsSync(d); d = path.dirname(d)) created.unshift(d);
        fs.mkdirSync(dir, { recursive: true });
      }
      made = true;
      const file = entryFile(key);
      const tmp = `${file}.${process.pid}.tmp`;
      const bodies = parts.map((p) => Buffer.from(JSON.stringify(p), 'utf8'));
      const header: Header = { format: CACHE_FORMAT, key, parts: bodies.map((b) => [b.length, digestParts([b])]) };
      const bytes = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), ...bodies]);
      fs.writeFileSync(tmp, bytes);
      staged.set(file, tmp);
      sizes.set(tmp, bytes.length);
      return true;
    } catch {
      // a cache that cannot be written (read-only checkout, full disk) only makes the next build slower
      return false;
    }
  };
  return {
    dir,
    read: (key) => readPart(key, 0),
    readPart,
    write: (key, body) => writeParts(key, [body]),
    writeParts,
    readStaged(key, index) {
      const tmp = staged.get(entryFile(key));
      return tmp === undefined ? undefined : readPart(key, index, tmp);
    },
    has: (key) => fs.existsSync(entryFile(key)),
    hasStaged(key) {
      const tmp = staged.get(entryFile(key));
      return tmp !== undefined && fs.statSync(tmp, { throwIfNoEntry: false })?.size === sizes.get(tmp);
    },
    commit() {
      for (const [file, tmp] of staged) {
        try {
          fs.renameSync(tmp, file);
        } catch {
          // as for write: a lost entry is rebuilt
        }
      }
      staged.clear();
      sizes.clear();
    },
    discard() {
      for (const tmp of staged.values()) fs.rmSync(tmp, { force: true });
      staged.clear();
      sizes.clear();
      for (const d of created.reverse()) {
        try {
          fs.rmdirSync(d);
        } catch {
          // not empty (another run's entries): leave it
        }
      }
      created.length = 0;
      made = false;
    },
    prune(used) {
      let names: string[];
      try {
        names = fs.readdirSync(dir);
      } catch {
        return;
      }
      for (const n of names) if ((ENTRY.test(n) && !used.has(n.slice(0, -5))) || n.endsWith('.tmp')) fs.rmSync(path.join(dir, n), { force: true });
    },
  };
}
