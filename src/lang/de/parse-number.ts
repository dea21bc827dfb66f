// A numeral written the German way in, its value out: "2.000" → 2000, "1'000'000" (Swiss) → 1000000,
// "3,5" → 3.5, "1.234,5" → 1234.5, groups of three set off by a no-break, narrow or thin space, and the
// Swiss "1'234.50" (apostrophe groups, decimal point). Anything else (a date, a time, a plain "3.5") is
// not a German numeral: undefined.

/** What German text puts between groups of three digits: dot, apostrophe (Swiss), no-break/narrow/thin space. */
export const GERMAN_GROUP_SEPARATOR = "[.'’\\u00a0\\u202f\\u2009]";

const GROUPED = new RegExp(`^\\d{1,3}(?:${GERMAN_GROUP_SEPARATOR}\\d{3})+(?:,\\d+)?$`, 'u');
const SEPARATORS = new RegExp(GERMAN_GROUP_SEPARATOR, 'gu');
const PLAIN = /^\d+(?:,\d+)?$/;
// Swiss usage (and de-CH formatting) groups with apostrophes and writes a decimal point; tried after
// GROUPED, so "1'234.567" stays one million two hundred … as a dot-grouped number
const SWISS = /^\d{1,3}(?:['’]\d{3})+\.\d+$/;

/** The value of a German numeral (digits, group separators, a decimal comma), or undefined. */
export function parseGermanNumeral(text: string): number | undefined {
  if (GROUPED.test(text)) return Number(text.replace(SEPARATORS, '').replace(',', '.'));
  if (PLAIN.test(text)) return Number(text.replace(',', '.'));
  if (SWISS.test(text)) return Number(text.replace(/['’]/g, ''));
  return undefined;
}
