// Runs of letters (`/\p{L}+/gu`) or of letters and digits (`/[\p{L}\p{N}]+/gu`) in a text, found by a
// scan: the checks read every word of every sentence several times, and a match object per word was
// most of the memory they allocated. ASCII is answered by code; other characters by the Unicode
// property, a surrogate pair read as one code point.

// (patterns at module level: the CLI bundle builds a \p{…} literal inside a function on every call)
const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** A-Z or a-z (a UTF-16 code). */
export const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
/** 0-9 (a UTF-16 code). */
export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The code point at `i` (a surrogate pair read as one) as a string, for a Unicode property test. */
export function codePointText(text: string, i: number): string {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? String.fromCodePoint(text.codePointAt(i)!) : text[i];
}

/** Code units of the code point at `i`. */
export const widthAt = (text: string, i: number): number => (text.codePointAt(i)! > 0xffff ? 2 : 1);

/** Is the code point at `i` a letter (with `digits`, a letter or a digit)? */
function inRun(text: string, i: number, digits: boolean): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) || (digits && isAsciiDigit(c));
  return (digits ? LETTER_OR_DIGIT : LETTER).test(codePointText(text, i));
}

/** Calls `visit(start, end)` for each maximal run of letters (with `digits`, of letters and digits), in order. */
export function forEachRun(text: string, digits: boolean, visit: (start: number, end: number) => void): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!inRun(text, i, digits)) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    while (i < n && inRun(text, i, digits)) i += widthAt(text, i);
    visit(start, i);
  }
}

/** The runs themselves (`text.match(/\p{L}+/gu)`, or with digits `/[\p{L}\p{N}]+/gu`, as a list). */
export function runsOf(text: string, digits: boolean): string[] {
  const out: string[] = [];
  forEachRun(text, digits, (start, end) => out.push(text.slice(start, end)));
  return out;
}
