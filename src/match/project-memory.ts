// The project's own translations, already loaded (every article's resource and sidecar) → an index of
// identical German: for a key, the English another article gives it, with that article and file, so
// captions ("Archivbild: KEYSTONE") and boilerplate translated once are offered everywhere (100 %).
import type { Provenance } from '../model/unit.js';
import { contentHash, type Sidecar } from '../locale/index.js';
import { normalizeKey } from './normalize-key.js';

/** One article's translations, as the match stage already holds them. */
export interface ArticleResource {
  /** The article's slug (its document id). */
  document: string;
  /** Its resource file, relative to the project root. */
  file: string;
  entries: ReadonlyMap<string, string>;
  sidecar?: Sidecar;
}

export interface MemoryMatch {
  /** The German key as written in the other article's resource. */
  de: string;
  en: string;
  /** Provenance kind `memory`, with the other article (`document`), its file and key. */
  provenance: Provenance;
  /** The English was reviewed there (the sidecar says so for exactly this English). */
  reviewed: boolean;
}

export interface ProjectMemory {
  /** The best translation of `key` (normalised) in any article other than `document`. */
  find(key: string, document: string): MemoryMatch | undefined;
  readonly size: number;
}

/** Curated and reviewed English first, then machine-aligned, then document order. */
function rank(m: Pick<MemoryMatch, 'reviewed'>, origin: Provenance['kind']): number {
  return (m.reviewed ? 0 : 2) + (origin === 'curated' || origin === 'import' ? 0 : 1);
}

/** A memory row's rank (0 best): what `find` prefers before the project order. */
export const rankRow = (row: Readonly<MemoryRow>): number => rank({ reviewed: row[5] }, row[4]);

/**
 * One translation an article offers the others: `[document, file, German key, English, origin, reviewed]`
 * (plain data, so an incremental build keeps each article's rows with its cached results).
 */
export type MemoryRow = [document: string, file: string, de: string, en: string, origin: Provenance['kind'], reviewed: boolean, normalized?: string];

/** The rows one article contributes to the project memory (every non-empty English). Pure. */
export function listMemoryRows(a: ArticleResource): MemoryRow[] {
  const rows: MemoryRow[] = [];
  for (const [de, en] of a.entries) {
    if (!en.trim()) continue;
    const meta = a.sidecar?.entries[de];
    const current = meta !== undefined && meta.target === contentHash(en);
    const origin = current ? meta.provenance.kind : 'curated';
    const row: MemoryRow = [a.document, a.file, de, en, origin, current && (meta.status === 'reviewed' || !!meta.reviewedBy)];
    // the normalised German only where it differs (rarely: quotes, spaces): kept with the row, so an
    // incremental build indexes forty thousand cached rows without normalising each again
    const k = normalizeKey(de);
    if (k !== de) row.push(k);
    rows.push(row);
  }
  return rows;
}
