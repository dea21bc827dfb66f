// The cross-article data of a build's cached articles (their renderings, memory rows and look-ups: the
// second part of each article's cache entry, after its head), read only when a build needs it. A build that rebuilds
// many articles, or has no record of the last build, reads every article's (`loadAll`). One that
// changes a few reads, through the tags in the heads (key-tags.ts), only the articles that can answer
// its questions — for a German sentence, the first article in project order whose English for it
// differs; for a memory look-up, the best-ranked other article that offers that German — and those
// whose own answers the change can reach (`readersOf`). An edit to one article of a thousand reads a
// handful, however many articles share its sentences with the same English.
import type { ProjectRenderings } from './project-renderings.js';
import { englishKey } from '../check/index.js';
import { normalizeKey } from '../match/normalize-key.js';
import type { MemoryRowIndex } from '../match/index.js';
import { joinPacked, unpackResult, type ArticleResult, type PackedCross, type PackedHead } from './article-result.js';
import { LOOKUP_TAG, MEMORY_TAG, RENDERING_TAG, tagKey, tagLookup, tagPair } from './key-tags.js';

/** What the store reads and updates of a build's article. */
export interface CrossArticle {
  path: string;
  slug: string;
  head: PackedHead | undefined;
  /** The cached result: its head's data until the cross data is read; undefined once it is to be rebuilt. */
  cached: ArticleResult | undefined;
}

/** A cached article's cross data was unreadable where only some are read: the build starts again, reading all. */
export class CrossUnavailable extends Error {
  constructor(readonly path: string) {
    super(`internal: the cached cross-article data of ${path} is unreadable`);
  }
}

/** Per German tag, the cached articles' rows that carry it: [article, row, pair tag or rank]. */
interface TagIndex {
  rendering: Map<string, Array<[number, number, string]>>;
  memory: Map<string, Array<[number, number, number]>>;
  lookups: Map<string, number[]>;
}
type TagKind = keyof TagIndex;

export class CachedCross {
  /** Each kind's index, made when first needed (an edit to German asks about renderings only). */
  private readonly tags: Partial<TagIndex> = {};
  private readonly loaded = new Set<number>();
  /** Loaded, not yet given to the renderings. */
  private pending: number[] = [];
  /** Cross entries read so far. */
  reads = 0;

  /**
   * `read`: an article's cross-article part from the cache; `memory`: where the loaded articles' memory rows
   * go (each with its place in the project), when the build answers memory look-ups itself.
   */
  constructor(
    private readonly articles: readonly CrossArticle[],
    private readonly read: (i: number) => PackedCross | undefined,
    private readonly memory?: MemoryRowIndex,
  ) {}

  /** Reads every cached article's cross data; one that is unreadable is no longer cached (it is rebuilt). */
  loadAll(): void {
    this.articles.forEach((a, i) => {
      if (!this.load(i)) a.cached = undefined;
    });
  }

  /** Reads a cached article's cross data (once); false when it cannot be read. */
  load(i: number): boolean {
    const a = this.articles[i];
    if (this.loaded.has(i)) return true;
    if (!a.cached || !a.head) return false;
    this.reads++;
    const cross = this.read(i);
    const joined = cross && joinPacked(a.head, cross);
    if (!joined) return false;
    a.cached = unpackResult(joined);
    this.loaded.add(i);
    this.pending.push(i);
    this.memory?.add(i, a.cached.memoryRows);
    return true;
  }

  /** Reads it, or gives up the build's targeted reading. */
  private require(i: number): ArticleResult {
    if (!this.load(i)) throw new CrossUnavailable(this.articles[i].path);
    return this.articles[i].cached!;
  }

  /** Gives the renderings every loaded article that is still cached (each once). */
  addRenderingsTo(renderings: ProjectRenderings): void {
    for (const i of this.pending) {
      const a = this.articles[i];
      if (a.cached) renderings.add(a.path, a.cached.renderings);
    }
    this.pending = [];
  }

  /**
   * Reads the first cached article, in project order, whose rendering of German `key` has other
   * English than `mine` (what firstOther answers among the cached articles), if there is one.
   */
  prepareAnswer(key: string, mine: string): void {
    const same = tagPair(key, mine);
    for (const [i, row, pair] of this.index('rendering').get(tagKey(key)) ?? []) {
      if (pair === same || !this.articles[i].cached) continue;
      const r = this.require(i).renderings[row];
      if (r && r[0] === key && englishKey(r) !== mine) return;
    }
  }

  /** Reads the cached article whose row a memory look-up of `key` by `document` prefers, if there is one. */
  prepareFind(key: string, document: string): void {
    const norm = normalizeKey(key);
    const candidates = (this.index('memory').get(tagLookup(key)) ?? []).filter(([i]) => this.articles[i].cached && this.articles[i].slug !== document);
    candidates.sort((x, y) => x[2] - y[2] || x[0] - y[0] || x[1] - y[1]);
    for (const [i, row] of candidates) {
      const r = this.require(i).memoryRows[row];
      if (r && (r[6] ?? r[2]) === norm) return;
    }
  }

  /** The cached articles with a rendering (`rendering`) or memory look-up (`lookups`) of any of these German keys (normalised), read. */
  readersOf(kind: 'rendering' | 'lookups', keys: ReadonlySet<string>): number[] {
    if (!keys.size) return [];
    const found = new Set<number>();
    for (const key of keys) {
      const tag = tagKey(key);
      const list = kind === 'rendering' ? this.index('rendering').get(tag)?.map(([i]) => i) : this.index('lookups').get(tag);
      for (const i of list ?? []) if (this.articles[i].cached) found.add(i);
    }
    for (const i of found) this.require(i);
    return [...found].sort((x, y) => x - y);
  }

  /** The tag index of one kind, of the articles cached when it is first needed (an article rebuilt later is skipped as it is met). */
  private index<K extends TagKind>(kind: K): TagIndex[K] {
    const known = this.tags[kind];
    if (known) return known;
    const map = new Map<string, unknown[]>();
    const push = (tag: string, entry: unknown) => {
      const list = map.get(tag);
      if (list) list.push(entry);
      else map.set(tag, [entry]);
    };
    this.articles.forEach((a, i) => {
      const t = a.cached && a.head?.tags;
      if (!t) return;
      if (kind === 'rendering') for (let p = 0, row = 0; p < t.rendering.length; p += RENDERING_TAG, row++) push(t.rendering.slice(p, p + 8), [i, row, t.rendering.slice(p + 8, p + RENDERING_TAG)]);
      if (kind === 'memory') for (let p = 0, row = 0; p < t.memory.length; p += MEMORY_TAG, row++) push(t.memory.slice(p, p + 8), [i, row, t.memory.charCodeAt(p + 8) - 48]);
      if (kind === 'lookups') for (let p = 0; p < t.lookups.length; p += LOOKUP_TAG) push(t.lookups.slice(p, p + 8), i);
    });
    return (this.tags[kind] = map as TagIndex[K]);
  }
}
