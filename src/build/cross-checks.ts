// The cross-article side of a build: before it builds, which cached articles' memory look-ups answer
// differently now (those are built again); while it builds, what a started article's questions need
// read first; after, which articles' inconsistent-translation answers may have changed. With few
// articles to build (this thread only) and a record of the last build, only what the changes reach is
// read (change-reach.ts, cached-cross.ts); otherwise every cached article's cross-article data.
import { englishKey, type RenderingRow } from '../check/index.js';
import { indexMemoryRows, MemoryRowIndex, type ProjectMemory } from '../match/index.js';
import { normalizeKey } from '../match/normalize-key.js';
import type { BuildCache } from './build-cache.js';
import { memoryStillAnswers, type PackedCross } from './article-result.js';
import type { Started, Answers } from './article-batch.js';
import { rowsOf, uncache, type Article, type Built, type LastBuild } from './build-article.js';
import { CachedCross } from './cached-cross.js';
import { changedMemory, changedRenderings, readLastRows, type LastRows } from './change-reach.js';
import type { ProjectRenderings } from './project-renderings.js';

export interface CrossPlan {
  cross: CachedCross;
  /** The last build's rows of what changed, when only what the changes reach is read. */
  lastRows: LastRows | undefined;
  /** The project memory for a build in this thread that reads it as asked (with lastRows). */
  sharedMemory: ProjectMemory | undefined;
  /** Answers a started article's questions, reading first what they need. */
  answer: (started: Started) => Answers;
}

export interface CrossInputs {
  articles: Article[];
  order: ReadonlyMap<string, number>;
  renderings: ProjectRenderings;
  cache: BuildCache;
  last: LastBuild | undefined;
  /** Whether a targeted reading may be used: few articles to build, in this thread. */
  targeted: boolean;
  /** Digests of this build's locale inputs and cached renderings, against the last build's. */
  memoryInputs: string;
  headsDigest: string;
}

/** Reads what the cross-article checks need before the build, and un-caches articles whose memory look-ups changed. */
export function planCross(inp: CrossInputs): CrossPlan {
  const { articles, order, renderings, cache, last } = inp;
  const toBuild = articles.filter((a) => !a.cached);
  const lastRows = inp.targeted && last?.articles ? readLastRows(cache, last.articles, toBuild.map((a) => a.path), new Set(order.keys())) : undefined;
  const memory = lastRows && new MemoryRowIndex();
  const cross = new CachedCross(articles, (i) => cache.readPart<PackedCross>(articles[i].key, 1), memory);
  const sharedMemory: ProjectMemory | undefined = memory && {
    get size() {
      return memory.size;
    },
    find: (key, document) => {
      cross.prepareFind(key, document);
      return memory.find(key, document);
    },
  };
  if (lastRows && memory && sharedMemory) {
    // only look-ups of German whose memory rows changed can answer differently now
    const changedGerman = new Set<string>();
    toBuild.forEach((a) => {
      memory.add(order.get(a.path)!, rowsOf(a));
      for (const k of changedMemory(lastRows.changed.get(a.path)?.memoryRows ?? [], rowsOf(a))) changedGerman.add(k);
    });
    for (const w of lastRows.withdrawn) for (const k of changedMemory(w.memoryRows, [])) changedGerman.add(k);
    for (const i of cross.readersOf('lookups', changedGerman)) {
      const c = articles[i].cached!;
      if (memoryStillAnswers(sharedMemory, c.slug, c.memoryLookups, (k) => changedGerman.has(normalizeKey(k)))) continue;
      // built again (leverage may fill other English now): the rows it had are the last build's
      lastRows.changed.set(articles[i].path, { renderings: c.renderings, memoryRows: c.memoryRows });
      uncache(articles[i]);
    }
  } else {
    if (toBuild.length || inp.memoryInputs !== last?.memoryInputs || inp.headsDigest !== last?.renderingsDigest) cross.loadAll();
    // the project memory is what every article's locale files were at the last build: the look-ups
    // of the cached results answer as they did then (each was checked or made by that build)
    if (inp.memoryInputs !== last?.memoryInputs && articles.some((a) => a.cached?.memoryLookups.length)) {
      const all = indexMemoryRows(articles.map(rowsOf));
      for (const a of articles) if (a.cached && !memoryStillAnswers(all, a.slug, a.cached.memoryLookups)) uncache(a);
    }
  }
  // the cached articles that answer a started article's questions are read first
  const answer = (st: Started) => {
    if (lastRows) for (const r of st.renderings) cross.prepareAnswer(r[0], englishKey(r));
    cross.addRenderingsTo(renderings);
    return renderings.answer(st);
  };
  return { cross, lastRows, sharedMemory, answer };
}

/**
 * The articles whose inconsistent-translation answers may have changed, once every article built is in
 * (with `only`: the German their cached ones are to be asked about again), their rows read.
 */
export function articlesToRecheck(plan: CrossPlan, articles: readonly Article[], order: ReadonlyMap<string, number>, built: ReadonlyMap<string, Built>, renderingsOf: (a: Article) => RenderingRow[]): { again: Article[]; only: ((key: string) => boolean) | undefined } {
  const { cross, lastRows } = plan;
  if (!lastRows) return { again: [...articles], only: undefined };
  // only answers about German whose renderings changed can have changed: the built articles', and
  // those of the cached articles that render it
  const changedGerman = new Set<string>();
  for (const p of built.keys()) for (const k of changedRenderings(lastRows.changed.get(p)?.renderings ?? [], renderingsOf(articles[order.get(p)!]))) changedGerman.add(k);
  for (const w of lastRows.withdrawn) for (const k of changedRenderings(w.renderings, [])) changedGerman.add(k);
  const only = (key: string) => changedGerman.has(key);
  const ids = new Set([...[...built.keys()].map((p) => order.get(p)!), ...cross.readersOf('rendering', changedGerman)]);
  const again = [...ids].sort((x, y) => x - y).map((i) => articles[i]);
  for (const a of again) for (const r of renderingsOf(a)) if (!a.cached || only(r[0])) cross.prepareAnswer(r[0], englishKey(r));
  return { again, only };
}
