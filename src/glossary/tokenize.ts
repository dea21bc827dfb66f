// Splits folded text into word tokens: a token is one word or one hyphenated compound (its parts
// joined by `-`), with the folded offsets of each part and whether the token starts a sentence.
import type { FoldedText } from './fold-text.js';
import { GENDER_MARKS } from '../lang/de/word-classes.js';

const MARKS: ReadonlySet<string> = new Set(GENDER_MARKS);

/** One closed word inside a token (`nato` and `gipfel` in `nato-gipfel`). */
export interface TokenPart {
  start: number;
  end: number;
}

export interface Token {
  /** Folded offsets of the whole token (a trailing `-` of a truncated compound is included). */
  start: number;
  end: number;
  parts: TokenPart[];
  /** The token ends in a hyphen (`Sanktions- und Zollpaket`): its last part is a modifier. */
  truncated: boolean;
  /** The token starts a sentence (a lower-case entry may then be written with a capital). */
  sentenceStart: boolean;
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
/** WORD_RE's answer for every Latin-1 unit, worked out once (umlauts are in most German words). */
const LATIN1_WORD = Uint8Array.from({ length: 0x100 }, (_, c) => (WORD_RE.test(String.fromCharCode(c)) ? 1 : 0));

/** True for a folded UTF-16 unit that belongs to a word (letters, digits, marks; surrogates count). */
export function isWordUnit(code: number, ch: string): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if (code < 0x100) return LATIN1_WORD[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return WORD_RE.test(ch);
}

/** Characters that may stand between a sentence end and the next word: quotes, brackets, Markdown marks. */
const OPENERS = new Set([...'«»„“”"\'‚‘’‹›([{*_#>']);
const ENDERS = new Set([...'.!?:;…']);

/** True when the original text before `offset` ends a sentence (or there is nothing before it). */
export function startsSentence(original: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const ch = original[i];
    if (ch === '\n' || ch === '\r') return true;
    if (ENDERS.has(ch)) return true;
    const c = ch.charCodeAt(0);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0xad || OPENERS.has(ch)) continue;
    return false;
  }
  return true;
}

/**
 * Length of a gender-marked feminine ending at `i` (`*innen`, `:in`, `_innen`: Expert*innen), 0 when
 * there is none. The `i` must be lower case and no letter may follow, so `Stand:In Bern` stays two words.
 */
function genderEnding(ft: FoldedText, i: number, wordAt: (k: number) => boolean): number {
  const s = ft.folded;
  const c = s[i];
  if (!MARKS.has(c)) return 0;
  if (s[i + 1] !== 'i' || s[i + 2] !== 'n' || ft.upper[i + 1]) return 0;
  const len = s.startsWith('nen', i + 3) ? 6 : 3;
  return wordAt(i + len) ? 0 : len;
}

/** Tokenizes folded text; `original` is only read to decide sentence starts. */
export function tokenize(ft: FoldedText, original: string): Token[] {
  const s = ft.folded;
  const n = s.length;
  const tokens: Token[] = [];
  let i = 0;
  const wordAt = (k: number): boolean => k < n && isWordUnit(s.charCodeAt(k), s[k]);
  while (i < n) {
    if (!wordAt(i)) { i++; continue; }
    const parts: TokenPart[] = [];
    const start = i;
    let truncated = false;
    for (;;) {
      const ps = i;
      while (wordAt(i)) i++;
      // Expert*innen is one word: the feminine of Experte written with a gender mark.
      i += genderEnding(ft, i, wordAt);
      parts.push({ start: ps, end: i });
      if (i < n && s[i] === '-') {
        if (wordAt(i + 1)) { i++; continue; }
        // `Sanktions- und …`: a hyphen followed by space or punctuation truncates the compound.
        const after = s[i + 1];
        if (after === undefined || after === ' ' || after === ',' || after === '/' || after === ')') {
          truncated = true;
          i++;
        }
      }
      break;
    }
    tokens.push({ start, end: i, parts, truncated, sentenceStart: startsSentence(original, ft.from[start]) });
  }
  return tokens;
}
