// Java regex (the syntax SRX files use: ICU/Java flavour) → JavaScript regex source for the `u`
// flag, with the problems found: constructs JS has no equivalent for are errors, approximations
// (possessive quantifiers, atomic groups) are notes.

export interface TranslatedRegex {
  source: string;
  /** Extra flags from a leading `(?i)` / `(?s)` / `(?m)`. */
  flags: string;
  /** Constructs that cannot be translated: the rule must not be used. */
  errors: string[];
  /** Translated with a small difference in meaning. */
  notes: string[];
}

// Java's \b and \B count letters, marks and digits of every script as word characters
const WORD = '[\\p{L}\\p{M}\\p{N}_]';
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
const NON_BOUNDARY = `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`;
const H_SPACE = ' \\t\\u00a0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000';
const V_SPACE = '\\n\\x0B\\f\\r\\x85\\u2028\\u2029';
const SYNTAX = new Set(['^', '$', '\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);

/** Java's POSIX-style and java.lang.Character classes → JS property escapes or classes. */
const PROPERTIES: Record<string, string> = {
  Lower: 'a-z', Upper: 'A-Z', ASCII: '\\x00-\\x7F', Alpha: 'a-zA-Z', Digit: '0-9', Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~', Graph: '!-~', Print: ' -~', Blank: ' \\t', Cntrl: '\\x00-\\x1F\\x7F', XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r', javaLowerCase: '\\p{Ll}', javaUpperCase: '\\p{Lu}', javaWhitespace: '\\s',
  javaMirrored: '\\p{Bidi_Mirrored}', javaLetter: '\\p{L}', javaDigit: '\\p{Nd}', javaLetterOrDigit: '\\p{L}\\p{Nd}',
  javaAlphabetic: '\\p{Alphabetic}', IsAlphabetic: '\\p{Alphabetic}', IsLetter: '\\p{L}', IsDigit: '\\p{Nd}',
  IsUppercase: '\\p{Uppercase}', IsLowercase: '\\p{Lowercase}', IsWhite_Space: '\\p{White_Space}', IsPunctuation: '\\p{P}',
};

/** Translates one pattern. */
export function translateJavaRegex(java: string): TranslatedRegex {
  const errors: string[] = [];
  const notes: string[] = [];
  let flags = '';
  let i = 0;
  const lead = /^\(\?([imsuxdU]+)\)/.exec(java);
  if (lead) {
    for (const f of lead[1]) {
      if (f === 'i' || f === 's' || f === 'm') flags += flags.includes(f) ? '' : f;
      else if (f === 'x') errors.push('comments mode (?x) is not supported');
    }
    i = lead[0].length;
  }
  let out = '';
  let inClass = false;
  let classStart = false;
  while (i < java.length) {
    const c = java[i];
    if (c === '\\') {
      const [text, used] = escape(java, i, inClass, errors);
      out += text;
      i += used;
      classStart = false;
      continue;
    }
    if (inClass) {
      if (c === '[') errors.push('nested character classes ([a[b]]) are not supported');
      else if (c === '&' && java[i + 1] === '&') errors.push('class intersection (&&) is not supported');
      if (c === ']' && classStart) out += '\\]';
      else if (c === ']') {
        inClass = false;
        out += ']';
      } else out += c === '/' ? '\\/' : c;
      classStart = false;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += '[';
      i++;
      if (java[i] === '^') {
        out += '^';
        i++;
      }
      classStart = true;
      continue;
    }
    if (c === '(' && java[i + 1] === '?') {
      const rest = java.slice(i + 2);
      if (rest.startsWith('>')) {
        notes.push('atomic group (?>…) translated as a plain group');
        out += '(?:';
        i += 3;
        continue;
      }
      if (/^[imsuxdU-]+[:)]/.test(rest)) errors.push('inline flags inside a pattern ((?i) after the start, (?i:…)) are not supported');
    }
    if ((c === '+' || c === '*' || c === '?' || c === '}') && java[i + 1] === '+') {
      notes.push('possessive quantifier translated as greedy');
      out += c;
      i += 2;
      continue;
    }
    out += c === '/' ? '\\/' : c;
    i++;
  }
  if (inClass) errors.push('unterminated character class');
  if (errors.length === 0) {
    try {
      new RegExp(out, `u${flags}`);
    } catch (e) {
      errors.push(e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e));
    }
  }
  return { source: out, flags, errors, notes };
}

/** One escape sequence at `java[i]` → [JS text, characters consumed]. */
function escape(java: string, i: number, inClass: boolean, errors: string[]): [string, number] {
  const d = java[i + 1];
  if (d === undefined) {
    errors.push('pattern ends with a backslash');
    return ['', 1];
  }
  switch (d) {
    case 'Q': {
      const end = java.indexOf('\\E', i + 2);
      const literal = java.slice(i + 2, end < 0 ? java.length : end);
      const text = [...literal].map((ch) => (SYNTAX.has(ch) || (inClass && ch === '-') ? `\\${ch}` : ch)).join('');
      return [text, (end < 0 ? java.length : end + 2) - i];
    }
    case 'E':
      return ['', 2];
    case 'p':
    case 'P': {
      const m = /^\{\^?([\w=:]+)\}|^([A-Z])/.exec(java.slice(i + 2));
      if (!m) {
        errors.push(`incomplete \\${d}{…}`);
        return ['', 2];
      }
      const negate = (d === 'P') !== java.slice(i + 2).startsWith('{^');
      const name = m[1] ?? m[2];
      return [property(name, negate, inClass, errors), 2 + m[0].length];
    }
    case 'h':
      return [inClass ? H_SPACE : `[${H_SPACE}]`, 2];
    case 'H':
      if (inClass) errors.push('\\H inside a class is not supported');
      return [`[^${H_SPACE}]`, 2];
    case 'v':
      return [inClass ? V_SPACE : `[${V_SPACE}]`, 2];
    case 'V':
      if (inClass) errors.push('\\V inside a class is not supported');
      return [`[^${V_SPACE}]`, 2];
    case 'R':
      return [`(?:\\r\\n|[${V_SPACE}])`, 2];
    case 'A':
      return ['^', 2];
    case 'z':
      return ['$', 2];
    case 'Z':
      return ['(?=[\\n\\r]*$)', 2];
    case 'G':
      errors.push('\\G is not supported');
      return ['', 2];
    case 'e':
      return ['\\x1B', 2];
    case 'a':
      return ['\\x07', 2];
    case 'b':
      if (inClass) errors.push('\\b inside a class is not supported');
      return [BOUNDARY, 2];
    case 'B':
      return [NON_BOUNDARY, 2];
    case 'x': {
      const m = /^\{([\da-fA-F]+)\}/.exec(java.slice(i + 2));
      return m ? [`\\u{${m[1]}}`, 2 + m[0].length] : ['\\x', 2];
    }
    case '0': {
      const m = /^[0-3]?[0-7]{1,2}/.exec(java.slice(i + 2));
      if (!m) {
        errors.push('\\0 needs octal digits');
        return ['', 2];
      }
      return [`\\u{${parseInt(m[0], 8).toString(16)}}`, 2 + m[0].length];
    }
    default:
      if (/[dDsSwWntrfcuk1-9]/.test(d)) return [`\\${d}`, 2];
      if (/[A-Za-z]/.test(d)) {
        errors.push(`unknown escape \\${d}`);
        return ['', 2];
      }
      // Java escapes any non-letter; JS (u flag) only syntax characters (and - in a class)
      return [SYNTAX.has(d) || (inClass && (d === '-' || d === '^')) ? `\\${d}` : d, 2];
  }
}

function property(name: string, negate: boolean, inClass: boolean, errors: string[]): string {
  const mapped = PROPERTIES[name];
  if (mapped) {
    if (!negate) return inClass ? mapped : `[${mapped}]`;
    if (inClass) errors.push(`negated \\P{${name}} inside a class is not supported`);
    return `[^${mapped}]`;
  }
  let js = name;
  if (/^In[A-Z]/.test(name)) js = `Script=${name.slice(2)}`; // Java block ≈ JS script
  else if (/^Is[A-Z]/.test(name)) js = name.slice(2);
  else if (/^(?:general_category|gc)=/i.test(name)) js = name.replace(/^[^=]*=/, 'General_Category=');
  else if (/^(?:script|sc)=/i.test(name)) js = name.replace(/^[^=]*=/, 'Script=');
  const text = `\\${negate ? 'P' : 'p'}{${js}}`;
  try {
    new RegExp(text, 'u');
  } catch {
    errors.push(`unknown property \\p{${name}}`);
  }
  return text;
}
