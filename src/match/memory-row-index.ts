// The project memory's index: every article's memory rows, found by their normalised German. A
// project of 10,000 articles lends 400,000 rows, and the thread that answers look-ups holds every
// one while it builds; so the index keeps per row only numbers (its article, origin, review state,
// and the 53-bit hash of its German that it is found by), and the row's text in a RowTextStore: this
// thread's memory by default, a file for a large build (build/spill-text.ts). A look-up reads the
// text of the one row it answers with (and, in the rare case of two German keys with one hash, of
// the row found not to be that German).
import type { Provenance } from '../model/unit.js';
import { normalizeKey } from './normalize-key.js';
import { hashKey } from '../util/text-hash.js';
import { roomFor } from '../util/grow-array.js';
import { listMemoryRows, rankRow, type ArticleResource, type MemoryMatch, type MemoryRow, type ProjectMemory } from './project-memory.js';

/** Where a memory index keeps its rows' text: German, English and, where it differs, the normalised German. */
export interface RowTextStore {
  /** Stores one row's texts; the handles are 0, 1, 2, … in the order rows are stored. */
  put(texts: readonly string[]): number;
  /** The texts of the `count` rows stored from handle `first` on. */
  read(first: number, count: number): string[][];
}

/** A RowTextStore in this thread's memory. */
export function memoryTextStore(): RowTextStore {
  const rows: Array<readonly string[]> = [];
  return {
    put: (texts) => rows.push(texts) - 1,
    read: (first, count) => rows.slice(first, first + count).map((t) => [...t]),
  };
}

/**
 * A project memory that articles' rows are added to in any order, each article with its place in the
 * project (an incremental build adds only the articles that share German with what changed): `find`
 * answers as if every article had been added in project order, whatever the order of adding.
 */
export class MemoryRowIndex implements ProjectMemory {
  /** Per row: the article's place in the project, and [document, file] as an index into `names`. */
  private order = new Uint32Array(1024);
  private name = new Uint32Array(1024);
  /** Per row: its origin (an index into `origins`) × 2 + reviewed; its rank (rankRow). */
  private flags = new Uint8Array(1024);
  private rank = new Uint8Array(1024);
  private readonly names: Array<[document: string, file: string]> = [];
  private readonly origins: Array<Provenance['kind']> = [];
  /** Per article (its place): its first row and how many. */
  private readonly articles = new Map<number, [first: number, count: number]>();
  /** Per hash of a normalised German: its rows, in the order they were added. */
  private readonly byKey = new Map<number, number[]>();
  size = 0;

  /** `hash`: what rows are found by (tests give one where every German collides). */
  constructor(
    private readonly store: RowTextStore = memoryTextStore(),
    private readonly hash: (key: string) => number = hashKey,
  ) {}

  /** Adds an article's rows (`order`: its place in the project; each article once). */
  add(order: number, rows: readonly MemoryRow[]): void {
    this.articles.set(order, [this.size, rows.length]);
    let last: [string, string] | undefined;
    for (const r of rows) {
      const id = this.store.put(r[6] === undefined ? [r[2], r[3]] : [r[2], r[3], r[6]]);
      if (id !== this.size) throw new Error('a memory index shares its text store');
      if (!last || last[0] !== r[0] || last[1] !== r[1]) this.names.push((last = [r[0], r[1]]));
      let origin = this.origins.indexOf(r[4]);
      if (origin < 0) origin = this.origins.push(r[4]) - 1;
      this.order = roomFor(this.order, id);
      this.name = roomFor(this.name, id);
      this.flags = roomFor(this.flags, id);
      this.rank = roomFor(this.rank, id);
      this.rank[id] = rankRow(r);
      this.order[id] = order;
      this.name[id] = this.names.length - 1;
      this.flags[id] = origin * 2 + (r[5] ? 1 : 0);
      const h = this.hash(r[6] ?? r[2]);
      const list = this.byKey.get(h);
      if (list) list.push(id);
      else this.byKey.set(h, [id]);
      this.size++;
    }
  }

  find(key: string, document: string): MemoryMatch | undefined {
    const k = normalizeKey(key);
    const list = this.byKey.get(this.hash(k));
    if (!list) return undefined;
    const rejected = new Set<number>();
    for (;;) {
      // the best rank, then the first in project order (rows of one article in their order)
      let best = -1;
      let bestRank = 0;
      for (const id of list) {
        if (rejected.has(id) || this.names[this.name[id]][0] === document) continue;
        const rank = this.rank[id];
        if (best < 0 || rank < bestRank || (rank === bestRank && (this.order[id] < this.order[best] || (this.order[id] === this.order[best] && id < best)))) {
          best = id;
          bestRank = rank;
        }
      }
      if (best < 0) return undefined;
      const r = this.rowAt(best, this.store.read(best, 1)[0]);
      // another German with the same hash: not an answer
      if ((r[6] ?? r[2]) !== k) {
        rejected.add(best);
        continue;
      }
      const [doc, file, de, en, , reviewed] = r;
      return { de, en, provenance: { kind: 'memory', file, key: de, document: doc }, reviewed };
    }
  }

  /** The rows an article lent (read back from the store), in their order. */
  rowsOf(order: number): MemoryRow[] {
    const at = this.articles.get(order);
    if (!at || !at[1]) return [];
    return this.store.read(at[0], at[1]).map((texts, i) => this.rowAt(at[0] + i, texts));
  }

  private rowAt(id: number, [de, en, normalized]: string[]): MemoryRow {
    const [document, file] = this.names[this.name[id]];
    const row: MemoryRow = [document, file, de, en, this.origins[this.flags[id] >> 1], (this.flags[id] & 1) === 1];
    if (normalized !== undefined) row.push(normalized);
    return row;
  }
}

/** Indexes every non-empty English of every article by its normalised German. Pure. */
export function buildProjectMemory(articles: readonly ArticleResource[]): ProjectMemory {
  return indexMemoryRows(articles.map(listMemoryRows));
}

/** The project memory of the articles' rows (articles in project order). */
export function indexMemoryRows(articles: ReadonlyArray<readonly MemoryRow[]>, store?: RowTextStore): MemoryRowIndex {
  const index = new MemoryRowIndex(store);
  articles.forEach((rows, order) => index.add(order, rows));
  return index;
}
