// German or English text → the numbers, dates, times and decades it mentions, as comparable
// values ("1000000", "3.5", "month:2", "time:14:30", "decade:70"), plus English number formats
// that are German (1.000.000, 3,5, 24. February). The number words, month names and numeral parsing are
// language data from src/lang; the patterns below find where they are written.
import { GERMAN_MONTHS, GERMAN_MONTH_NAMES } from '../lang/de/calendar.js';
import { GERMAN_ARTICLE_ONE, GERMAN_CARDINALS, GERMAN_ORDINALS, GERMAN_QUANTITY_WORDS } from '../lang/de/number-words.js';
import { GERMAN_GROUP_SEPARATOR, parseGermanNumeral } from '../lang/de/parse-number.js';
import { ENGLISH_MONTHS, ENGLISH_MONTH_NAMES } from '../lang/en/calendar.js';
import { ENGLISH_ARTICLE_ONE, ENGLISH_CARDINALS, ENGLISH_DECADES, ENGLISH_ORDINALS, ENGLISH_QUANTITY_WORDS } from '../lang/en/number-words.js';
import { ENGLISH_GROUP_SEPARATOR, parseEnglishNumeral } from '../lang/en/parse-number.js';
import { forEachRun } from '../lang/letter-runs.js';

export interface NumberMention {
  /** Canonical value compared across languages. */
  value: string;
  /** The text as written. */
  text: string;
  /** Offset in the searched text. */
  index: number;
  /** Weak mentions (number words, bare month names) may satisfy a strong one but are never required. */
  weak: boolean;
}

// Weak mentions: articles, fractions and only the first three ordinals. A higher ordinal names a rank,
// not a count ("jedes fünfte Kind" is "one in five children"); letting vierte…zehnte and fourth…tenth
// account for a number word of the other side hid one of the 271 changed counts of bench/eval-terms.ts.
const firstThree = (ordinals: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(ordinals).filter(([, n]) => n <= 3));
const DE_WORDS: Record<string, number> = { ...GERMAN_CARDINALS, ...Object.fromEntries(GERMAN_ARTICLE_ONE.map((w) => [w, 1])), ...firstThree(GERMAN_ORDINALS), ...GERMAN_QUANTITY_WORDS };
const EN_WORDS: Record<string, number> = { ...ENGLISH_CARDINALS, ...Object.fromEntries(ENGLISH_ARTICLE_ONE.filter((w) => w !== 'one').map((w) => [w, 1])), ...firstThree(ENGLISH_ORDINALS), ...ENGLISH_QUANTITY_WORDS };
/**
 * `table[word]` as a Map look-up of the table's own words (an object's keyed look-up of a fresh string
 * is many times slower, and every word of every text is looked up). Only its own: "constructor" or
 * "toString" in a text is no number word (an object look-up found the prototype's function there).
 */
export function createWordLookup(table: Readonly<Record<string, number>>): (word: string) => number | undefined {
  const own = new Map<string, number>(Object.getOwnPropertyNames(table).map((k) => [k, table[k]]));
  return (word) => own.get(word);
}

const DE_MONTHS = GERMAN_MONTHS;
const EN_MONTHS = ENGLISH_MONTHS;
const EN_DECADES = ENGLISH_DECADES;
const DE_WORD_LOOKUP = createWordLookup(DE_WORDS);
const EN_WORD_LOOKUP = createWordLookup(EN_WORDS);
const EN_DECADE_LOOKUP = createWordLookup(EN_DECADES);
/** A full month name as a word of its own (a bare month is a weak mention). */
const GERMAN_MONTH_WORD = new RegExp(`\\b(${[...GERMAN_MONTH_NAMES, 'Jänner'].join('|')})\\b`, 'gu');
const ENGLISH_MONTH_WORD = new RegExp(`\\b(${ENGLISH_MONTH_NAMES.join('|')})\\b`, 'gu');

const MONTH_DE = Object.keys(DE_MONTHS).sort((a, b) => b.length - a.length).join('|');
const MONTH_EN = Object.keys(EN_MONTHS).sort((a, b) => b.length - a.length).join('|');
const GROUP_DE = GERMAN_GROUP_SEPARATOR;
const GROUP_EN = ENGLISH_GROUP_SEPARATOR;
const NOT_AFTER = '(?<![\\d.,])';

/** Patterns tried in order at each position; the first that matches wins (longest forms first). */
const DE_PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string[]]> = [
  [re(`${NOT_AFTER}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?!\\d)`), (m) => [num(m[1]), `month:${Number(m[2])}`, num(m[3])]],
  [re(`${NOT_AFTER}(\\d{1,2})\\.\\s?(${MONTH_DE})\\b\\.?`, 'iu'), (m) => [num(m[1]), `month:${DE_MONTHS[m[2].toLowerCase()]}`]],
  [re(`${NOT_AFTER}(\\d{1,2})[.:](\\d{2})\\s?Uhr\\b`), (m) => [`time:${Number(m[1])}:${m[2]}`]],
  [re(`${NOT_AFTER}(\\d{1,2}):(\\d{2})(?!\\d)`), (m) => [`time:${Number(m[1])}:${m[2]}`]],
  [re(`${NOT_AFTER}(\\d{1,2})\\s?Uhr\\b`), (m) => [`time:${Number(m[1])}:00`]],
  [re(`${NOT_AFTER}(\\d{2,4})er(?:n|-?Jahre[n]?)?\\b`), (m) => [`decade:${decade(m[1])}`]],
  [re(`${NOT_AFTER}\\d{1,3}(?:${GROUP_DE}\\d{3})+(?:,\\d+)?(?!\\d)`), (m) => [numeral(parseGermanNumeral(m[0]), m[0])]],
  [re(`${NOT_AFTER}\\d+(?:,\\d+)?(?!\\d)`), (m) => [numeral(parseGermanNumeral(m[0]), m[0])]],
];

const EN_PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string[]]> = [
  [re(`${NOT_AFTER}(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4}|\\d{2})(?!\\d)`), (m) => [num(m[1]), `month:${Number(m[2])}`, num(m[3])]],
  [re(`${NOT_AFTER}(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s(?:of\\s)?(${MONTH_EN})\\b\\.?`, 'iu'), (m) => [num(m[1]), `month:${EN_MONTHS[m[2].toLowerCase()]}`]],
  [re(`\\b(${MONTH_EN})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)`, 'iu'), (m) => [num(m[2]), `month:${EN_MONTHS[m[1].toLowerCase()]}`]],
  [re(`${NOT_AFTER}(\\d{1,2})[:.](\\d{2})\\s?([ap])\\.?m\\b\\.?`, 'iu'), (m) => [`time:${hour24(m[1], m[3])}:${m[2]}`]],
  [re(`${NOT_AFTER}(\\d{1,2}):(\\d{2})(?!\\d)`), (m) => [`time:${Number(m[1])}:${m[2]}`]],
  [re(`${NOT_AFTER}(\\d{1,2})\\s?([ap])\\.?m\\b\\.?`, 'iu'), (m) => [`time:${hour24(m[1], m[2])}:00`]],
  [re(`${NOT_AFTER}(\\d{1,2})\\so'clock\\b`), (m) => [`time:${Number(m[1])}:00`]],
  [re(`(?:['’])?(?<!\\d)(\\d{2}|\\d{4})s\\b`), (m) => [`decade:${decade(m[1])}`]],
  [re(`${NOT_AFTER}\\d{1,3}(?:${GROUP_EN}\\d{3})+(?:\\.\\d+)?(?!\\d)`), (m) => [numeral(parseEnglishNumeral(m[0]), m[0])]],
  [re(`${NOT_AFTER}\\d+(?:\\.\\d+)?(?:st|nd|rd|th)?(?!\\d)`), (m) => [num(m[0].replace(/(st|nd|rd|th)$/, ''))]],
];

/** A German ordinal dot in an English date (built once: it holds every month name). */
const ORDINAL_DOT_DATE = new RegExp(`(?<![\\d.,])\\d{1,2}\\.\\s(?:${MONTH_EN})\\b`, 'giu');

/** Numbers in German text (Swiss apostrophe and dot grouping, decimal comma, "24. Februar", "1970er-Jahre"). */
export function germanNumbers(text: string): NumberMention[] {
  return [...scan(text, DE_PATTERNS), ...words(text, DE_WORD_LOOKUP)[0], ...bareMonths(text, DE_MONTHS, GERMAN_MONTH_WORD)];
}

/** Numbers in English text (comma grouping, decimal point, "24 February", "February 24", "1970s"). */
export function englishNumbers(text: string): NumberMention[] {
  const [counts, decades] = words(text, EN_WORD_LOOKUP, EN_DECADE_LOOKUP, (n) => `decade:${n}`);
  return [...scan(text, EN_PATTERNS), ...counts, ...decades, ...bareMonths(text, EN_MONTHS, ENGLISH_MONTH_WORD)];
}

/** English numbers written the German way: dot grouping, decimal comma, apostrophe grouping, "24. February". */
export function germanFormatsInEnglish(text: string): Array<{ text: string; index: number; why: string }> {
  const out: Array<{ text: string; index: number; why: string }> = [];
  const find = (pattern: RegExp, why: string) => {
    for (const m of text.matchAll(pattern)) out.push({ text: m[0], index: m.index ?? 0, why });
  };
  find(/(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d,])/g, 'a dot as thousands separator (English: 1,000,000)');
  find(/(?<![\d.,])\d+,\d{1,2}(?![\d,])/g, 'a decimal comma (English: 3.5)');
  find(/(?<![\d.,'’])\d{1,3}(?:['’]\d{3})+(?!\d)/g, "an apostrophe as thousands separator (English: 1,000,000)");
  find(ORDINAL_DOT_DATE, 'a German ordinal dot in a date (English: 24 February)');
  return out;
}

/** A pattern whose match starts with a digit (after the look-behind): tried only where a digit stands. */
const startsWithDigit = (pattern: RegExp): boolean => /^(?:\(\?<![^)]*\))?\(?\\d/.test(pattern.source);
const DIGIT_FIRST = new Set([...DE_PATTERNS, ...EN_PATTERNS].map(([p]) => p).filter(startsWithDigit));

// (patterns at module level: the CLI bundle builds a \p{…} literal inside a function again on every call)
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** `/[\p{L}\p{N}]/u.test(ch)`, answered for ASCII without the Unicode property test (every character of every text). */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return WORD_CHAR.test(ch);
}

function scan(text: string, patterns: Array<[RegExp, (m: RegExpExecArray) => string[]]>): NumberMention[] {
  const out: NumberMention[] = [];
  // every mention holds a digit, so none starts after the last one; where every pattern opens with a
  // digit, only a digit can start one
  let end = text.length;
  while (end > 0 && !isDigit(text.charCodeAt(end - 1))) end--;
  const digitsOnly = patterns.every(([pattern]) => DIGIT_FIRST.has(pattern));
  let i = 0;
  while (i < end) {
    let matched = 0;
    const digit = isDigit(text.charCodeAt(i));
    if (!digit && digitsOnly) {
      i++;
      continue;
    }
    if (digit || !isWordChar(text[i - 1])) {
      for (const [pattern, values] of patterns) {
        // a pattern that opens with a digit cannot match elsewhere (most positions start a word)
        if (!digit && DIGIT_FIRST.has(pattern)) continue;
        pattern.lastIndex = i;
        const m = pattern.exec(text);
        if (!m || !/\d/.test(m[0])) continue;
        for (const value of values(m)) out.push({ value, text: m[0], index: i, weak: false });
        matched = m[0].length;
        break;
      }
    }
    i += matched || 1;
  }
  return out;
}

/**
 * The number words of a text as weak mentions: those of `table`, and (in a list of their own) those of
 * `second` (the English decades, in the same pass over the words).
 */
function words(text: string, table: (word: string) => number | undefined, second?: (word: string) => number | undefined, secondValue?: (n: number) => string): [NumberMention[], NumberMention[]] {
  const out: NumberMention[] = [];
  const more: NumberMention[] = [];
  forEachRun(text, false, (index, end) => {
    const word = text.slice(index, end);
    // German and English lower-case as the root locale does (only tr, az and lt differ): toLowerCase
    // is the same and many times faster than toLocaleLowerCase(lang) on every word of every sentence
    const lower = word.toLowerCase();
    const n = table(lower);
    if (n !== undefined) out.push({ value: num(String(n)), text: word, index, weak: true });
    const k = second?.(lower);
    if (k !== undefined) more.push({ value: secondValue!(k), text: word, index, weak: true });
  });
  return [out, more];
}

function bareMonths(text: string, table: Record<string, number>, pattern: RegExp): NumberMention[] {
  return [...text.matchAll(pattern)].map((m) => ({ value: `month:${table[m[1].toLowerCase()]}`, text: m[0], index: m.index ?? 0, weak: true }));
}

function re(source: string, flags = 'u'): RegExp {
  return new RegExp(source, `${flags.replace('g', '').replace('y', '')}y`);
}

function numeral(n: number | undefined, raw: string): string {
  return n !== undefined && Number.isFinite(n) ? String(n) : raw;
}

function num(s: string): string {
  const n = Number(s);
  return Number.isFinite(n) ? String(n) : s;
}

const decade = (digits: string) => String(Number(digits) % 100).padStart(2, '0');
const hour24 = (h: string, ap: string) => (Number(h) % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
