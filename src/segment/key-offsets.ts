// A segment and its term hits (source-file offsets) → where each hit lies in the plain text of the
// segment's key (placeholders removed: what the pages show and mark). Computed once, by the term stage,
// so every page reads the same positions. Pure.
import type { InlineMarkup, Segment } from '../model/document.js';
import { normalizeKeyText } from './segment-key.js';
import { tokenizeKey } from './placeholders.js';

/** A range in the key's plain text. */
export interface KeyRange {
  start: number;
  end: number;
}

/** The key's text with its placeholders removed. */
export function keyPlainText(segment: { key: string; markup: readonly InlineMarkup[] }): string {
  return tokenizeKey(segment.key, segment.markup)
    .map((t) => (t.kind === 'text' ? t.text : ''))
    .join('');
}

/**
 * Each hit's range in the key's plain text, in the order of `hits` (undefined: markup splits it, so it
 * does not survive into the key). A hit's surface is a whole token of the source; it is looked up as a
 * whole token in the key text (normalised like keys: NFC, soft hyphens out, line breaks as spaces), at
 * the same occurrence count it has in the source before it, so a term written twice is placed right.
 */
export function locateInKey(segment: Pick<Segment, 'key' | 'markup' | 'text' | 'start'>, hits: ReadonlyArray<{ surface: string; start: number; end: number }>): Array<KeyRange | undefined> {
  const plain = keyPlainText(segment);
  const out: Array<KeyRange | undefined> = hits.map(() => undefined);
  const order = hits.map((_, i) => i).sort((a, b) => hits[a].start - hits[b].start || hits[b].end - hits[a].end);
  let floor = 0;
  for (const i of order) {
    const hit = hits[i];
    const needle = normalizeKeyText(hit.surface);
    if (!needle) continue;
    const before = segment.text.slice(0, Math.max(0, hit.start - segment.start)).normalize('NFC').replace(/\u00ad/g, '').replace(/\s+/g, ' ');
    let at = tokenAt(plain, needle, countTokens(before, needle));
    if (at < floor) at = tokenAfter(plain, needle, floor);
    if (at < 0) continue;
    out[i] = { start: at, end: at + needle.length };
    floor = at + needle.length;
  }
  return out;
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
