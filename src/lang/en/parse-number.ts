// A numeral written the English way in, its value out: "2,000" → 2000, "3.5" → 3.5, "1,234.5" →
// 1234.5, and groups of three set off by a no-break, narrow or thin space. Anything else: undefined.

/** What English text puts between groups of three digits: comma, no-break/narrow/thin space. */
export const ENGLISH_GROUP_SEPARATOR = '[,\\u00a0\\u202f\\u2009]';

const GROUPED = new RegExp(`^\\d{1,3}(?:${ENGLISH_GROUP_SEPARATOR}\\d{3})+(?:\\.\\d+)?$`, 'u');
const SEPARATORS = new RegExp(ENGLISH_GROUP_SEPARATOR, 'gu');
const PLAIN = /^\d+(?:\.\d+)?$/;

/** The value of an English numeral (digits, group separators, a decimal point), or undefined. */
export function parseEnglishNumeral(text: string): number | undefined {
  if (GROUPED.test(text)) return Number(text.replace(SEPARATORS, ''));
  if (PLAIN.test(text)) return Number(text);
  return undefined;
}
