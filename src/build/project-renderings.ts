// The project's renderings as a build learns them: every cached article's rows, and each rebuilt
// article's rows as it starts (each article once, at its place in the project). It answers a started
// article's questions — for each rendering row, the first rendering in project order of that German
// with other English — from what it holds at that moment, and tells afterwards, with every article's
// rows in, which articles were answered differently from how they would be now. A large build keeps
// the rows' text in a temp file (`store`: build/spill-text.ts).
import { RenderingIndex, type RenderingRow } from '../check/index.js';
import type { RowTextStore } from '../match/index.js';
import type { Answers, Started } from './article-batch.js';
import { translationsStillAnswer } from './article-result.js';

export class ProjectRenderings {
  private readonly index: RenderingIndex;

  /** `order`: each article's place in the project, by path. */
  constructor(
    private readonly order: ReadonlyMap<string, number>,
    store?: RowTextStore,
  ) {
    this.index = new RenderingIndex(store);
  }

  /** Adds an article's rows (a second call for the same article changes nothing: its rows are the same). */
  add(path: string, rows: readonly RenderingRow[]): void {
    const at = this.order.get(path)!;
    if (!this.index.has(at)) this.index.add(at, rows);
  }

  /** The rows the index holds for an article (read back), undefined when it has none of it. */
  rowsOf(path: string): RenderingRow[] | undefined {
    const at = this.order.get(path)!;
    return this.index.has(at) ? this.index.rowsOf(at) : undefined;
  }

  /** Adds a started article's rows and answers its questions (the rows that have an answer). */
  answer(s: Started): Answers {
    this.add(s.path, s.renderings);
    return this.index.answersOf(this.order.get(s.path)!, s.renderings);
  }

  /** Lets go of every row (the build has no more questions to answer). */
  release(): void {
    this.index.clear();
  }

  /** True when an article's recorded answers (`[row, digest]`) are the answers now (with `only`, those of the German it accepts). */
  stillAnswers(renderings: readonly RenderingRow[], lookups: ReadonlyArray<[number, string]>, only?: (key: string) => boolean): boolean {
    return translationsStillAnswer(this.index, renderings, lookups, only);
  }
}
