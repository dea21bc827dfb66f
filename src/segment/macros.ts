// Macro expansion for diglot's own rule patterns: named character classes (`{T}`, `{S}` …) and word
// lists (`{list:titles}`) become plain regex source, so every rule stays a before/after pattern.
import type { LanguagePack } from './types.js';

/**
 * Named classes. Break spaces include the no-break spaces (U+00A0, U+2007, U+202F): HTML sources put
 * `&nbsp;` between sentences (". &nbsp;Dann"), and where a typographer put one inside a sentence ("z. B.",
 * "S. 12", "24. Februar", "Dr. Meier") the abbreviation, number and title rules already keep it whole.
 */
export const CLASSES: Readonly<Record<string, string>> = {
  /** terminal punctuation */
  T: '[.!?\\u2026\\u203c\\u2047-\\u2049]',
  /** characters that may close a sentence after its terminal punctuation: quotes and brackets */
  C: '[»«“”"\'’‘)\\]›‹]',
  /** characters that may open a sentence before its first word: quotes, brackets, the ,, pseudo-quote */
  O: '(?:,,|[«»„“"\'‚‘‹›(\\[])',
  /** a space a sentence may break at (every JavaScript white space but the BOM) */
  S: '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]',
  /** a footnote or citation marker glued to the end of a sentence: ¹²³, ⁽¹⁾, [6], [12][13], [a], *, ** , † */
  F: '(?:[\\u00b9\\u00b2\\u00b3\\u2070\\u2074-\\u2079]{1,3}|\\u207d[\\u00b9\\u00b2\\u00b3\\u2070\\u2074-\\u2079]{1,3}\\u207e|(?:\\[(?:\\d{1,3}|[a-z])\\]){1,3}|\\*{1,3}|[\\u2020\\u2021])',
  /** one emoji (with skin tone, variation selector or zero-width-joiner sequence, or a flag) or emoticon */
  EMO: "(?:(?:\\p{Extended_Pictographic}|\\p{Regional_Indicator}{2})(?:[\\u{fe0f}\\u20e3]|\\p{Emoji_Modifier}|\\u200d\\p{Extended_Pictographic})*|[:;][-']?[()DPp]|<3|\\^\\^|[xX]D(?![\\p{L}\\p{N}]))",
  /** not preceded by a word character */
  NW: '(?<![\\p{L}\\p{M}\\p{N}])',
  /** not preceded by a word character or a period (so `z.B` is one token), nor a contraction (`bin’s`, `gibt's`) */
  NWD: "(?<![\\p{L}\\p{M}\\p{N}.])(?<![\\p{L}\\p{M}]['\\u2019])",
  /** word end */
  END: '(?![\\p{L}\\p{M}\\p{N}])',
  /** a short number standing alone (ordinal candidate) or a day.month date: 24, 3, 01, 24.12 */
  NUM: "(?<![\\p{L}\\p{M}\\p{N}.,'’%/:])(?:\\d{1,3}|\\d{1,2}\\.\\d{1,2})",
  /** a valid Roman numeral up to 399 */
  ROMAN: '(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})',
  /** start of a line: text start or after a line break */
  BOL: '(?:^|(?<=[\\n\\r\\u2028\\u2029]))',
  /** a list bullet */
  BULLET: '[•·▪‣◦●○■□►▸➢✓✔*+–—-]',
};

const MACRO = /(?<!\\[pP])\{(list:)?([A-Za-z][\w-]*)\}/g;
const SPACE_IN_ABBREVIATION = '[ \\u00a0\\u2009\\u202f]?';

/**
 * Where a pattern is matched: `before` patterns run inside a lookbehind, which V8 matches backwards,
 * so their lists become suffix tries; `after` patterns run forwards and get prefix tries. Either way a
 * list of 400 abbreviations costs a few character comparisons instead of 400 alternatives.
 */
export type Direction = 'before' | 'after';

/**
 * Expands the macros of one pattern; unknown names are left alone (the regex compiler then reports them).
 * `lists` keeps each list's trie per direction for the patterns of one compilation: the starter list alone
 * appears in a dozen rules, and building its trie each time was most of a command's start-up.
 */
export function expandMacros(pattern: string, pack: LanguagePack, extra: Readonly<Record<string, readonly string[]>> = {}, direction: Direction = 'after', lists?: Map<string, string>): string {
  return pattern.replace(MACRO, (whole, isList: string | undefined, name: string) => {
    if (!isList) return CLASSES[name] ?? whole;
    const key = `${direction}\u0000${name}`;
    let source = lists?.get(key);
    if (source === undefined) {
      source = alternation([...(pack.lists[name] ?? []), ...(extra[name] ?? [])], direction);
      lists?.set(key, source);
    }
    return source;
  });
}

/**
 * A list as one regex group built as a trie. A final period is dropped (rules add `\.` themselves);
 * an inner period may be followed by one space of any width, so `z.B.` also matches `z. B.`.
 */
export function alternation(words: readonly string[], direction: Direction = 'after'): string {
  const root: TrieNode = { next: new Map(), end: false };
  let count = 0;
  for (const raw of words) {
    // the regex calls only where they can change something: this loop runs for every word at start-up
    const nfc = raw.normalize('NFC');
    const trimmed = (nfc.includes('\u00ad') ? nfc.replace(/\u00ad/g, '') : nfc).trim();
    const w = trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
    if (!w) continue;
    const parts = w.includes('.') ? w.split(/\.\s*/) : [w];
    let atoms = charAtoms(parts[0]);
    for (let k = 1; k < parts.length; k++) atoms = [...atoms, DOT_SPACE, ...charAtoms(parts[k])];
    if (direction === 'before') atoms.reverse();
    insertWord(root, atoms);
    count++;
  }
  if (count === 0) return '(?!)';
  return `(?:${emit(root, direction)})`;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/** A code point, or an escaped regex syntax character. */
const CHAR_ATOM = /\\[^]|[^]/gu;

/**
 * The characters of `part` as regex atoms, escaped where needed. One regex call per part, not a call per
 * character: the per-character loop ran often enough at start-up for V8 to optimize it, at a cost of many
 * times its own run time.
 */
function charAtoms(part: string): string[] {
  return part === '' ? [] : escapeRegex(part).match(CHAR_ATOM)!;
}

function insertWord(root: TrieNode, atoms: readonly string[]): void {
  let node = root;
  for (const a of atoms) {
    let child = node.next.get(a);
    if (!child) {
      child = { next: new Map(), end: false };
      node.next.set(a, child);
    }
    node = child;
  }
  node.end = true;
}

const DOT_SPACE = `\\.${SPACE_IN_ABBREVIATION}`;

function emit(node: TrieNode, direction: Direction): string {
  if (node.next.size === 0) return '';
  let body: string;
  if (node.next.size === 1) {
    // most nodes continue a single word: no sort, no group
    const [atom, child] = node.next.entries().next().value!;
    const rest = emit(child, direction);
    body = direction === 'before' ? `${rest}${atom}` : `${atom}${rest}`;
  } else {
    // the default sort compares UTF-16 code units, as `<` does; without a comparator it calls no JavaScript
    const atoms = [...node.next.keys()].sort();
    const branches: string[] = [];
    for (const atom of atoms) {
      const rest = emit(node.next.get(atom)!, direction);
      branches.push(direction === 'before' ? `${rest}${atom}` : `${atom}${rest}`);
    }
    body = `(?:${branches.join('|')})`;
  }
  if (!node.end) return body;
  return isSingleAtom(body) ? `${body}?` : `(?:${body})?`;
}

function isSingleAtom(s: string): boolean {
  return /^(?:\\.|[^\\])$/su.test(s);
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
