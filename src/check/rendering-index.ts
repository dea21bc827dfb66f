// The project's renderings of each German sentence, for `inconsistent-translation`: every document's
// [normalised German, English, file, line] rows, and the one question the check asks of them — the
// first rendering, in project order, of this German whose English differs from mine. Rows may be
// added in any order (each document with its place in the project): an incremental build adds the
// documents as they are done, a whole-project check all at once; the answer is the same.
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import { createHash } from 'node:crypto';
import { normalizeKey } from '../match/normalize-key.js';
import { memoryTextStore, type RowTextStore } from '../match/memory-row-index.js';
import { hashKey } from '../util/text-hash.js';
import { roomFor } from '../util/grow-array.js';

export interface Rendering {
  en: string;
  file: string;
  line: number;
}

/**
 * One document's renderings as `[normalised German, English, file, line]`, in unit order, with the
 * English normalised as a fifth element where that differs from the English (read it with
 * `englishKey`): the checks' question for the row, computed once, and stored with cached rows.
 */
export type RenderingRow = [key: string, en: string, file: string, line: number, norm?: string];

/** A row's English normalised: what `firstOther` compares and what the row's checks ask with. */
export const englishKey = (row: Readonly<RenderingRow>): string => row[4] ?? row[1];

/** What the checks ask of the project's renderings (an incremental build records each question). */
export interface TranslationLookup {
  /** The first rendering of German `key` whose normalised English is not `mine`, in project order. */
  firstOther(key: string, mine: string): Rendering | undefined;
}

/** The renderings one document contributes, in unit order. */
export function listRenderings(source: Pick<SourceDocument, 'path'>, units: readonly AlignedUnit[]): RenderingRow[] {
  return units.flatMap((u): RenderingRow[] => {
    if (u.en === null) return [];
    const norm = normalizeKey(u.en);
    return [norm === u.en ? [normalizeKey(u.segment.key), u.en, source.path, u.segment.line] : [normalizeKey(u.segment.key), u.en, source.path, u.segment.line, norm]];
  });
}

/** The digest of a normalised English as two numbers (96 bits of SHA-256): what `firstOther` compares. */
function englishDigest(text: string): [number, number] {
  const d = createHash('sha256').update(text).digest();
  return [d.readUIntBE(0, 6), d.readUIntBE(6, 6)];
}

/**
 * A TranslationLookup that documents' rows are added to, each with its place in the project. A
 * 10,000-article build asks it while it holds 400,000 rows: per row it keeps numbers (its document,
 * line and file, the digest of its normalised English that answers are compared by, and the hash of
 * its German that it is found by) and the row's text in a RowTextStore (memory by default, a temp
 * file for a large build). An answer reads the text of the row it gives (and checks its German: two
 * German keys may share a hash; two English ones, 96 bits of SHA-256, are taken not to).
 */
export class RenderingIndex implements TranslationLookup {
  private order = new Uint32Array(1024);
  private line = new Uint32Array(1024);
  private file = new Uint32Array(1024);
  private enHigh = new Float64Array(1024);
  private enLow = new Float64Array(1024);
  private readonly files: string[] = [];
  private readonly docs = new Map<number, [first: number, count: number]>();
  /** Per hash of a German key: its rows, in the order they were added. */
  private readonly byKey = new Map<number, number[]>();
  private size = 0;

  /** `hash`: what rows are found by (tests give one where every German collides). */
  constructor(
    private readonly store: RowTextStore = memoryTextStore(),
    private readonly hash: (key: string) => number = hashKey,
  ) {}

  /** Adds a document's rows (`order`: its place in the project; each document once). */
  add(order: number, rows: readonly RenderingRow[]): void {
    this.docs.set(order, [this.size, rows.length]);
    for (const r of rows) {
      const id = this.store.put(r[4] === undefined ? [r[0], r[1]] : [r[0], r[1], r[4]]);
      if (id !== this.size) throw new Error('a rendering index shares its text store');
      if (this.files[this.files.length - 1] !== r[2]) this.files.push(r[2]);
      this.order = roomFor(this.order, id);
      this.line = roomFor(this.line, id);
      this.file = roomFor(this.file, id);
      this.enHigh = roomFor(this.enHigh, id);
      this.enLow = roomFor(this.enLow, id);
      this.order[id] = order;
      this.line[id] = r[3];
      this.file[id] = this.files.length - 1;
      [this.enHigh[id], this.enLow[id]] = englishDigest(englishKey(r));
      const h = this.hash(r[0]);
      const list = this.byKey.get(h);
      if (list) list.push(id);
      else this.byKey.set(h, [id]);
      this.size++;
    }
  }

  /** Removes every row. */
  clear(): void {
    this.docs.clear();
    this.byKey.clear();
  }

  /** The rows a document added (read back from the store). */
  rowsOf(order: number): RenderingRow[] {
    const at = this.docs.get(order);
    if (!at || !at[1]) return [];
    return this.store.read(at[0], at[1]).map(([key, en, norm], i): RenderingRow => {
      const id = at[0] + i;
      return norm === undefined ? [key, en, this.files[this.file[id]], this.line[id]] : [key, en, this.files[this.file[id]], this.line[id], norm];
    });
  }

  /** Whether a document's rows are in. */
  has(order: number): boolean {
    return this.docs.has(order);
  }

  firstOther(key: string, mine: string): Rendering | undefined {
    const [high, low] = englishDigest(mine);
    return this.firstOtherThan(key, high, low);
  }

  /**
   * `firstOther` for every row of a document that is in (`rows`: its rows as added), each asked with
   * the digest of its English the index made when the rows were added, not a second one: the rows
   * that have an answer, with it.
   */
  answersOf(order: number, rows: readonly RenderingRow[]): Array<[row: number, rendering: Rendering]> {
    const first = this.docs.get(order)![0];
    const out: Array<[number, Rendering]> = [];
    rows.forEach((r, i) => {
      const found = this.firstOtherThan(r[0], this.enHigh[first + i], this.enLow[first + i]);
      if (found) out.push([i, found]);
    });
    return out;
  }

  /** The first row, in project order, of German `key` whose English digest is not `high`/`low`. */
  private firstOtherThan(key: string, high: number, low: number): Rendering | undefined {
    const list = this.byKey.get(this.hash(key));
    if (!list) return undefined;
    const rejected = new Set<number>();
    for (;;) {
      let best = -1;
      for (const id of list) {
        if (rejected.has(id) || (this.enHigh[id] === high && this.enLow[id] === low)) continue;
        if (best < 0 || this.order[id] < this.order[best] || (this.order[id] === this.order[best] && id < best)) best = id;
      }
      if (best < 0) return undefined;
      const [de, en] = this.store.read(best, 1)[0];
      if (de === key) return { en, file: this.files[this.file[best]], line: this.line[best] };
      // another German with the same hash
      rejected.add(best);
    }
  }
}

/** The index of documents' rows, the documents in project order. */
export function indexRenderings(documents: ReadonlyArray<readonly RenderingRow[]>, store?: RowTextStore): RenderingIndex {
  const index = new RenderingIndex(store);
  documents.forEach((rows, order) => index.add(order, rows));
  return index;
}
