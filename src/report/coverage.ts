// Aligned units of each document → coverage counts per project, document and section.
import type { Section, SourceDocument } from '../model/document.js';
import type { AlignedUnit, UnitStatus } from '../model/unit.js';
import { forEachRun } from '../lang/letter-runs.js';

export interface Counts {
  segments: number;
  /** Units with English from an exact entry (`translated` + `reviewed`). */
  translated: number;
  reviewed: number;
  stale: number;
  fuzzy: number;
  missing: number;
  /** translated / segments × 100, one decimal; 100 for an empty set. */
  percent: number;
  /** The same counts in German words and characters (what translators are paid by). */
  words: { total: number; translated: number; missing: number; stale: number; fuzzy: number };
  characters: { total: number; translated: number; missing: number; stale: number; fuzzy: number };
}

export interface SectionCoverage extends Counts {
  id: string;
  kind: Section['kind'];
  title?: string;
  /** Every unit has English from an exact entry: the section may be published. */
  complete: boolean;
}

export interface DocumentCoverage extends Counts {
  path: string;
  slug: string;
  /** Aggregates by block kind (captions, headings, …) and for segments containing quotations. */
  kinds: Record<string, Counts>;
  sections: SectionCoverage[];
}

export interface CoverageReport {
  total: Counts;
  documents: DocumentCoverage[];
}

export interface CoverageInput {
  source: SourceDocument;
  units: readonly AlignedUnit[];
}

const QUOTE = /[«»„“”"‹›]/;

/** Computes coverage for a set of documents. */
export function computeCoverage(docs: readonly CoverageInput[]): CoverageReport {
  return combineCoverage(docs.map(computeDocumentCoverage));
}

/** One document's coverage: its counts, by block kind, and per section. */
export function computeDocumentCoverage({ source, units }: CoverageInput): DocumentCoverage {
  const kinds: Record<string, Counts> = {};
  const byKind = new Map<string, AlignedUnit[]>();
  for (const u of units) {
    const k = u.block === 'list-item' && u.section === 'summary' ? 'summary' : u.block;
    byKind.set(k, [...(byKind.get(k) ?? []), u]);
    if (QUOTE.test(u.segment.key)) byKind.set('quotation', [...(byKind.get('quotation') ?? []), u]);
  }
  for (const [k, list] of byKind) kinds[k] = countUnits(list);
  const sections = source.sections.map((s): SectionCoverage => {
    const counts = countUnits(units.filter((u) => u.section === s.id));
    return { id: s.id, kind: s.kind, ...(s.title ? { title: s.title } : {}), ...counts, complete: counts.translated === counts.segments };
  });
  return { path: source.path, slug: source.slug, ...countUnits(units), kinds, sections };
}

/**
 * The project report from its documents' coverage: the total is the sum of the documents' counts (the
 * counts add up; the percentage is recomputed), so an incremental build can combine cached documents.
 */
export function combineCoverage(documents: DocumentCoverage[]): CoverageReport {
  return { total: sumCounts(documents), documents };
}

/** The counts of several sets of units together. */
export function sumCounts(parts: readonly Counts[]): Counts {
  const c = countUnits([]);
  for (const p of parts) {
    for (const k of ['segments', 'translated', 'reviewed', 'stale', 'fuzzy', 'missing'] as const) c[k] += p[k];
    for (const k of ['total', 'translated', 'missing', 'stale', 'fuzzy'] as const) {
      c.words[k] += p.words[k];
      c.characters[k] += p.characters[k];
    }
  }
  c.percent = c.segments ? Math.round((c.translated / c.segments) * 1000) / 10 : 100;
  return c;
}

const isTranslated = (s: UnitStatus) => s === 'translated' || s === 'reviewed';

/** Counts one set of units. */
export function countUnits(units: readonly AlignedUnit[]): Counts {
  const c: Counts = {
    segments: units.length,
    translated: 0,
    reviewed: 0,
    stale: 0,
    fuzzy: 0,
    missing: 0,
    percent: 100,
    words: { total: 0, translated: 0, missing: 0, stale: 0, fuzzy: 0 },
    characters: { total: 0, translated: 0, missing: 0, stale: 0, fuzzy: 0 },
  };
  for (const u of units) {
    const words = countWords(u.segment.key);
    const chars = u.segment.key.length;
    const bucket = isTranslated(u.status) ? 'translated' : u.status;
    if (u.status === 'reviewed') c.reviewed++;
    c[bucket as 'translated' | 'stale' | 'fuzzy' | 'missing']++;
    c.words.total += words;
    c.characters.total += chars;
    c.words[bucket as 'translated'] += words;
    c.characters[bucket as 'translated'] += chars;
  }
  c.percent = units.length ? Math.round((c.translated / units.length) * 1000) / 10 : 100;
  return c;
}

/** Words as a translator counts them: runs of letters or digits (placeholders not counted). */
export function countWords(text: string): number {
  const plain = text.includes('<') ? text.replace(/<\/?\d+\/?>/g, ' ') : text;
  // runs of letters and digits joined by one of - ' ’ . are one word: a run starts a new word unless
  // a single joiner stands between it and the previous run (counted, no list of the words made)
  let words = 0;
  let previousEnd = -2;
  forEachRun(plain, true, (start, end) => {
    if (!(start === previousEnd + 1 && JOINERS.includes(plain[previousEnd]))) words++;
    previousEnd = end;
  });
  return words;
}
const JOINERS = "-'’.";
