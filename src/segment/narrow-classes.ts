// Regex source + flags → the same source with every Unicode property escape (`\p{L}`, `\P{Lu}` …) replaced
// by the explicit characters it has within a TIER of common characters, or undefined when that cannot be
// done safely. On a text whose characters all lie in the tier the two regexes match alike: a regex only
// ever tests characters of its subject, and every class keeps exactly its members in the tier. V8 parses
// and compiles a property class anew at each of its ~150 uses in the rules (at construction, to bytecode,
// to machine code), which was most of `diglot segment`'s start-up and first-round cost; explicit classes
// compile several times faster, the more so the fewer ranges they have (hence a narrow first tier).

type Ranges = ReadonlyArray<readonly [number, number]>;

/** Character sets, narrowest first; a text uses the regexes of the first tier that holds all its characters. */
const TIERS: readonly Ranges[] = [
  // Latin-1, Latin Extended-A, Romanian ș ț, combining diacritics, punctuation, symbols, arrows, maths,
  // shapes, dingbats, the byte order mark: German and most Western European text
  [[0x0000, 0x017f], [0x0218, 0x021b], [0x0300, 0x036f], [0x2000, 0x27bf], [0xfeff, 0xfeff]],
  // plus Latin Extended-B, IPA, Greek, Cyrillic, Latin Extended Additional
  [[0x0000, 0x052f], [0x1e00, 0x1eff], [0x2000, 0x27bf], [0xfeff, 0xfeff]],
];

/** The number of tiers: `tierOf` returns it for a text that only the regexes as written may handle. */
export const TIER_COUNT = TIERS.length;

/** Per tier, a regex for one character outside it (a lone surrogate included). */
const OUTSIDE = TIERS.map((ranges) => new RegExp(`[^${ranges.map(([from, to]) => `\\u${hex(from)}-\\u${hex(to)}`).join('')}]`));

/** The first tier that holds every character of `text`; TIER_COUNT when none does. */
export function tierOf(text: string): number {
  for (let t = 0; t < TIER_COUNT; t++) if (!OUTSIDE[t].test(text)) return t;
  return TIER_COUNT;
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
 * `source` with each property escape narrowed to tier `tier`; undefined under the `i` or `v` flag (case
 * folding and set notation would need more than a plain class), when a property is unknown or the source
 * is malformed (the caller then compiles the original, which reports it), or when a `-` touches an escape
 * inside a class (`[\p{L}-z]` is a syntax error, its narrowed form a range: the original's error must stay).
 * Regexes find the pieces: a loop over the characters of the rule runs made V8 optimize it at every start.
 */
export function narrowSource(source: string, flags: string, tier = 0): string | undefined {
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
    const narrowed = found === undefined ? undefined : inClass ? narrowClass(found, tier) : tierMembers(found, tier);
    if (narrowed === undefined) return undefined;
    out += inClass ? narrowed : `[${narrowed}]`;
    at += found!.length;
  }
}

/** A class `[…]` with its property escapes narrowed; undefined when one is unknown or touches a `-`. */
function narrowClass(cls: string, tier: number): string | undefined {
  let ok = true;
  const out = cls.replace(CLASS_ESCAPE, (escape: string, offset: number) => {
    if (escape[2] !== '{') return escape;
    const members = tierMembers(escape, tier);
    if (members === undefined || cls[offset - 1] === '-' || cls[offset + escape.length] === '-') ok = false;
    return members ?? escape;
  });
  return ok ? out : undefined;
}

/** Per tier and escape, its members there as class contents (`A-Za-zªµº…`): derived Unicode data. */
const membersByEscape = new Map<string, string | undefined>();
/** Per tier, the characters of each of its ranges (made once). */
const tierChars: Array<string[] | undefined> = [];

/** The characters of tier `tier` that `escape` matches, as class contents; undefined for an unknown property. */
function tierMembers(escape: string, tier: number): string | undefined {
  const key = `${tier}${escape}`;
  if (membersByEscape.has(key)) return membersByEscape.get(key);
  let members: string | undefined;
  try {
    members = membersIn(escape, tier);
  } catch {
    members = undefined;
  }
  membersByEscape.set(key, members);
  return members;
}

/** The members of `escape` in tier `tier`: one regex (compiled once) matching each run of them. */
function membersIn(escape: string, tier: number): string {
  const ranges = TIERS[tier];
  const chars = (tierChars[tier] ??= ranges.map(([from, to]) => String.fromCharCode(...Array.from({ length: to - from + 1 }, (_, k) => from + k))));
  const re = new RegExp(`(?:${escape})+`, 'gu');
  let out = '';
  for (let r = 0; r < ranges.length; r++) {
    const from = ranges[r][0];
    re.lastIndex = 0;
    for (let m = re.exec(chars[r]); m !== null; m = re.exec(chars[r])) out += range(from + m.index, from + m.index + m[0].length - 1);
  }
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
  return `\\u${hex(c)}`;
}

function hex(c: number): string {
  return c.toString(16).padStart(4, '0');
}

/** A regex as written and its narrowed forms per tier, each compiled when first asked for. */
export class TieredRegex {
  /** Per tier (TIER_COUNT: the regex as written), the compiled regex. */
  private readonly compiled: Array<RegExp | undefined>;

  /** Compiles the first tier now (or, when it cannot be narrowed, the original: its SyntaxError is thrown). */
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    this.compiled = new Array<RegExp | undefined>(TIER_COUNT + 1).fill(undefined);
    const narrowed = narrowSource(source, flags, 0);
    if (narrowed === undefined || narrowed === source || !this.tryCompile(0, narrowed)) {
      const full = new RegExp(source, flags);
      this.compiled.fill(full);
    }
  }

  /** The regex as written. */
  get full(): RegExp {
    return this.forTier(TIER_COUNT);
  }

  /** The regex for texts of tier `tier` (tierOf). */
  forTier(tier: number): RegExp {
    return this.compiled[tier] ?? this.compileTier(tier);
  }

  private compileTier(tier: number): RegExp {
    const narrowed = tier < TIER_COUNT ? narrowSource(this.source, this.flags, tier) : undefined;
    if (narrowed === undefined || !this.tryCompile(tier, narrowed)) this.compiled[tier] = new RegExp(this.source, this.flags);
    return this.compiled[tier]!;
  }

  private tryCompile(tier: number, source: string): boolean {
    try {
      this.compiled[tier] = new RegExp(source, this.flags);
      return true;
    } catch {
      return false; // compiled as written instead, so an error names the pattern as written
    }
  }
}
