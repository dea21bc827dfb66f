// Folds German text for matching (NFC, lower case, ß→ss, invisible characters dropped, space and
// hyphen variants unified) and returns, per folded UTF-16 unit, the range it came from in the original.
// Matching runs on the folded string; offsets are mapped back so hits slice the original text exactly.
// Which characters are invisible, spaces or hyphens is language data (src/lang/normalize-text.ts).
import { INVISIBLE_CODES, isHyphen, isInvisible, isSpace } from '../lang/normalize-text.js';

/** The folded text plus the way back to the original offsets. */
export interface FoldedText {
  /** Folded text: every unit is lower case; `-` stands for any hyphen, ' ' for any space. */
  folded: string;
  /** `from[i]` is the original offset where folded unit i starts. */
  from: Int32Array;
  /** `to[i]` is the original offset (exclusive) where folded unit i ends. */
  to: Int32Array;
  /** 1 where the original character of folded unit i was upper case. */
  upper: Uint8Array;
}

const isCombining = (c: number): boolean =>
  (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);

/** Folds one already-NFC character (string of 1–2 units) into its matching form. */
export function foldChar(ch: string): string {
  if (ch === 'ß' || ch === 'ẞ') return 'ss';
  const c = ch.charCodeAt(0);
  if (isHyphen(c)) return '-';
  if (isSpace(c)) return ' ';
  if (c === 0x2019 || c === 0x2018 || c === 0x02bc) return "'";
  const lower = ch.toLowerCase();
  // toLowerCase may expand (İ → i̇); keep only the base letter so folded forms stay comparable.
  return lower.length > ch.length ? lower.normalize('NFC').slice(0, ch.length) : lower;
}

/** Folds a whole string the same way as `foldText` (for dictionary keys, entries, queries). */
export function foldString(s: string): string {
  return foldText(s).folded;
}

const decoder = new TextDecoder('utf-16le');
/** Below the lowest invisible character (most text) the set is not asked. */
const MIN_INVISIBLE = Math.min(...INVISIBLE_CODES);
const lowerCache = new Map<string, { folded: string; upper: boolean }>();

/** Folds one NFC code point, cached (the same few hundred letters recur in any text). */
function foldCodePoint(cp: string): { folded: string; upper: boolean } {
  let hit = lowerCache.get(cp);
  if (!hit) {
    hit = { folded: foldChar(cp), upper: cp !== cp.toLowerCase() || cp === 'ẞ' };
    lowerCache.set(cp, hit);
  }
  return hit;
}

/** Folds `text` for matching, keeping a map back to original UTF-16 offsets. */
export function foldText(text: string): FoldedText {
  const n = text.length;
  // Folding can grow a unit to two (ß → ss), so allocate for the worst case and trim.
  let cap = n + 16;
  let out = new Uint16Array(cap);
  let from = new Int32Array(cap);
  let to = new Int32Array(cap);
  let upper = new Uint8Array(cap);
  let len = 0;
  const grow = (): void => {
    cap *= 2;
    const o2 = new Uint16Array(cap); o2.set(out); out = o2;
    const f2 = new Int32Array(cap); f2.set(from); from = f2;
    const t2 = new Int32Array(cap); t2.set(to); to = t2;
    const u2 = new Uint8Array(cap); u2.set(upper); upper = u2;
  };
  const push = (s: string, a: number, b: number, up: boolean): void => {
    for (let k = 0; k < s.length; k++) {
      if (len >= cap) grow();
      out[len] = s.charCodeAt(k);
      from[len] = a;
      to[len] = b;
      upper[len] = up ? 1 : 0;
      len++;
    }
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= MIN_INVISIBLE && isInvisible(c)) { i++; continue; }
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
    const next = j < n ? text.charCodeAt(j) : 0;
    if (c < 0x80 && !isCombining(next)) {
      // ASCII fast path: lower-case letters, turn control whitespace into a space.
      if (len >= cap) grow();
      const up = c >= 65 && c <= 90;
      out[len] = up ? c + 32 : c === 9 || c === 10 || c === 13 || c === 11 || c === 12 ? 32 : c;
      from[len] = i;
      to[len] = j;
      upper[len] = up ? 1 : 0;
      len++;
      i = j;
      continue;
    }
    while (j < n && isCombining(text.charCodeAt(j))) j++;
    const cluster = j - i === 1 ? text[i] : text.slice(i, j).normalize('NFC');
    // A cluster that stays several code points after NFC (rare marks) folds point by point.
    for (const cp of cluster) {
      if (isCombining(cp.charCodeAt(0))) { push(cp, i, j, false); continue; }
      const f = foldCodePoint(cp);
      push(f.folded, i, j, f.upper);
    }
    i = j;
  }
  return { folded: decoder.decode(out.subarray(0, len)), from: from.subarray(0, len), to: to.subarray(0, len), upper: upper.subarray(0, len) };
}
