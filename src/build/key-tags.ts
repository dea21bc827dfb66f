// An article's cross-article data → short tags its cache head carries, so that a build which changes
// a few articles reads the cross data of only the articles its questions need:
// - per rendering row, the tag of its German (32 bits) and of its German with its English (64 bits:
//   digest.ts's hashText): for the German of a changed article, the articles whose rendering of it has other
//   English (the only ones that can answer `inconsistent-translation`'s question);
// - per memory row, the tag of its German and its rank (which article a memory look-up prefers);
// - per memory look-up, the tag of the German it asked about.
// A tag stands for its key: a row found through a tag is always checked against the row itself once
// read (two keys that share a tag only make a build read one article more).
import { normalizeKey } from '../match/normalize-key.js';
import { hashText } from './digest.js';
import { englishKey, type RenderingRow } from '../check/index.js';
import { rankRow, type MemoryRow } from '../match/index.js';

/** The tag of a normalised German key (8 hex digits: hashText's first lane, FNV-1a). */
export const tagKey = (key: string): string => hashText(key).slice(0, 8);

/** The tag of a German key with one English (16 hex digits). */
export const tagPair = (key: string, english: string): string => hashText(`${key}\u0000${english}`);

/** The tag of German as a project-memory look-up asks it (normalised first, as the memory does). */
export const tagLookup = (key: string): string => tagKey(normalizeKey(key));

/** What the tags are made of: an article's cross-article data. */
export interface TaggedData {
  renderings: readonly RenderingRow[];
  memoryRows: readonly MemoryRow[];
  memoryLookups: ReadonlyArray<readonly [string, string]>;
}

/** The tags a head stores, in row order: renderings 24 digits a row, memory rows 9, look-ups 8. */
export interface ArticleTags {
  rendering: string;
  memory: string;
  lookups: string;
}

export const RENDERING_TAG = 24;
export const MEMORY_TAG = 9;
export const LOOKUP_TAG = 8;

export function listTags(r: TaggedData): ArticleTags {
  return {
    rendering: r.renderings.map((row) => tagKey(row[0]) + tagPair(row[0], englishKey(row))).join(''),
    memory: r.memoryRows.map((row) => tagKey(row[6] ?? row[2]) + String(rankRow(row))).join(''),
    lookups: r.memoryLookups.map(([key]) => tagLookup(key)).join(''),
  };
}
