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

const PROPERTY = /^\\[pP]\{[^{}]*\}/;

/**
 * `source` with each property escape narrowed to COMMON; undefined under the `i` or `v` flag (case folding
 * and set notation would need more than a plain class), when a property is unknown (the caller then
 * compiles the original, which reports it), or when a `-` touches an escape inside a class (`[\p{L}-z]`
 * is a syntax error, its narrowed form a range: the caller must keep the original's error).
 */
export function narrowSource(source: string, flags: string): string | undefined {
  if (!flags.includes('u') || flags.includes('i') || flags.includes('v')) return undefined;
  if (!source.includes('\\p{') && !source.includes('\\P{')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const escape = source[i + 1] === 'p' || source[i + 1] === 'P' ? PROPERTY.exec(source.slice(i, i + 64))?.[0] : undefined;
      if (escape === undefined) {
        out += source.slice(i, i + 2);
        i++;
        continue;
      }
      if (inClass && (source[i - 1] === '-' || source[i + escape.length] === '-')) return undefined;
      const members = commonMembers(escape);
      if (members === undefined) return undefined;
      out += inClass ? members : `[${members}]`;
      i += escape.length - 1;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else inClass = c === '[';
    out += c;
  }
  return out;
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
