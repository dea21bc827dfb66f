// What a build keeps of one article between runs (the body of its cache entry), and the recorders
// that note what an article read of the rest of the project: the German it looked up in the other
// articles' English (project memory) and in the project's renderings (inconsistent translations).
// A cached result is reused only while those look-ups still give the same answers.
import type { Diagnostic } from '../model/diagnostic.js';
import { hashText } from './digest.js';
import type { DocumentCoverage } from '../report/index.js';
import type { OutputRef } from '../project/write-edition.js';
import type { IndexEntry } from '../render/index-model.js';
import { englishKey, type RenderingRow, type TranslationLookup } from '../check/index.js';
import type { MemoryRow, ProjectMemory } from '../match/index.js';
import type { ArticleTags } from './key-tags.js';


export interface ArticleResult {
  path: string;
  slug: string;
  /** The digest of the article's locale files as read (resource, orphans archive, sidecar). */
  localeDigest: string;
  /** Findings of the segment stage (front matter, Markdown). */
  segmentDiagnostics: Diagnostic[];
  /** Findings of the match and term stages, in stage order. */
  matchDiagnostics: Diagnostic[];
  /** Findings of the QA checks. */
  checkDiagnostics: Diagnostic[];
  /** Project-memory look-ups: [German key, digest of the answer]. */
  memoryLookups: Array<[string, string]>;
  /**
   * The checks' questions to the project's renderings (one per rendering row: its German, and its
   * English normalised) that had an answer: [row, digest of the answer]; every other row had none.
   */
  translationLookups: Array<[row: number, answer: string]>;
  /** The English this article gives each German (for the other articles' checks), and its digest. */
  renderings: RenderingRow[];
  renderingsDigest: string;
  /** The translations this article offers the others (project memory), from its locale files. */
  memoryRows: MemoryRow[];
  coverage: DocumentCoverage;
  indexEntry: IndexEntry;
  /** `--require` findings at the build's level (the level is part of the cache key). */
  require: Diagnostic[];
  /** Tags of its cross-article data, row by row (key-tags.ts): which articles a changed one needs. */
  tags: ArticleTags;
  /** Its pages, then its interchange files (one per format, in `outputs` order). */
  pages: OutputRef[];
  exchange: OutputRef[];
}

/**
 * An ArticleResult as stored: what every row of the article repeats (its path, slug and locale file)
 * is stored once, so a thousand entries read faster.
 */
export interface PackedResult extends Omit<ArticleResult, 'renderings' | 'memoryRows'> {
  renderings: Array<[key: string, en: string, line: number, norm?: string]>;
  memory: { file: string; rows: Array<[de: string, en: string, origin: MemoryRow[4], reviewed: boolean, normalized?: string]> } | null;
}

export function packResult(r: ArticleResult): PackedResult {
  const { renderings, memoryRows, ...rest } = r;
  return {
    ...rest,
    renderings: renderings.map(([k, en, , line, norm]) => (norm === undefined ? [k, en, line] : [k, en, line, norm])),
    memory: packMemoryRows(memoryRows),
  };
}

/** One article's memory rows with their file stated once (its document is the article's slug). */
export function packMemoryRows(memoryRows: readonly MemoryRow[]): PackedResult['memory'] {
  const file = memoryRows[0]?.[1];
  return file === undefined ? null : { file, rows: memoryRows.map(([, , de, en, origin, reviewed, normalized]) => (normalized === undefined ? [de, en, origin, reviewed] : [de, en, origin, reviewed, normalized])) };
}

/** The rows packMemoryRows packed, each with the article's slug and file (one string each, shared). */
export function unpackMemoryRows(slug: string, memory: PackedResult['memory']): MemoryRow[] {
  return memory ? memory.rows.map(([de, en, origin, reviewed, normalized]) => (normalized === undefined ? [slug, memory.file, de, en, origin, reviewed] : [slug, memory.file, de, en, origin, reviewed, normalized])) : [];
}

/** What every build reads of an article (its findings, coverage, index entry and outputs). */
export type PackedHead = Omit<PackedResult, CrossField> & Stamped;
/** What only a build that rebuilds something or sees changed English reads: the cross-article data. */
export type PackedCross = Pick<PackedResult, CrossField> & Stamped;
type CrossField = 'renderings' | 'memory' | 'memoryLookups' | 'translationLookups';
/** The same stamp in a head and its cross data: written together (the tags describe these rows). */
interface Stamped {
  stamp: string;
}

/**
 * Splits a packed result in two parts of its cache entry: an unchanged project reads only the heads
 * (a third of the bytes), the cross-article data only when an article is rebuilt or some English changed.
 */
export function splitPacked(p: PackedResult, stamp: string): { head: PackedHead; cross: PackedCross } {
  const { renderings, memory, memoryLookups, translationLookups, ...head } = p;
  return { head: { ...head, stamp }, cross: { renderings, memory, memoryLookups, translationLookups, stamp } };
}

/** Every finding of the results that carries a suppression (what `waiver-unused` looks at). */
export function suppressionCarriers(results: readonly ArticleResult[]): Diagnostic[] {
  return results.flatMap((r) => [...r.matchDiagnostics, ...r.checkDiagnostics].filter((d) => d.suppression));
}

/** A head with its cross-article data (undefined when the two were not written together); without it, that data reads as empty (the caller must not need it). */
export function joinPacked(head: PackedHead, cross: PackedCross | undefined | null): PackedResult | undefined {
  if (cross && cross.stamp !== head.stamp) return undefined;
  const { stamp: _stamp, ...rest } = head;
  return { ...rest, ...(cross ? { renderings: cross.renderings, memory: cross.memory, memoryLookups: cross.memoryLookups, translationLookups: cross.translationLookups } : { renderings: [], memory: null, memoryLookups: [], translationLookups: [] }) };
}

export function unpackResult(p: PackedResult): ArticleResult {
  const { renderings, memory, ...rest } = p;
  return {
    ...rest,
    renderings: renderings.map(([k, en, line, norm]) => (norm === undefined ? [k, en, p.path, line] : [k, en, p.path, line, norm])),
    memoryRows: unpackMemoryRows(p.slug, memory),
  };
}

/** The digest of a look-up's answer: hashText over its JSON (re-asking forty thousand look-ups after an edit stays cheap). */
export function answerDigest(value: unknown): string {
  return hashText(JSON.stringify(value ?? null));
}

/** A project memory that notes each look-up and its answer. */
export function recordMemory(memory: ProjectMemory, lookups: Map<string, string>): ProjectMemory {
  return {
    size: memory.size,
    find(key, document) {
      const found = memory.find(key, document);
      lookups.set(key, answerDigest(found));
      return found;
    },
  };
}

/** True when every recorded memory look-up (with `only`, every one it accepts) gives the same answer now. */
export function memoryStillAnswers(memory: ProjectMemory, slug: string, lookups: ReadonlyArray<[string, string]>, only?: (key: string) => boolean): boolean {
  return lookups.every(([key, d]) => (only && !only(key)) || answerDigest(memory.find(key, slug)) === d);
}

/**
 * True when each rendering row's question (its German, `englishKey(row)`) gets the answer recorded
 * for it now (none, where none is recorded); with `only`, the rows whose German it accepts (the
 * others' answers cannot have changed).
 */
export function translationsStillAnswer(index: TranslationLookup, renderings: readonly RenderingRow[], lookups: ReadonlyArray<[number, string]>, only?: (key: string) => boolean): boolean {
  const recorded = new Map(lookups);
  return renderings.every((r, row) => {
    if (only && !only(r[0])) return true;
    const found = index.firstOther(r[0], englishKey(r));
    const d = recorded.get(row);
    return found === undefined ? d === undefined : answerDigest(found) === d;
  });
}
