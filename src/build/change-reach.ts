// What a few changed articles can change for the others: the German whose renderings or memory rows
// are not what the last build had. Only another article's answers about that German can differ now
// (its inconsistent-translation answers, its memory look-ups), so only articles asking about it are
// checked again. The last build's rows of a changed article come from the cache (its entry under the
// key the last build recorded); a withdrawn article's rows are all gone, a new one's all new.
import type { RenderingRow } from '../check/index.js';
import type { MemoryRow } from '../match/index.js';
import type { BuildCache } from './build-cache.js';
import { joinPacked, unpackResult, type PackedCross, type PackedHead } from './article-result.js';

/** An article's rows as the reach compares them. */
export interface ArticleRows {
  renderings: readonly RenderingRow[];
  memoryRows: readonly MemoryRow[];
}

/** The rows the last build had of the articles a build changes, and of those withdrawn since. */
export interface LastRows {
  /** By path: the last build's rows of an article to build again (absent: a new article). */
  changed: Map<string, ArticleRows>;
  withdrawn: ArticleRows[];
}

/**
 * The last build's rows of `changed` (paths with the key the last build stored them under) and of the
 * articles of the last build no longer in this one; undefined when any of them cannot be read.
 */
export function readLastRows(cache: BuildCache, last: ReadonlyArray<readonly [path: string, key: string]>, changed: readonly string[], current: ReadonlySet<string>): LastRows | undefined {
  const keys = new Map(last);
  const read = (key: string): ArticleRows | undefined => {
    const head = cache.read<PackedHead>(key);
    const cross = head && cache.readPart<PackedCross>(key, 1);
    const joined = head && cross && joinPacked(head, cross);
    return joined ? unpackResult(joined) : undefined;
  };
  const out: LastRows = { changed: new Map(), withdrawn: [] };
  for (const p of changed) {
    const key = keys.get(p);
    if (key === undefined) continue;
    const rows = read(key);
    if (!rows) return undefined;
    out.changed.set(p, rows);
  }
  for (const [p, key] of last) {
    if (current.has(p)) continue;
    const rows = read(key);
    if (!rows) return undefined;
    out.withdrawn.push(rows);
  }
  return out;
}

/** The German keys whose rows differ between two lists of an article's rows (all keys of a list against none). */
export function changedKeys<R>(before: readonly R[], after: readonly R[], keyOf: (r: R) => string, valueOf: (r: R) => unknown): Set<string> {
  const group = (rows: readonly R[]) => {
    const m = new Map<string, unknown[]>();
    for (const r of rows) {
      const k = keyOf(r);
      const list = m.get(k);
      if (list) list.push(valueOf(r));
      else m.set(k, [valueOf(r)]);
    }
    return m;
  };
  const b = group(before);
  const a = group(after);
  const out = new Set<string>();
  for (const [k, v] of b) if (JSON.stringify(v) !== JSON.stringify(a.get(k))) out.add(k);
  for (const k of a.keys()) if (!b.has(k)) out.add(k);
  return out;
}

/** The German of rendering rows that changed (their English, line or normalised English). */
export const changedRenderings = (before: readonly RenderingRow[], after: readonly RenderingRow[]): Set<string> => changedKeys(before, after, (r) => r[0], (r) => [r[1], r[3], r[4]]);

/** The German (normalised) of memory rows that changed (anything of the row: its article, English, origin, review). */
export const changedMemory = (before: readonly MemoryRow[], after: readonly MemoryRow[]): Set<string> => changedKeys(before, after, (r) => r[6] ?? r[2], (r) => r.slice(0, 6));
