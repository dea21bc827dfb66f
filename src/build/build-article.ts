// An article as a build holds it between reading the project and writing the edition: what its
// source and locale files were found to be (their key and digest; the files themselves only until
// the memory rows it lends the others are taken from them), its cached result while that stands;
// and the small steps on it that every part of the build shares.
import path from 'node:path';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import { isFatal } from '../model/rules.js';
import { parseLocaleFiles, type LocaleFiles } from '../locale/index.js';
import { indexMemoryRows, listMemoryRows, type MemoryRow, type MemoryRowIndex, type RowTextStore } from '../match/index.js';
import type { StagedOutput } from '../project/write-edition.js';
import type { ArticleResult, PackedHead } from './article-result.js';
import type { StampRecord } from './read-inputs.js';
import { FINDING_LISTS, shareResultFindings, type ResultFindings, type Share } from './share-strings.js';

export interface Article {
  path: string;
  slug: string;
  /** The cache key: the shared inputs and this source. */
  key: string;
  /** The cached result, while it may be reused (its cross-article data read only when needed). */
  cached: ArticleResult | undefined;
  head: PackedHead | undefined;
  /** Its locale files as read, until its memory rows are taken (unread while the last build's record vouches for them). */
  files: LocaleFiles | undefined;
  /** Reads them (again), checked against `filesDigest`. */
  reread?: () => LocaleFiles;
  /** The digest of its locale files (describeLocale). */
  filesDigest: string;
  /** What its cached result depends on in the locale store: `filesDigest`, and for an article without a resource the whole folder's. */
  localeDigest: string;
  rows?: MemoryRow[];
  /** Its rows read back from the project memory they were lent to (lendMemory), instead of `rows`. */
  lent?: () => MemoryRow[];
}

/** An article this build made: its result (without what only the cache keeps) and its staged outputs. */
export interface Built {
  result: Omit<ArticleResult, 'localeDigest' | 'memoryRows'>;
  staged: StagedOutput[];
  /** The key of the staged cache entry its findings wait in (its lists are empty until takeFindingsBack). */
  findingsIn?: string;
  /**
   * While they wait: the findings the writing of the edition depends on (fatal ones, which stop it,
   * and those a waiver suppresses, which decide the unused waivers), in their lists' order.
   */
  early?: ResultFindings;
}

/**
 * Lets go of what only the building needed, once it is over: each article's memory rows and locale
 * files (the cache holds the rows), and the answers each built article was given.
 */
export function letGoOfBuilding(articles: Iterable<Article>, built: Iterable<Built>): void {
  for (const a of articles) a.rows = a.files = a.lent = undefined;
  for (const b of built) b.result.translationLookups = [];
}

/**
 * Empties a built article's lists of findings, which wait in its staged cache entry (`key`): a build
 * of 10,000 articles makes some 200,000 findings, and they need not be held while it builds.
 */
export function setFindingsAside(b: Built, key: string): Built {
  const early = {} as ResultFindings;
  for (const f of FINDING_LISTS) {
    early[f] = b.result[f].filter(isNeededEarly);
    b.result[f] = [];
  }
  b.findingsIn = key;
  b.early = early;
  return b;
}

/**
 * A cached result's findings, set aside until the edition is written: its lists (and its head's,
 * which share them) keep only those the writing needs (isNeededEarly); readFindingsBack restores them
 * from the cache entry they were read from.
 */
export function setCachedFindingsAside(result: ResultFindings, head: Partial<ResultFindings>): void {
  for (const f of FINDING_LISTS) head[f] = result[f] = result[f].filter(isNeededEarly);
}

/** Where findings set aside wait: the cache entry `key` (staged or committed), for the results of the article at `path`. */
export interface FindingsAside {
  key: string;
  path: string;
  results: ResultFindings[];
}

/**
 * Reads findings set aside back from their cache entries (`readHead`: an entry's head), their
 * repeated strings shared (`share`: those kept in memory were shared when they came), into every
 * result named. An entry that cannot be read back (the cache folder removed or changed while the
 * build ran) stops the build.
 */
export function readFindingsBack(entries: Iterable<FindingsAside>, readHead: (key: string) => PackedHead | undefined, cacheDir: string, share: Share): void {
  for (const { key, path: file, results } of entries) {
    const head = readHead(key);
    if (!head || head.path !== file) throw entryChanged(cacheDir, key);
    shareResultFindings(head, share);
    for (const result of results) for (const f of FINDING_LISTS) result[f] = head[f];
  }
}

/**
 * Checks, before the edition is written, that every entry findings wait in is still there (`has`),
 * so that reading them back after the writing does not fail: an entry gone (the cache folder
 * removed while the build ran) stops the build here, with nothing written.
 */
export function checkFindingsAside(keys: Iterable<string>, has: (key: string) => boolean, cacheDir: string): void {
  for (const key of keys) if (!has(key)) throw entryChanged(cacheDir, key);
}

/** The findings of the built articles set aside (setFindingsAside): where they wait. */
export function builtFindingsAside(built: Iterable<Built>): FindingsAside[] {
  return [...built].flatMap((b) => (b.findingsIn === undefined ? [] : [{ key: b.findingsIn, path: b.result.path, results: [b.result] }]));
}

/** The built articles' findings read back from their staged entries (`readStaged`), which they then no longer wait in. */
export function takeFindingsBack(built: Iterable<Built>, readStaged: (key: string) => PackedHead | undefined, cacheDir: string, share: Share): void {
  const list = [...built];
  readFindingsBack(builtFindingsAside(list), readStaged, cacheDir, share);
  for (const b of list) b.findingsIn = b.early = undefined;
}

const entryChanged = (cacheDir: string, key: string): DiglotError => changedDuringBuild(path.join(cacheDir, `${key}.json`), 'the build cache entry');

const isNeededEarly = (d: Diagnostic): boolean => d.suppression !== undefined || (d.severity === 'error' && isFatal(d.ruleId));

/** A built article's result as the writing sees it: its findings, or while they wait those it needs (`early`). */
export function resultBeforeWriting(b: Built): Built['result'] {
  return b.findingsIn !== undefined && b.early ? { ...b.result, ...b.early } : b.result;
}

/** What the last build saw of the whole project (so an unchanged project skips the cross-checks). */
export interface LastBuild {
  memoryInputs: string;
  renderingsDigest: string;
  /** Its articles and their cache keys (what a changed or withdrawn article was). */
  articles: Array<[path: string, key: string]>;
  /** The stats of the files it read (which files this build need not read again). */
  stamps: StampRecord;
}

/** A cached article (its cross data read) to build again: its memory rows stand (its locale files did not change). */
export function uncache(a: Article): void {
  if (a.cached) a.rows ??= a.cached.memoryRows;
  a.cached = undefined;
}

/** An article's locale files (read now if the build has not read them). */
export function filesOf(a: Article): LocaleFiles {
  return (a.files ??= a.reread!());
}

/**
 * The translations an article lends the others (project memory): its cached rows, or from its locale
 * files, which the build then lets go (its builder reads them again).
 */
export function rowsOf(a: Article): MemoryRow[] {
  if (a.cached) return a.cached.memoryRows;
  if (!a.rows && a.lent) return a.lent();
  if (!a.rows) {
    a.rows = rowsFromFiles(a.slug, filesOf(a));
    a.files = undefined;
  }
  return a.rows;
}

/** Articles from which a build keeps the project memory's and renderings' text in temp files (~20,000 rows each). */
export const SPILL_FROM = 500;

/**
 * The project memory of every article's rows, in project order. The articles to build lend theirs
 * (rowsOf reads them back from the index when it needs them): a 10,000-article build would otherwise
 * hold 400,000 rows twice over, the index's and the articles'. The index keeps their text in `store`
 * when there is one (a temp file for a large build: build/spill-text.ts), else in memory.
 */
export function lendMemory(articles: readonly Article[], store: RowTextStore | undefined): MemoryRowIndex {
  const index = indexMemoryRows(articles.map(rowsOf), store);
  articles.forEach((a, i) => {
    if (a.cached) return;
    a.rows = undefined;
    a.lent = () => index.rowsOf(i);
  });
  return index;
}

/** The memory rows of an article's locale files (parsed for them). */
export function rowsFromFiles(slug: string, files: LocaleFiles): MemoryRow[] {
  const state = parseLocaleFiles(files);
  return listMemoryRows({ document: slug, file: state.resource.file, entries: state.resource.entries, ...(state.sidecar.sidecar ? { sidecar: state.sidecar.sidecar } : {}) });
}

/** A source or locale file (or what `what` names) that changed between its first and second reading in one build. */
export function changedDuringBuild(file: string, what = `${file} or its locale files`): DiglotError {
  return new DiglotError([{ ruleId: 'build-concurrent-edit', severity: 'error', message: `${what} changed while diglot build ran; nothing was written`, hint: 'run diglot build again (diglot build --watch rebuilds after every save)', file, source: 'project' }]);
}
