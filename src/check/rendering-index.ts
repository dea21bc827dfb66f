// The project's renderings of each German sentence, for `inconsistent-translation`: every document's
// [normalised German, English, file, line] rows, and the one question the check asks of them — the
// first rendering, in project order, of this German whose English differs from mine. Rows may be
// added in any order (each document with its place in the project): an incremental build adds the
// documents as they are done, a whole-project check all at once; the answer is the same.
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import { normalizeKey } from '../match/normalize-key.js';

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

/**
 * A TranslationLookup that documents' rows are added to, each with its place in the project. It holds
 * the rows it is given and, per German key, where they are (document, row): a 10,000-article build
 * asks it while it holds 400,000 rows, and an object per row was a tenth of what that build held.
 */
export class RenderingIndex implements TranslationLookup {
  private readonly docs = new Map<number, readonly RenderingRow[]>();
  /** Per German key: [document, row, document, row, …]. */
  private readonly byKey = new Map<string, number[]>();

  /** Adds a document's rows (`order`: its place in the project; each document once; rows not changed after). */
  add(order: number, rows: readonly RenderingRow[]): void {
    this.docs.set(order, rows);
    rows.forEach((r, row) => {
      const list = this.byKey.get(r[0]);
      if (list) list.push(order, row);
      else this.byKey.set(r[0], [order, row]);
    });
  }

  /** Removes every row. */
  clear(): void {
    this.docs.clear();
    this.byKey.clear();
  }

  firstOther(key: string, mine: string): Rendering | undefined {
    const list = this.byKey.get(key);
    if (!list) return undefined;
    let best: Readonly<RenderingRow> | undefined;
    let bestOrder = 0;
    let bestRow = 0;
    for (let i = 0; i < list.length; i += 2) {
      const order = list[i];
      const row = list[i + 1];
      if (best && (order > bestOrder || (order === bestOrder && row > bestRow))) continue;
      const r = this.docs.get(order)![row];
      if (englishKey(r) === mine) continue;
      best = r;
      bestOrder = order;
      bestRow = row;
    }
    return best && { en: best[1], file: best[2], line: best[3] };
  }
}

/** The index of documents' rows, the documents in project order. */
export function indexRenderings(documents: ReadonlyArray<readonly RenderingRow[]>): RenderingIndex {
  const index = new RenderingIndex();
  documents.forEach((rows, order) => index.add(order, rows));
  return index;
}
