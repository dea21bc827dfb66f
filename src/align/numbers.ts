// Numbers, dates and times of one segment as language-neutral keys: "2.000" (de) and "2,000" (en) both
// give `#2000`, "1,5" and "1.5" give `#1.5`, "14.30 Uhr" and "2:30 p.m." give `t14:30`, "3.3.2025"
// gives `#3 #2025` plus the month word. Returns the keys and the text with the numbers blanked out.
import { parseGermanNumeral } from '../lang/de/parse-number.js';
import { ENGLISH_MONTH_NAMES } from '../lang/en/calendar.js';
import { parseEnglishNumeral } from '../lang/en/parse-number.js';

export interface NumberHit {
  /** The text as written, e.g. `2.000`. */
  surface: string;
  /** Keys such as `#2000`, `t14:30`; a numeric date also yields an English month word (`march`). */
  keys: string[];
  /** Offset of the hit in the text it was found in. */
  at?: number;
}

const MONTHS = ENGLISH_MONTH_NAMES.map((m) => m.toLowerCase());

// A run of digits with the separators either language uses inside numbers (thin and narrow spaces too),
// plus an ordinal or decade suffix that belongs to the number ("3rd", "1970s", "1970er").
const NUMBER = /(?<![\p{L}\d])\d(?:[\d]|[.,'’:/\u2009\u202f](?=\d))*(?:(st|nd|rd|th|s|er)(?![\p{L}]))?/gu;

const canon = (n: number): string => `#${Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)))}`;

function parseGerman(s: string): string[] {
  if (/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(s)) return dateKeys(s.split('.').map(Number), 'dmy');
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(s)) return dateKeys(s.split('/').map(Number), 'dmy');
  if (/^\d{1,2}[.:]\d{2}$/.test(s) && Number(s.split(/[.:]/)[0]) < 24 && !/^\d{1,3}\.\d{3}$/.test(s)) {
    const [h, m] = s.split(/[.:]/).map(Number);
    return [`t${h}:${String(m).padStart(2, '0')}`, `#${h}`];
  }
  const t = s.replace(/['’\u2009\u202f]/g, '');
  const value = parseGermanNumeral(t);
  if (value !== undefined) return [canon(value)];
  if (/^\d+\.\d+$/.test(t)) return [canon(Number(t))]; // a dot decimal in German text (tables, sports results)
  return t.split(/[^\d]+/).filter(Boolean).map((x) => canon(Number(x)));
}

function parseEnglish(s: string, after: string): string[] {
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(s)) return dateKeys(s.split('/').map(Number), 'mdy');
  if (/^\d{1,2}:\d{2}$/.test(s)) {
    let [h, m] = s.split(':').map(Number);
    if (/^\s*p\.?\s?m\b/i.test(after) && h < 12) h += 12;
    if (/^\s*a\.?\s?m\b/i.test(after) && h === 12) h = 0;
    return [`t${h}:${String(m).padStart(2, '0')}`, `#${h}`];
  }
  const t = s.replace(/['’\u2009\u202f]/g, '');
  const value = parseEnglishNumeral(t);
  if (value !== undefined) return [canon(value)];
  if (/^\d+,\d{1,2}$/.test(t)) return [canon(Number(t.replace(',', '.')))];
  return t.split(/[^\d]+/).filter(Boolean).map((x) => canon(Number(x)));
}

function dateKeys(parts: number[], order: 'dmy' | 'mdy'): string[] {
  const [a, b, y] = parts;
  const [d, m] = order === 'dmy' ? [a, b] : [b, a];
  const keys = [`#${d}`, `#${y < 100 ? 2000 + y : y}`];
  if (m >= 1 && m <= 12) keys.push(MONTHS[m - 1]);
  return keys;
}

/** Adds an English "p.m." hour (2 p.m. → also `t14:00`) so that "14 Uhr" and "2 p.m." meet. */
function hourKeys(value: string, after: string, lang: 'de' | 'en'): string[] {
  if (lang === 'en') {
    const m = /^\s*([ap])\.?\s?m\b\.?/i.exec(after);
    if (!m || !/^\d{1,2}$/.test(value)) return [];
    let h = Number(value);
    if (m[1].toLowerCase() === 'p' && h < 12) h += 12;
    if (m[1].toLowerCase() === 'a' && h === 12) h = 0;
    return [`t${h}:00`, `#${h}`];
  }
  return /^\s*Uhr\b/.test(after) && /^\d{1,2}$/.test(value) ? [`t${Number(value)}:00`] : [];
}

/** Finds the numbers of a segment; `blanked` is the text with each number replaced by spaces. */
export function extractNumbers(text: string, lang: 'de' | 'en'): { hits: NumberHit[]; blanked: string } {
  const hits: NumberHit[] = [];
  const blanked = text.replace(NUMBER, (match: string, suffix: string | undefined, offset: number) => {
    const core = suffix ? match.slice(0, match.length - suffix.length) : match;
    const after = text.slice(offset + match.length, offset + match.length + 8);
    const keys = lang === 'de' ? parseGerman(core) : parseEnglish(core, after);
    for (const k of hourKeys(core, after, lang)) if (!keys.includes(k)) keys.push(k);
    hits.push({ surface: match, keys: keys.filter((k) => k !== '#NaN'), at: offset });
    return ' '.repeat(match.length);
  });
  return { hits, blanked };
}
