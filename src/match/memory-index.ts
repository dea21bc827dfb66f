// Translation-memory entries (German key, English, provenance) → an index that finds, for a query
// key, every entry whose similarity (similarity.ts) reaches a threshold: exactly the entries a
// brute-force scan would find, while looking at a few hundred candidates instead of all of them.
//
// Why it is lossless: an alignment that leaves U query tokens unmatched (not even equal up to case
// and ß/ss) costs at least U + max(0, m − n) for an entry of m tokens (every unmatched token is a
// full substitution, deletion or insertion), and the admissible cost is s·max(n, m) (s = slack of
// the threshold). So U ≤ u = ⌊s·n⌋ for every m, and any qualifying entry shares at least one of
// the u+1 query tokens with the shortest posting lists ("prefix filtering"). Entries outside the
// admissible length range [n·(1−s), n/(1−s)] are skipped before any DP, which is cut off early.
import type { Provenance } from '../model/unit.js';
import { foldWord } from './normalize-key.js';
import { maxCostFor, scoreFromCost, slack, tokenCost, tokenizeForMatch } from './similarity.js';

export interface MemoryEntry {
  /** The German key the English was made for. */
  de: string;
  en: string;
  provenance: Provenance;
}

export interface MemoryHit {
  entry: MemoryEntry;
  /** Position of the entry in insertion order (stable tie-break). */
  index: number;
  score: number;
}

export interface SearchOptions {
  /** Minimum similarity 0–100. */
  threshold: number;
  /** How many hits to return, best first (default 1). */
  limit?: number;
  /** Entries to leave out (e.g. the document's own entries). */
  skip?: (entry: MemoryEntry, index: number) => boolean;
}

/** An in-memory translation memory with a token inverted index. */
export class MemoryIndex {
  readonly entries: MemoryEntry[] = [];
  private readonly vocab = new Map<string, number>();
  private readonly foldVocab = new Map<string, number>();
  // small to start (they grow by doubling): a document's own pool makes three indexes of a few hundred tokens
  private foldOf = new Int32Array(1024);
  private tokens = new Int32Array(1024);
  /** The folded id of every token, beside it: the verifier reads both without a lookup. */
  private folds = new Int32Array(1024);
  private tokenCount = 0;
  private starts = new Int32Array(1025);
  // posting lists (fold id → entries, CSR arrays), rebuilt on the first search after adds
  private postStart = new Int32Array(0);
  private postings = new Int32Array(0);
  private compacted = 0;
  private stamp = new Int32Array(0);
  private epoch = 0;

  get size(): number {
    return this.entries.length;
  }

  /** Adds entries; an entry whose key has no tokens is kept but never found. */
  add(entry: MemoryEntry): void {
    const ids = tokenizeForMatch(entry.de).map((t) => this.tokenId(t));
    const k = this.entries.length;
    this.entries.push(entry);
    this.tokens = grow(this.tokens, this.tokenCount + ids.length);
    this.folds = grow(this.folds, this.tokenCount + ids.length);
    this.starts = grow(this.starts, k + 2);
    this.tokens.set(ids, this.tokenCount);
    for (let j = 0; j < ids.length; j++) this.folds[this.tokenCount + j] = this.foldOf[ids[j]];
    this.tokenCount += ids.length;
    this.starts[k + 1] = this.tokenCount;
  }

  /** Entries reaching the threshold, best first (ties: earlier entry first). */
  search(query: string, opts: SearchOptions): MemoryHit[] {
    const limit = opts.limit ?? 1;
    const q = this.queryTokens(query);
    const n = q.ids.length;
    if (n === 0 || this.entries.length === 0) return [];
    this.compact();
    this.countQuery(q.folds);
    const s = slack(opts.threshold);
    const hits: MemoryHit[] = [];
    const consider = (e: number, mMin: number, mMax: number) => {
      const m = this.starts[e + 1] - this.starts[e];
      if (m < mMin || m > mMax) return;
      if (opts.skip?.(this.entries[e], e)) return;
      const cut = maxCostFor(opts.threshold, n, m);
      // bag-of-tokens bound: every token without a partner costs a full edit
      if (2 * (Math.max(n, m) - this.sharedTokens(e)) > cut) return;
      const cost = this.costTo(q, e, cut);
      if (cost <= cut) hits.push({ entry: this.entries[e], index: e, score: scoreFromCost(cost, n, m) });
    };
    if (s >= 1) {
      for (let e = 0; e < this.entries.length; e++) consider(e, 0, Infinity);
    } else {
      const mMin = Math.ceil(n * (1 - s) - 1e-9);
      const mMax = Math.floor(n / (1 - s) + 1e-9);
      // cost ≥ U + max(0, m − n) for U fold-unmatched query tokens, so U is largest at m = n
      const unmatched = Math.floor(maxCostFor(opts.threshold, n, n) / 2);
      if (unmatched >= n) {
        // no token is guaranteed to be shared: scan the admissible lengths
        for (let e = 0; e < this.entries.length; e++) consider(e, mMin, mMax);
      } else {
        const byRarity = [...q.folds.keys()].sort((a, b) => this.postingLength(q.folds[a]) - this.postingLength(q.folds[b]) || a - b);
        const chosen = new Set(byRarity.slice(0, unmatched + 1).map((i) => q.folds[i]));
        const epoch = ++this.epoch;
        for (const f of chosen) {
          if (f < 0) continue;
          for (let p = this.postStart[f]; p < this.postStart[f + 1]; p++) {
            const e = this.postings[p];
            if (this.stamp[e] === epoch) continue;
            this.stamp[e] = epoch;
            consider(e, mMin, mMax);
          }
        }
      }
    }
    hits.sort((a, b) => b.score - a.score || a.index - b.index);
    return hits.slice(0, limit);
  }

  /**
   * The baselines the benchmark measures against: the edit distance to every entry, in full
   * (`prune: false`), or with the length filter and the early cut-off of the DP (`prune: true`,
   * exact as well, used to check recall on more queries).
   */
  searchBrute(query: string, opts: SearchOptions & { prune?: boolean }): MemoryHit[] {
    const q = this.queryTokens(query);
    const n = q.ids.length;
    const hits: MemoryHit[] = [];
    if (n === 0) return hits;
    for (let e = 0; e < this.entries.length; e++) {
      if (opts.skip?.(this.entries[e], e)) continue;
      const m = this.starts[e + 1] - this.starts[e];
      const cut = opts.prune ? maxCostFor(opts.threshold, n, m) : Infinity;
      const cost = this.costTo(q, e, cut);
      if (cost > cut) continue;
      const score = scoreFromCost(cost, n, m);
      if (score >= opts.threshold) hits.push({ entry: this.entries[e], index: e, score });
    }
    hits.sort((a, b) => b.score - a.score || a.index - b.index);
    return hits.slice(0, opts.limit ?? 1);
  }

  /** Approximate bytes held by the index arrays (entries' strings not included). */
  indexBytes(): number {
    return this.tokens.byteLength + this.folds.byteLength + this.starts.byteLength + this.postings.byteLength + this.postStart.byteLength + this.foldOf.byteLength + this.stamp.byteLength;
  }

  private costTo(q: { ids: Int32Array; folds: Int32Array }, e: number, cut: number): number {
    const from = this.starts[e];
    const to = this.starts[e + 1];
    return tokenCost(q.ids, this.tokens.subarray(from, to), q.folds, this.folds.subarray(from, to), cut);
  }

  // per-query multiset of folded tokens, and a per-candidate tally, both reset by epoch stamps
  private qStamp = new Int32Array(0);
  private qCount = new Int32Array(0);
  private cStamp = new Int32Array(0);
  private cUsed = new Int32Array(0);
  private qEpoch = 0;
  private cEpoch = 0;

  private countQuery(folds: Int32Array): void {
    const vocab = this.foldVocab.size;
    if (this.qStamp.length < vocab) {
      this.qStamp = new Int32Array(vocab * 2);
      this.qCount = new Int32Array(vocab * 2);
      this.cStamp = new Int32Array(vocab * 2);
      this.cUsed = new Int32Array(vocab * 2);
    }
    const epoch = ++this.qEpoch;
    for (const f of folds) {
      if (f < 0) continue;
      if (this.qStamp[f] !== epoch) {
        this.qStamp[f] = epoch;
        this.qCount[f] = 0;
      }
      this.qCount[f]++;
    }
  }

  /** How many tokens of entry `e` pair up with query tokens (folded, as multisets). */
  private sharedTokens(e: number): number {
    const epoch = ++this.cEpoch;
    const q = this.qEpoch;
    let shared = 0;
    for (let p = this.starts[e], end = this.starts[e + 1]; p < end; p++) {
      const f = this.folds[p];
      if (this.qStamp[f] !== q) continue;
      if (this.cStamp[f] !== epoch) {
        this.cStamp[f] = epoch;
        this.cUsed[f] = 0;
      }
      if (this.cUsed[f] < this.qCount[f]) {
        this.cUsed[f]++;
        shared++;
      }
    }
    return shared;
  }

  private queryTokens(query: string): { ids: Int32Array; folds: Int32Array } {
    const tokens = tokenizeForMatch(query);
    const ids = new Int32Array(tokens.length);
    const folds = new Int32Array(tokens.length);
    // unknown tokens get negative ids that equal nothing in the index but each other
    const local = new Map<string, number>();
    tokens.forEach((t, i) => {
      const id = this.vocab.get(t);
      const fold = foldWord(t);
      const f = this.foldVocab.get(fold);
      ids[i] = id ?? -1 - (local.get(t) ?? (local.set(t, local.size), local.size - 1));
      folds[i] = f ?? -1_000_000 - (local.get(`\u0000${fold}`) ?? (local.set(`\u0000${fold}`, local.size), local.size - 1));
    });
    return { ids, folds };
  }

  private tokenId(token: string): number {
    let id = this.vocab.get(token);
    if (id !== undefined) return id;
    id = this.vocab.size;
    this.vocab.set(token, id);
    const fold = foldWord(token);
    let f = this.foldVocab.get(fold);
    if (f === undefined) this.foldVocab.set(fold, (f = this.foldVocab.size));
    this.foldOf = grow(this.foldOf, id + 1);
    this.foldOf[id] = f;
    return id;
  }

  private postingLength(f: number): number {
    return f < 0 ? 0 : this.postStart[f + 1] - this.postStart[f];
  }

  /** Counting sort of each entry's distinct folded tokens into compressed posting lists. */
  private compact(): void {
    if (this.compacted === this.entries.length) return;
    const vocab = this.foldVocab.size;
    const count = this.entries.length;
    const starts = this.starts;
    const folds = this.folds;
    const seen = new Int32Array(vocab).fill(-1);
    const start = new Int32Array(vocab + 1);
    let total = 0;
    for (let e = 0; e < count; e++) {
      for (let p = starts[e], end = starts[e + 1]; p < end; p++) {
        const f = folds[p];
        if (seen[f] === e) continue;
        seen[f] = e;
        start[f + 1]++;
        total++;
      }
    }
    for (let f = 0; f < vocab; f++) start[f + 1] += start[f];
    const fill = start.slice(0, vocab);
    const postings = new Int32Array(total);
    seen.fill(-1);
    for (let e = 0; e < count; e++) {
      for (let p = starts[e], end = starts[e + 1]; p < end; p++) {
        const f = folds[p];
        if (seen[f] === e) continue;
        seen[f] = e;
        postings[fill[f]++] = e;
      }
    }
    this.postStart = start;
    this.postings = postings;
    this.stamp = new Int32Array(count);
    this.epoch = 0;
    this.compacted = count;
  }
}

function grow(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (a.length >= need) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}
