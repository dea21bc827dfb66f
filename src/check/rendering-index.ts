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

interface Entry extends Rendering {
  /** Document's place in the project, then the row's place in the document. */
  order: number;
  row: number;
  norm: string;
}

/** A TranslationLookup that documents' rows are added to, each with its place in the project. */
export class RenderingIndex implements TranslationLookup {
  private readonly byKey = new Map<string, Entry[]>();

  /** Adds a document's rows (`order`: its place in the project; each document once). */
  add(order: number, rows: readonly RenderingRow[]): void {
    rows.forEach((r, row) => {
      const [key, en, file, line] = r;
      const list = this.byKey.get(key);
      const entry: Entry = { en, file, line, order, row, norm: englishKey(r) };
      if (list) list.push(entry);
      else this.byKey.set(key, [entry]);
    });
  }

  /** Removes every row. */
  clear(): void {
    this.byKey.clear();
  }

  firstOther(key: string, mine: string): Rendering | undefined {
    let best: Entry | undefined;
    for (const e of this.byKey.get(key) ?? []) {
      if (best && (e.order > best.order || (e.order === best.order && e.row > best.row))) continue;
      if (e.norm !== mine) best = e;
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
