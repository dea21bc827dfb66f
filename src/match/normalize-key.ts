// Any German key or segment text → the form exact matching compares: NFC, invisible characters and
// soft hyphens gone, every space kind one space, one quote style, one placeholder spelling.
// Two keys that differ only in these ways are the same sentence to an editor (a translator who
// typed "…" instead of «…», a CMS that inserted a soft hyphen or a no-break space).
import { foldGerman } from '../lang/de/fold.js';
import { INVISIBLE, INVISIBLE_CODES, SPACE_CODES, SPACE_RUN } from '../lang/normalize-text.js';

/** Double quotation marks of German, Swiss, English and French typography, and the ASCII one. */
const DOUBLE_QUOTES = /[«»„“”‟"〝〞]/g;
/** Single quotation marks and apostrophes (German ‚‘, Swiss ‹›, English ‘’, prime, ASCII). */
const SINGLE_QUOTES = /[‚‘’‛‹›'′`´]/g;
/** Inline-markup placeholders with stray spaces or a spaced self-closing slash: `< 1 >`, `<1 />`. */
const PLACEHOLDER = /<\s*(\/?)\s*(\d+)\s*(\/?)\s*>/g;
const codeClass = (codes: readonly number[]): string => codes.map((c) => `\\u{${c.toString(16)}}`).join('');
const ODD_SPACES = codeClass(SPACE_CODES.filter((c) => c !== 0x20));
/**
 * Anything the replacements below would change in NFC text: an invisible character, a space other
 * than one plain space between two non-spaces, a quotation mark, a `<`. Most keys have none, and one
 * test is much cheaper than five replacements and a trim (every key and English, every stage).
 */
const NEEDS_WORK = new RegExp(`[${codeClass(INVISIBLE_CODES)}${ODD_SPACES}${DOUBLE_QUOTES.source.slice(1, -1)}${SINGLE_QUOTES.source.slice(1, -1)}<]|^ | $| {2}`, 'u');
/** The tests that tell which replacement a key needs at all (most need the quotes only). */
const HAS_INVISIBLE = new RegExp(`[${codeClass(INVISIBLE_CODES)}]`, 'u');
const HAS_SPACE_WORK = new RegExp(`[${ODD_SPACES}]| {2}`, 'u');
/** Both kinds of quotation mark in one pass (their classes are disjoint, and each becomes one ASCII mark). */
const QUOTES = new RegExp(`[${DOUBLE_QUOTES.source.slice(1, -1)}${SINGLE_QUOTES.source.slice(1, -1)}]`, 'g');
const DOUBLE_QUOTE_SET = new Set(DOUBLE_QUOTES.source.slice(1, -1));

/**
 * Text that is NFC already: characters below U+0300 (no combining marks), general punctuation
 * (dashes, quotes, ellipsis; not the two singleton spaces U+2000/U+2001) and the euro sign. None of
 * them decomposes or composes with another, so `normalize('NFC')` (which copies the text) is skipped.
 */
const NFC_ALREADY = /^[\u0000-\u02ff\u2010-\u2027\u2030-\u205e\u20ac]*$/;

/**
 * The match form of a key. Idempotent: `normalizeKey(normalizeKey(s)) === normalizeKey(s)`.
 * Letters, digits, dashes and punctuation other than quotes are kept exactly (an en dash is not a
 * hyphen, and "ss" is not "ß": Swiss and German spellings are different keys).
 */
export function normalizeKey(text: string): string {
  const nfc = NFC_ALREADY.test(text) ? text : text.normalize('NFC');
  if (!NEEDS_WORK.test(nfc)) return nfc;
  // the replacements in their order (invisible characters, spaces, quotes, placeholders), each only
  // where it changes something
  let out = HAS_INVISIBLE.test(nfc) ? nfc.replace(INVISIBLE, '') : nfc;
  if (HAS_SPACE_WORK.test(out)) out = out.replace(SPACE_RUN, ' ');
  out = out.replace(QUOTES, (q) => (DOUBLE_QUOTE_SET.has(q) ? '"' : "'"));
  if (out.includes('<')) out = out.replace(PLACEHOLDER, (_m, close: string, n: string, self: string) => (close ? `</${n}>` : self ? `<${n}/>` : `<${n}>`));
  return out.trim();
}

/** Case and "ß"/"ss" folded as well: used to weigh near-identical words in the similarity score. */
export const foldWord = foldGerman;
