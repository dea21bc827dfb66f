// Characters any language's text may carry without meaning anything, and the normal forms built on
// them: a string in, NFC with invisible characters gone and space runs as one space out; plus the
// code-point tests the offset-keeping folder of the glossary uses. Language-neutral.

/**
 * Zero-width and formatting characters that never change what a sentence says: soft hyphen,
 * zero-width space / non-joiner / joiner, word joiner, BOM (as a zero-width no-break space).
 */
export const INVISIBLE_CODES: readonly number[] = [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];

/** Every Unicode space separator, tab, line and paragraph break (what `\s` means, spelled out). */
export const SPACE_CODES: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];

/** Hyphens that join compound parts: ASCII, U+2010 hyphen, U+2011 non-breaking, U+2012 figure dash, minus, small and full-width. */
export const HYPHEN_CODES: readonly number[] = [0x2d, 0x2010, 0x2011, 0x2012, 0x2212, 0xfe63, 0xff0d];

const INVISIBLE_SET = new Set(INVISIBLE_CODES);
const SPACE_SET = new Set(SPACE_CODES);
const HYPHEN_SET = new Set(HYPHEN_CODES);

const classOf = (codes: readonly number[]): string => `[${codes.map((c) => `\\u{${c.toString(16)}}`).join('')}]`;

/** Global regex of one invisible character (for `replace`). */
export const INVISIBLE = new RegExp(classOf(INVISIBLE_CODES), 'gu');
/** Global regex of one joining hyphen of any kind. */
export const HYPHEN = new RegExp(classOf(HYPHEN_CODES), 'gu');
/** Global regex of a run of spaces of any kind. */
export const SPACE_RUN = new RegExp(`${classOf(SPACE_CODES)}+`, 'gu');

export const isInvisible = (code: number): boolean => INVISIBLE_SET.has(code);
export const isSpace = (code: number): boolean => SPACE_SET.has(code);
export const isHyphen = (code: number): boolean => HYPHEN_SET.has(code);

/** NFC, invisible characters removed, every run of spaces (NBSP, thin space, line breaks) one plain space. */
export function normalizeText(text: string): string {
  // NFC last: an invisible character between a letter and its combining mark (a ZWNJ) blocks the
  // composition, so composing first would leave an uncomposed pair once the invisible one is gone
  return text.replace(INVISIBLE, '').replace(SPACE_RUN, ' ').normalize('NFC');
}

const ASCII = /^[\x00-\x7f]*$/;

/** Accent- and umlaut-free lower case (ä → a, é → e, ß → ss), for names and cognates across languages. */
export function foldLatin(word: string): string {
  const lower = word.toLowerCase();
  // most words are plain ASCII: nothing to decompose or strip (the checks fold every word of every sentence)
  if (ASCII.test(lower)) return lower;
  return lower
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}
