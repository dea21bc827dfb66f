// The project's documents with their coverage → the multi-article index as data (IndexEntry[]: both
// titles, date, source, status, coverage, links), and its `index.json` for sites. Pure.
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import type { Counts, DocumentCoverage } from '../report/index.js';

/** `complete`: every segment has English; `partial`: some have; `untranslated`: none has. */
export type IndexStatus = 'complete' | 'partial' | 'untranslated';

/** Pages of one article in outDir, relative to the index (absent when `outputs` does not make them). */
export interface IndexPages {
  reader?: string;
  review?: string;
  markdown?: string;
  json?: string;
}

/** A document's or the project's counts without the word and character tallies. */
export type IndexCounts = Pick<Counts, 'segments' | 'translated' | 'reviewed' | 'stale' | 'fuzzy' | 'missing' | 'percent'>;

export interface IndexEntry {
  slug: string;
  /** The German source, relative to the project root (`/` separators). */
  path: string;
  /** Plain text (inline markup dropped); `en` null while the title is untranslated. */
  title: { de: string; en: string | null };
  /** `YYYY-MM-DD` from the front matter's `date`, or null. */
  date: string | null;
  source: string | null;
  author: string | null;
  status: IndexStatus;
  coverage: IndexCounts;
  /** Where the entry links: the reader page, else the review page, else the Markdown, else the JSON; null when none is made. */
  href: string | null;
  pages: IndexPages;
}

export interface IndexDocument {
  source: SourceDocument;
  units: readonly AlignedUnit[];
  coverage: DocumentCoverage;
}

/** Which per-article outputs exist (from the run definition's `outputs`). */
export interface IndexOutputs {
  html: boolean;
  review: boolean;
  md: boolean;
  json: boolean;
}

/** One entry per document, newest first (undated last), then by German title. */
export function buildIndexEntries(documents: readonly IndexDocument[], outputs: IndexOutputs): IndexEntry[] {
  return sortIndexEntries(documents.map((d) => buildIndexEntry(d, outputs)));
}

/** Newest first (undated last), then by German title, then by slug (a new array). */
export function sortIndexEntries(entries: readonly IndexEntry[]): IndexEntry[] {
  return [...entries].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.de.localeCompare(b.title.de, 'de') || a.slug.localeCompare(b.slug));
}

/** One document's index entry (an incremental build keeps it with the document's cached results). */
export function buildIndexEntry({ source, units, coverage }: IndexDocument, outputs: IndexOutputs): IndexEntry {
  const titleUnit = units.find((u) => u.block === 'title');
  const meta = source.meta as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const file = (suffix: string) => `${encodeURIComponent(source.slug)}${suffix}`;
  const pages: IndexPages = {
    ...(outputs.html ? { reader: file('.html') } : {}),
    ...(outputs.review ? { review: file('.review.html') } : {}),
    ...(outputs.md ? { markdown: file('.md') } : {}),
    ...(outputs.json ? { json: file('.json') } : {}),
  };
  const date = typeof meta.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(meta.date) ? meta.date.slice(0, 10) : meta.date instanceof Date && !Number.isNaN(meta.date.getTime()) ? meta.date.toISOString().slice(0, 10) : null;
  return {
    slug: source.slug,
    path: source.path.split('\\').join('/'),
    title: {
      de: titleUnit ? plainKey(titleUnit.segment.key) : (text(meta.title) ?? source.slug),
      en: titleUnit?.en ? plainKey(titleUnit.en) : null,
    },
    date,
    source: text(meta.source),
    author: text(meta.author),
    status: statusOf(coverage),
    coverage: indexCounts(coverage),
    href: pages.reader ?? pages.review ?? pages.markdown ?? pages.json ?? null,
    pages,
  };
}

export function statusOf(c: Counts): IndexStatus {
  if (c.translated >= c.segments) return 'complete';
  return c.translated === 0 ? 'untranslated' : 'partial';
}

export function indexCounts(c: Counts): IndexCounts {
  return { segments: c.segments, translated: c.translated, reviewed: c.reviewed, stale: c.stale, fuzzy: c.fuzzy, missing: c.missing, percent: c.percent };
}

export interface IndexJsonInput {
  entries: readonly IndexEntry[];
  total: Counts;
  sourceLanguage: string;
  targetLanguage: string;
}

/** `index.json`: `{format: "diglot-index/1", sourceLanguage, targetLanguage, total, articles: IndexEntry[]}`. */
export function renderIndexJson(input: IndexJsonInput): string {
  const body = { format: 'diglot-index/1', sourceLanguage: input.sourceLanguage, targetLanguage: input.targetLanguage, total: indexCounts(input.total), articles: input.entries };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Key-form text (inline markup as `<1>…</1>`) as plain text. */
const plainKey = (key: string) => key.replace(/<\/?\d+\/?>/g, '');
