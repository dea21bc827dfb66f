// Units with term hits (source-file offsets, found once by the pipeline) + the glossary → where each
// hit lies in the unit's key text, chosen for an audience: every hit for the review page; for readers
// only entries meant for them, by default only the first occurrence in the article.
import type { Glossary, GlossaryEntry, TermAudience, TermHit } from '../model/glossary.js';
import type { AlignedUnit } from '../model/unit.js';
import { normalizeKeyText } from '../segment/segment-key.js';
import { plainText } from './inline-html.js';

/** A term hit placed on the plain text of the unit's key (what renderKeyHtml marks index). */
export interface PlacedHit {
  hit: TermHit;
  entry: GlossaryEntry | undefined;
  start: number;
  end: number;
}

/** Which occurrences the reader page marks: `first` per term and article (default), `all`, or `none`. */
export type ReaderMarks = 'first' | 'all' | 'none';

/** The audience of an entry; unset means `translator` (a reader sees a term only when an editor opts in). */
export const audienceOf = (e: GlossaryEntry | undefined): TermAudience => e?.audience ?? 'translator';

/**
 * Places every hit of one unit. A hit's surface is a whole token of the source; it is looked up as a
 * whole token in the key's plain text (normalised like keys: NFC, soft hyphens out, line breaks as
 * spaces), at the same occurrence count it has in the source before it, so a term written twice is
 * marked at the right place. A hit that does not survive into the key (markup splits it) is left out.
 */
export function placeHits(unit: AlignedUnit, entries: ReadonlyMap<string, GlossaryEntry>): PlacedHit[] {
  const plain = plainText(unit.segment.key, unit.segment.markup);
  const source = unit.segment.text;
  const placed: PlacedHit[] = [];
  for (const hit of [...unit.terms].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const needle = normalizeKeyText(hit.surface);
    if (!needle) continue;
    const before = source.slice(0, Math.max(0, hit.start - unit.segment.start)).normalize('NFC').replace(/\u00ad/g, '').replace(/\s+/g, ' ');
    const floor = placed.length ? placed[placed.length - 1].end : 0;
    let at = tokenAt(plain, needle, countTokens(before, needle));
    if (at < floor) at = tokenAfter(plain, needle, floor);
    if (at < 0) continue;
    placed.push({ hit, entry: entries.get(hit.term), start: at, end: at + needle.length });
  }
  return placed;
}

/** Hits for the review page: every occurrence of every entry, per unit id. */
export function reviewHits(units: readonly AlignedUnit[], glossary: Glossary): Map<string, PlacedHit[]> {
  const entries = entryIndex(glossary);
  return new Map(units.map((u) => [u.id, placeHits(u, entries)]));
}

/**
 * Hits for the reader page: entries whose audience includes readers, in running text (headlines and
 * subheads stay unmarked, as on a news page); with `first`, only the first occurrence of each entry
 * in the article (in document order, English withheld or not).
 */
export function readerHits(units: readonly AlignedUnit[], glossary: Glossary, marks: ReaderMarks = 'first'): Map<string, PlacedHit[]> {
  const entries = entryIndex(glossary);
  const seen = new Set<string>();
  const out = new Map<string, PlacedHit[]>();
  for (const u of units) {
    if (marks === 'none' || HEADLINES.has(u.block)) {
      out.set(u.id, []);
      continue;
    }
    const keep = placeHits(u, entries).filter((p) => {
      if (audienceOf(p.entry) === 'translator') return false;
      if (marks === 'all') return true;
      if (seen.has(p.hit.term)) return false;
      seen.add(p.hit.term);
      return true;
    });
    out.set(u.id, keep);
  }
  return out;
}

const HEADLINES = new Set(['title', 'heading', 'summary-title']);

function entryIndex(glossary: Glossary): Map<string, GlossaryEntry> {
  const m = new Map<string, GlossaryEntry>();
  for (const e of glossary.entries) if (!m.has(e.de)) m.set(e.de, e);
  return m;
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether `text` holds `needle` at `i` as a whole token (no letter or digit glued to either end). */
function isToken(text: string, needle: string, i: number): boolean {
  return text.startsWith(needle, i) && !WORD.test(text[i - 1] ?? '') && !WORD.test(text[i + needle.length] ?? '');
}

/** How many whole-token occurrences of `needle` `text` has. */
function countTokens(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) if (isToken(text, needle, i)) n++;
  return n;
}

/** Start of the n-th (0-based) whole-token occurrence of `needle`, or -1. */
function tokenAt(text: string, needle: string, n: number): number {
  let k = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) if (isToken(text, needle, i) && k++ === n) return i;
  return -1;
}

/** Start of the first whole-token occurrence of `needle` at or after `from`, or -1. */
function tokenAfter(text: string, needle: string, from: number): number {
  for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) if (isToken(text, needle, i)) return i;
  return -1;
}
