// What a build reads of each article before it knows what changed: its source's cache key and its
// locale files' digest. A file whose stat (modification and change time, size, inode) is what the
// last build recorded is not read again, provided the record is settled: git's "racy clean" rule —
// a file changed within two seconds before the last build read it could be changed again without
// its times moving, so it is read. A stat is always taken before the read it vouches for, so a
// file changed in between is read again next time, never trusted with stale content.
import fs from 'node:fs';
import path from 'node:path';
import type { EditionConfig } from '../config/index.js';
import { localePaths, readLocaleFiles, resourceCandidates, type LocaleFiles } from '../locale/index.js';
import { readSource } from '../project/read-source.js';
import { digestParts } from './digest.js';
import { describeLocale } from './locale-digest.js';
import { changedDuringBuild } from './build-article.js';

/** A file's stat as recorded ([mtime ms, ctime ms, size, inode]), null for no file. */
export type Stamp = [mtimeMs: number, ctimeMs: number, size: number, ino: number] | null;

/** What the last build read, by stat: when it started, each source's key, each article's locale digest. */
export interface StampRecord {
  startedAt: number;
  sources: Record<string, [stamp: Stamp, key: string]>;
  locales: Record<string, LocaleRecord>;
}

/**
 * An article's locale files as read: its slug, the stamps of the paths readLocaleFiles looks at (the
 * resource's candidates, then the found one's companions: derived again from the slug), the digest,
 * whether it has a resource.
 */
export type LocaleRecord = [slug: string, stamps: Stamp[], digest: string, resource: boolean];

/** Seconds a record must be older than the file's times (FAT stores two-second times). */
const SETTLE_MS = 2000;

export function stampFile(abs: string): Stamp {
  const s = fs.statSync(abs, { throwIfNoEntry: false });
  return s ? [s.mtimeMs, s.ctimeMs, s.size, s.ino] : null;
}

/** True when a file's stamp now is the recorded one, recorded at least SETTLE_MS after the file last changed. */
function vouches(now: Stamp, was: Stamp, recordedAt: number): boolean {
  if (now === null || was === null) return now === was;
  return was[0] + SETTLE_MS <= recordedAt && was[1] + SETTLE_MS <= recordedAt && now[0] === was[0] && now[1] === was[1] && now[2] === was[2] && now[3] === was[3];
}

/** A source's cache key, and its text when it was read (else read only if the build needs it). */
export interface SourceKey {
  path: string;
  key: string;
  stamp: Stamp;
  text: string | undefined;
}

/** A source's cache key: the inputs every article shares, its path, its bytes. */
export const sourceKey = (shared: string, file: string, text: string): string => digestParts([shared, file, text]);

/** A source read again (by a builder, or for its slug): it must still have the key the build took. */
export function readSourceAgain(root: string, shared: string, file: string, key: string): string {
  const text = readSource(root, file);
  if (sourceKey(shared, file, text) !== key) throw changedDuringBuild(file);
  return text;
}

/** Each source's cache key (`shared` and its bytes): recorded where its stat vouches for it, else read. */
export function readSourceKeys(root: string, paths: readonly string[], shared: string, last: StampRecord | undefined): SourceKey[] {
  return paths.map((p) => {
    const stamp = stampFile(path.resolve(root, p));
    const was = last?.sources[p];
    if (was && last && vouches(stamp, was[0], last.startedAt)) return { path: p, key: was[1], stamp, text: undefined };
    const text = readSource(root, p);
    return { path: p, key: sourceKey(shared, p, text), stamp, text };
  });
}

/** An article's locale digest; `files` when they were read (a digest vouched for by the record leaves them unread). */
export interface LocaleRead {
  digest: string;
  files: LocaleFiles | undefined;
  record: LocaleRecord;
}

type LocaleConfig = Pick<EditionConfig, 'root' | 'localesDir' | 'targetLanguage'>;

/** The record's digest of an article's locale files, when every file's stat vouches for it (stats only). */
export function vouchedLocale(config: LocaleConfig, file: string, slug: string, last: StampRecord | undefined): LocaleRead | undefined {
  const candidates = resourceCandidates(config.localesDir, config.targetLanguage, slug);
  const was = last?.locales[file];
  if (!was || !last || was[0] !== slug || !was[3]) return undefined;
  // the paths are those the record's stamps were taken of: the same candidates, the same one found
  const paths = [...candidates, ...companionPaths(config, candidates, was[1])];
  if (paths.length === was[1].length && paths.every((p, i) => vouches(stampFile(path.resolve(config.root, p)), was[1][i], last.startedAt))) return { digest: was[2], files: undefined, record: was };
  return undefined;
}

/** Reads an article's locale files: their digest, and the record of their stats (taken before the read). */
export function readLocale(config: LocaleConfig, slug: string): LocaleRead & { files: LocaleFiles } {
  const candidates = resourceCandidates(config.localesDir, config.targetLanguage, slug);
  // the paths readLocaleFiles looks at, stamped before it reads them
  const found = candidates.map((c) => stampFile(path.resolve(config.root, c)));
  const stamps = [...found, ...companionPaths(config, candidates, found).map((p) => stampFile(path.resolve(config.root, p)))];
  const files = readLocaleFiles(config, slug);
  const digest = describeLocale(files, config);
  return { digest, files, record: [slug, stamps, digest, files.resource !== undefined] };
}

/** An article's locale files read again (by its builder): they must still have the digest the build took. */
export function readLocaleAgain(config: LocaleConfig, file: string, slug: string, digest: string): LocaleFiles {
  const files = readLocaleFiles(config, slug);
  if (describeLocale(files, config) !== digest) throw changedDuringBuild(file);
  return files;
}

/** The companions readLocaleFiles reads: those of the first resource candidate that exists (by its stamp), else of the last. */
function companionPaths(config: LocaleConfig, candidates: readonly string[], stamps: readonly Stamp[]): string[] {
  const at = candidates.findIndex((_, i) => stamps[i] !== null && stamps[i] !== undefined);
  const c = localePaths(candidates[at < 0 ? candidates.length - 1 : at], config.localesDir);
  return [c.orphans, c.sidecar, c.legacy.orphans, c.legacy.sidecar];
}
