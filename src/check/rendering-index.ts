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
 * One document's renderings as `[normalised German, English, file, line]`, in unit order; a fifth
 * element, when present, is the English normalised (where that differs from it), so an index of
 * stored rows need not normalise it again.
 */
export type RenderingRow = [key: string, en: string, file: string, line: number, norm?: string];

/** What the checks ask of the project's renderings (an incremental build records each question). */
export interface TranslationLookup {
  /** The first rendering of German `key` whose normalised English is not `mine`, in project order. */
  firstOther(key: string, mine: string): Rendering | undefined;
}

/** The renderings one document contributes, in unit order. */
export function listRenderings(source: Pick<SourceDocument, 'path'>, units: readonly AlignedUnit[]): RenderingRow[] {
  return units.flatMap((u): RenderingRow[] => (u.en === null ? [] : [[normalizeKey(u.segment.key), u.en, source.path, u.segment.line]]));
}

interface Entry extends Rendering {
  /** Document's place in the project, then the row's place in the document. */
  order: number;
  row: number;
  /** normalizeKey(en), computed when first compared. */
  norm?: string;
}

/** A TranslationLookup that documents' rows are added to, each with its place in the project. */
export class RenderingIndex implements TranslationLookup {
  private readonly byKey = new Map<string, Entry[]>();

  /** Adds a document's rows (`order`: its place in the project; each document once). */
  add(order: number, rows: readonly RenderingRow[]): void {
    rows.forEach(([key, en, file, line, norm], row) => {
      const list = this.byKey.get(key);
      const entry: Entry = { en, file, line, order, row, ...(norm !== undefined ? { norm } : {}) };
      if (list) list.push(entry);
      else this.byKey.set(key, [entry]);
    });
  }

  firstOther(key: string, mine: string): Rendering | undefined {
    let best: Entry | undefined;
    for (const e of this.byKey.get(key) ?? []) {
      if (best && (e.order > best.order || (e.order === best.order && e.row > best.row))) continue;
      if ((e.norm ??= normalizeKey(e.en)) !== mine) best = e;
    }
    return best && { en: best.en, file: best.file, line: best.line };
  }
}

/** The index of documents' rows, the documents in project order. */
export function indexRenderings(documents: ReadonlyArray<readonly RenderingRow[]>): RenderingIndex {
  const index = new RenderingIndex();
  documents.forEach((rows, order) => index.add(order, rows));
  return index;
}
