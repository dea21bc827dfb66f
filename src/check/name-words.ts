// The words entity parity compares, read by scanning the text once: a word is a letter (or mark)
// followed by letters, marks, digits and apostrophes, hyphenated compounds split into their parts
// (what `/[\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*(?:[-‐‑][\p{L}\p{M}\p{N}'’]+)*/gu` finds, then split at the
// hyphens). A scan instead of that pattern: a build reads every word of every sentence twice, and a
// match array per word was a third of all the memory the checks allocate. Plus the inflected forms a
// name is looked up by. (Runs of letters and digits: lang/letter-runs.ts.)
import { foldLatin } from '../lang/normalize-text.js';
import { codePointText, isAsciiDigit, isAsciiLetter, widthAt } from '../lang/letter-runs.js';

export interface Word {
  text: string;
  /** foldLatin of the text. */
  fold: string;
  /** First word of a sentence (capitalised whatever it is). */
  initial: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

// (patterns at module level: the CLI bundle builds a \p{…} literal inside a function on every call)
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const LETTER_MARK_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;
const STARTS_UPPER = /^\p{Lu}/u;
/** Quotes, brackets and emphasis between a sentence's end and its first word. */
const OPENERS = /[\s«»„“”"‘’‚‹›'(\[*_]/u;
const SENTENCE_END = /[.!?:;…]/;
const PLACEHOLDER = /<\/?\d+\/?>/g;

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011;

/** A word's first character: a letter or a mark. */
function startsWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? isAsciiLetter(c) : LETTER_OR_MARK.test(codePointText(text, i));
}

/** A character inside a word: a letter, a mark, a digit or an apostrophe. */
function continuesWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) || isAsciiDigit(c) || c === 0x27;
  return c === 0x2019 || LETTER_MARK_OR_DIGIT.test(codePointText(text, i));
}

/** Words of a text (hyphenated compounds split into their parts), placeholders (`<1>`, `</1>`) removed. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  const plain = text.includes('<') ? text.replace(PLACEHOLDER, ' ') : text;
  const n = plain.length;
  for (let i = 0; i < n; ) {
    if (!startsWord(plain, i)) {
      i += widthAt(plain, i);
      continue;
    }
    // the text before the word, quotes, brackets and emphasis skipped: a sentence start?
    let k = i - 1;
    while (k >= 0 && OPENERS.test(plain[k])) k--;
    const initial = k < 0 || SENTENCE_END.test(plain[k]);
    let part = i;
    let first = true;
    i += widthAt(plain, i);
    for (;;) {
      while (i < n && continuesWord(plain, i)) i += widthAt(plain, i);
      const hyphenated = i + 1 < n && isHyphen(plain.charCodeAt(i)) && continuesWord(plain, i + 1);
      pushPart(out, plain.slice(part, i), initial && first);
      if (!hyphenated) break;
      first = false;
      part = ++i;
    }
  }
  return out;
}

function pushPart(out: Word[], part: string, initial: boolean): void {
  const text = stripPossessive(part);
  if (text) out.push({ text, fold: foldLatin(text), initial, cap: capitalised(text) });
}

/** The word without a final apostrophe or 's (Trump’s → Trump). */
function stripPossessive(part: string): string {
  const n = part.length;
  if (n && isApostrophe(part.charCodeAt(n - 1))) return part.slice(0, -1);
  if (n > 1 && part.charCodeAt(n - 1) === 0x73 && isApostrophe(part.charCodeAt(n - 2))) return part.slice(0, -2);
  return part;
}

/** Starts with an upper-case letter (ASCII answered without the Unicode property test). */
export function capitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : STARTS_UPPER.test(w);
}

/** Adds `s` to `keys` when it is longer than one code unit and not there yet. */
function addKey(keys: string[], s: string): void {
  if (s.length > 1 && !keys.includes(s)) keys.push(s);
}

/** Ends in -es or -en (`c` is the last code unit). */
const endsInEsOrEn = (fold: string, c: number): boolean => fold.length >= 2 && fold.charCodeAt(fold.length - 2) === 0x65 && (c === 0x73 || c === 0x6e);

/**
 * German inflection a name may carry: genitive -s/-es, plural and adjective endings (Chinas,
 * Russlands, Russen), i.e. the fold, it without `(?:es|s|n|en|e)$`, and it without a final s. Not
 * -er: Römer is no Rom.
 */
export function germanKeys(fold: string): string[] {
  const keys: string[] = [];
  const c = fold.charCodeAt(fold.length - 1);
  addKey(keys, fold);
  addKey(keys, endsInEsOrEn(fold, c) ? fold.slice(0, -2) : c === 0x73 || c === 0x6e || c === 0x65 ? fold.slice(0, -1) : fold);
  if (c === 0x73) addKey(keys, fold.slice(0, -1));
  return keys;
}

/** English possessive and plural (Trump’s, Russians): the fold, and it without `(?:es|s)$`. */
export function englishKeys(fold: string): string[] {
  const keys: string[] = [];
  const c = fold.charCodeAt(fold.length - 1);
  addKey(keys, fold);
  if (c === 0x73) addKey(keys, fold.slice(0, fold.length >= 2 && fold.charCodeAt(fold.length - 2) === 0x65 ? -2 : -1));
  return keys;
}
