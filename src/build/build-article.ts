// An article as a build holds it between reading the project and writing the edition: its source
// and locale files until a builder takes it, its cached result while that stands, the memory rows
// it lends the others; and the small steps on it that every part of the build shares.
import { DiglotError } from '../model/diagnostic.js';
import { parseLocaleFiles, type LocaleFiles, type LocaleState } from '../locale/index.js';
import { listMemoryRows, type MemoryRow } from '../match/index.js';
import type { StagedOutput } from '../project/write-edition.js';
import type { ArticleResult, PackedHead } from './article-result.js';
import type { StampRecord } from './read-inputs.js';

export interface Article {
  path: string;
  /** The source's text, until the article is handed to a builder. */
  text: string | undefined;
  slug: string;
  /** The cache key: the shared inputs and this source. */
  key: string;
  /** The cached result, while it may be reused (its cross-article data read only when needed). */
  cached: ArticleResult | undefined;
  head: PackedHead | undefined;
  /** Its locale files as read, until the article is handed to a builder (unread while the last build's record vouches for them). */
  files: LocaleFiles | undefined;
  /** Reads them (again), checked against the digest the build took. */
  reread?: () => LocaleFiles;
  localeDigest: string;
  state?: LocaleState;
  rows?: MemoryRow[];
}

/** An article this build made: its result (without what only the cache keeps) and its staged outputs. */
export interface Built {
  result: Omit<ArticleResult, 'localeDigest' | 'memoryRows'>;
  staged: StagedOutput[];
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

/** The parsed locale state of an article (parsed once, only for articles that are rebuilt or lend rows). */
export function stateOf(a: Article): LocaleState {
  return (a.state ??= parseLocaleFiles(filesOf(a)));
}

/** The translations an article lends the others (project memory): its cached rows, or from its locale files. */
export function rowsOf(a: Article): MemoryRow[] {
  if (a.cached) return a.cached.memoryRows;
  if (!a.rows) {
    const state = stateOf(a);
    a.rows = listMemoryRows({ document: a.slug, file: state.resource.file, entries: state.resource.entries, ...(state.sidecar.sidecar ? { sidecar: state.sidecar.sidecar } : {}) });
  }
  return a.rows;
}

/** A source or locale file that changed between its first and second reading in one build. */
export function changedDuringBuild(file: string): DiglotError {
  return new DiglotError([{ ruleId: 'build-concurrent-edit', severity: 'error', message: `${file} or its locale files changed while diglot build ran; nothing was written`, hint: 'run diglot build again (diglot build --watch rebuilds after every save)', file, source: 'project' }]);
}
