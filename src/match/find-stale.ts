// Segments without an exact entry + the document's leftover translations (unused resource entries
// and the orphans archive) → the old translation each segment was most likely made from: one old
// sentence edited (stale), one old sentence split into several, or several merged into one.
import type { Segment } from '../model/document.js';
import type { Provenance } from '../model/unit.js';
import { MemoryIndex, type MemoryEntry } from './memory-index.js';

/** An old translation of this document, in its old order (resource order, then archive order). */
export interface PoolEntry extends MemoryEntry {
  /** Which list it came from; consecutive entries of one list were neighbours in the old text. */
  list: 'resource' | 'orphans';
}

export interface StaleMatch {
  /** The old German (for a merge: the old sentences joined by a space). */
  de: string;
  en: string;
  score: number;
  provenance: Provenance;
  kind: 'edited' | 'split' | 'merged';
}

/**
 * Finds stale matches for the segments at `open` indexes (segments without an exact entry).
 * A split: consecutive new sentences that together resemble one old sentence, where at least one
 * part resembles nothing on its own and no part resembles another old sentence. A merge wins when
 * a new sentence resembles consecutive old ones joined better than any single old one.
 */
export function findStale(segments: readonly Segment[], open: readonly number[], pool: readonly PoolEntry[], threshold: number): Map<number, StaleMatch> {
  const result = new Map<number, StaleMatch>();
  if (!pool.length || !open.length) return result;
  const single = new MemoryIndex();
  for (const p of pool) single.add(p);
  const best = new Map<number, StaleMatch>();
  for (const i of open) {
    const hit = single.search(segments[i].key, { threshold })[0];
    if (hit) best.set(i, { de: hit.entry.de, en: hit.entry.en, score: hit.score, provenance: hit.entry.provenance, kind: 'edited' });
  }
  // splits: 2 or 3 consecutive open segments of one block against one old sentence
  const isOpen = new Set(open);
  for (const i of open) {
    if (result.has(i)) continue;
    let chosen: { run: number[]; match: StaleMatch } | undefined;
    for (const width of [2, 3]) {
      const run = Array.from({ length: width }, (_, k) => i + k);
      if (!run.every((j) => isOpen.has(j) && !result.has(j) && segments[j].blockIndex === segments[i].blockIndex)) continue;
      const hit = single.search(run.map((j) => segments[j].key).join(' '), { threshold })[0];
      // a split when no part matches another old sentence on its own (it may match this one)
      if (!hit || !run.every((j) => !best.has(j) || (best.get(j)?.de === hit.entry.de && best.get(j)?.en === hit.entry.en))) continue;
      if (run.every((j) => best.has(j))) continue; // each part already stands for the old sentence
      if (chosen && chosen.match.score >= hit.score) continue;
      chosen = { run, match: { de: hit.entry.de, en: hit.entry.en, score: hit.score, provenance: hit.entry.provenance, kind: 'split' } };
    }
    if (chosen) for (const j of chosen.run) result.set(j, chosen.match);
  }
  // merges: one open segment against 2 or 3 consecutive old sentences of one list
  const merged = new MemoryIndex();
  const runs: PoolEntry[][] = [];
  for (let k = 0; k < pool.length; k++) {
    for (const width of [2, 3]) {
      const run = pool.slice(k, k + width);
      if (run.length < width || !run.every((p) => p.list === pool[k].list)) continue;
      runs.push(run);
      merged.add({ de: run.map((p) => p.de).join(' '), en: run.map((p) => p.en).join(' '), provenance: run[0].provenance });
    }
  }
  for (const i of open) {
    if (result.has(i)) continue;
    const hit = runs.length ? merged.search(segments[i].key, { threshold })[0] : undefined;
    const one = best.get(i);
    if (hit && hit.score > (one?.score ?? -1)) result.set(i, { de: hit.entry.de, en: hit.entry.en, score: hit.score, provenance: hit.entry.provenance, kind: 'merged' });
    else if (one) result.set(i, one);
  }
  return result;
}
