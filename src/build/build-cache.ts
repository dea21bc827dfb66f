// The build cache: per-article results under `.diglot/cache/build/<key>.json` in the project (a
// folder to git-ignore). Content-addressed: the key is a digest of what the result was computed
// from, and each entry carries its key, a format tag and a checksum of its body, so a corrupt,
// truncated, foreign or hand-edited entry is ignored (and rebuilt), never trusted. Writes go to a
// temp file at once (so a large build does not hold its entries in memory) and are renamed by
// `commit` (a build that writes no edition leaves no entry), so a reader sees a whole entry or none;
// not fsynced (a cache may be lost).
// An entry is two lines: a JSON header {format, key, checksum} and the body's JSON, whose bytes the
// checksum covers (checked before the body is parsed, without serialising it again).
import fs from 'node:fs';
import path from 'node:path';
import { digestParts } from './digest.js';
import { isInside, realExisting } from '../util/safe-path.js';

export const CACHE_DIR = path.join('.diglot', 'cache', 'build');
export const CACHE_FORMAT = 'diglot-build-cache/9';
const ENTRY = /^[0-9a-f]{32}\.json$/;

export interface BuildCache {
  /** The entry's body, or undefined when there is none or it cannot be trusted. */
  read<T>(key: string): T | undefined;
  /** Stages an entry (a temp file); it is read by later builds once committed. */
  write(key: string, body: unknown): void;
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
  checksum: string;
}

/** The cache of the project at `root`; `enabled: false` gives a cache that never hits nor writes. */
export function openBuildCache(root: string, enabled = true): BuildCache {
  const dir = path.join(root, CACHE_DIR);
  if (!enabled) return { dir, read: () => undefined, write: () => {}, commit: () => {}, discard: () => {}, prune: () => {} };
  let made = false;
  const staged = new Map<string, string>();
  /** The folders the first write made (removed again, when empty, by discard). */
  const created: string[] = [];
  return {
    dir,
    read<T>(key: string): T | undefined {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(path.join(dir, `${key}.json`));
      } catch {
        return undefined;
      }
      try {
        const nl = bytes.indexOf(0x0a);
        if (nl < 0) return undefined;
        const h = JSON.parse(bytes.subarray(0, nl).toString('utf8')) as Partial<Header>;
        const body = bytes.subarray(nl + 1);
        // the checksum is over the body's bytes as read: checked before the body is decoded or parsed
        if (h.format !== CACHE_FORMAT || h.key !== key || h.checksum !== digestParts([body])) return undefined;
        return JSON.parse(body.toString('utf8')) as T;
      } catch {
        return undefined;
      }
    },
    write(key, body) {
      try {
        if (!made) {
          // a .diglot (or cache) folder that is a symlink out of the project is not written through
          if (!isInside(realExisting(dir), realExisting(root))) return;
          for (let d = dir; d !== root && !fs.existsSync(d); d = path.dirname(d)) created.unshift(d);
          fs.mkdirSync(dir, { recursive: true });
        }
        made = true;
        const file = path.join(dir, `${key}.json`);
        const tmp = `${file}.${process.pid}.tmp`;
        const text = Buffer.from(JSON.stringify(body), 'utf8');
        const header: Header = { format: CACHE_FORMAT, key, checksum: digestParts([text]) };
        fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), text]));
        staged.set(file, tmp);
      } catch {
        // a cache that cannot be written (read-only checkout, full disk) only makes the next build slower
      }
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
    },
    discard() {
      for (const tmp of staged.values()) fs.rmSync(tmp, { force: true });
      staged.clear();
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
