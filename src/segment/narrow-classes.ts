// Regex source + flags → the same source with every Unicode property escape (`\p{L}`, `\P{Lu}` …) replaced
// by the explicit characters it has within COMMON (Latin, Greek, Cyrillic, punctuation, symbols), or
// undefined when that cannot be done safely. On a text whose characters all lie in COMMON the two regexes
// match alike: a regex only ever tests characters of its subject, and every class keeps exactly its
// COMMON members. V8 parses and compiles a property class anew at each of its ~150 uses in the rules
// (three times: at construction, to bytecode, to machine code), which was most of `diglot segment`'s
// start-up and first-round cost; the explicit classes compile several times faster.

/** The characters the narrowed classes cover: texts made of these alone may use the narrowed regexes. */
const COMMON: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x052f], // Latin, IPA, combining diacritics, Greek, Cyrillic
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x2000, 0x27bf], // punctuation, super- and subscripts, currency, letterlike, arrows, maths, shapes, dingbats
  [0xfeff, 0xfeff], // the byte order mark
];

/** One character outside COMMON (a lone surrogate included). */
const UNCOMMON = /[^\u0000-\u052f\u1e00-\u1eff\u2000-\u27bf\ufeff]/;

/** True when every character of `text` lies in COMMON, so the narrowed regexes may run on it. */
export function isCommonText(text: string): boolean {
  return !UNCOMMON.test(text);
}

/**
 * From a position of a source: everything up to the next property escape outside a class or class holding
 * one (escapes and the classes without one are skipped whole, so a `\[` or `\\p` is never mistaken).
 */
const PLAIN_RUN = /(?:[^\\[]|\\[^pP]|\\[pP](?!\{)|\[(?:[^\\\]]|\\[^pP]|\\[pP](?!\{))*\])*/y;
const PROPERTY_AT = /\\[pP]\{[^{}]*\}/y;
const CLASS_AT = /\[(?:[^\\\]]|\\[^])*\]/y;
/** Inside a class: the property escapes to narrow, and the other escapes to keep whole. */
const CLASS_ESCAPE = /\\[pP]\{[^{}]*\}|\\[^]/g;

/**
 * `source` with each property escape narrowed to COMMON; undefined under the `i` or `v` flag (case folding
 * and set notation would need more than a plain class), when a property is unknown or the source is
 * malformed (the caller then compiles the original, which reports it), or when a `-` touches an escape
 * inside a class (`[\p{L}-z]` is a syntax error, its narrowed form a range: the original's error must stay).
 * Regexes find the pieces: a loop over the characters of the rule runs made V8 optimize it at every start.
 */
export function narrowSource(source: string, flags: string): string | undefined {
  if (!flags.includes('u') || flags.includes('i') || flags.includes('v')) return undefined;
  let out = '';
  let at = 0;
  for (;;) {
    PLAIN_RUN.lastIndex = at;
    PLAIN_RUN.test(source);
    out += source.slice(at, PLAIN_RUN.lastIndex);
    at = PLAIN_RUN.lastIndex;
    if (at === source.length) return out;
    const inClass = source[at] === '[';
    const piece = inClass ? CLASS_AT : PROPERTY_AT;
    piece.lastIndex = at;
    const found = piece.exec(source)?.[0];
    const narrowed = found === undefined ? undefined : inClass ? narrowClass(found) : commonMembers(found);
    if (narrowed === undefined) return undefined;
    out += inClass ? narrowed : `[${narrowed}]`;
    at += found!.length;
  }
}

/** A class `[…]` with its property escapes narrowed; undefined when one is unknown or touches a `-`. */
function narrowClass(cls: string): string | undefined {
  let ok = true;
  const out = cls.replace(CLASS_ESCAPE, (escape: string, offset: number) => {
    if (escape[2] !== '{') return escape;
    const members = commonMembers(escape);
    if (members === undefined || cls[offset - 1] === '-' || cls[offset + escape.length] === '-') ok = false;
    return members ?? escape;
  });
  return ok ? out : undefined;
}

/** Per escape, its COMMON members as class contents (`\u0041-\u005a\u0061-\u007a…`): derived Unicode data. */
const membersByEscape = new Map<string, string | undefined>();
let commonChars: string | undefined;

/** The COMMON characters `escape` matches, as class contents; undefined for an unknown property. */
function commonMembers(escape: string): string | undefined {
  if (membersByEscape.has(escape)) return membersByEscape.get(escape);
  let members: string | undefined;
  try {
    members = rangesOf(escape);
  } catch {
    members = undefined;
  }
  membersByEscape.set(escape, members);
  return members;
}

/** One regex scan over all COMMON characters (ascending) with `escape` as the regex: its matches, as ranges. */
function rangesOf(escape: string): string {
  commonChars ??= COMMON.map(([from, to]) => String.fromCharCode(...Array.from({ length: to - from + 1 }, (_, k) => from + k))).join('');
  const re = new RegExp(escape, 'gu');
  let out = '';
  let start = -1;
  let last = -2;
  for (let m = re.exec(commonChars); m !== null; m = re.exec(commonChars)) {
    const c = commonChars.charCodeAt(m.index);
    if (c !== last + 1) {
      if (start >= 0) out += range(start, last);
      start = c;
    }
    last = c;
  }
  if (start >= 0) out += range(start, last);
  return out;
}

function range(from: number, to: number): string {
  if (from === to) return char(from);
  return to === from + 1 ? `${char(from)}${char(to)}` : `${char(from)}-${char(to)}`;
}

/**
 * A class member as short as it can be written: V8 optimizes only regexes with a source under 20 KB,
 * and `\u00e4` for `ä` would take the rule runs over that size.
 */
function char(c: number): string {
  // in a class under the u flag only syntax characters, `/` and `-` may be escaped, and must be where they mean something
  if (c > 0x20 && c < 0x7f) return /[\\^$.*+?()[\]{}|/-]/.test(String.fromCharCode(c)) ? `\\${String.fromCharCode(c)}` : String.fromCharCode(c);
  if ((c >= 0xa1 && c <= 0x2027 && c !== 0xad) || (c >= 0x2030 && c <= 0x205e) || (c >= 0x2070 && c <= 0x27bf)) return String.fromCharCode(c);
  return `\\u${c.toString(16).padStart(4, '0')}`;
}

/** A regex and its twin for COMMON texts (the same object when nothing was narrowed). */
export interface RegexTwins {
  /** The regex as written; compiled on first use when the twin differs. */
  readonly full: RegExp;
  /** For texts within COMMON (isCommonText). */
  readonly common: RegExp;
}

/** Compiles the narrowed twin now and the original when first asked for; throws the original's SyntaxError. */
export function compileTwins(source: string, flags: string): RegexTwins {
  const narrowed = narrowSource(source, flags);
  if (narrowed !== undefined && narrowed !== source) {
    let common: RegExp | undefined;
    try {
      common = new RegExp(narrowed, flags);
    } catch {
      // compiled below, so the error names the pattern as written
    }
    if (common) {
      let full: RegExp | undefined;
      return {
        common,
        get full() {
          return (full ??= new RegExp(source, flags));
        },
      };
    }
  }
  const full = new RegExp(source, flags);
  return { full, common: full };
}
