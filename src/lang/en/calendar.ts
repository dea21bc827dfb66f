// English month names as data: the twelve full names in order, capitalised, and month words (full
// names and abbreviations, lower case) → month number.

export const ENGLISH_MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Month words (lower case) → 1–12: full names and abbreviations. */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(ENGLISH_MONTH_NAMES.map((m, i) => [m.toLowerCase(), i + 1])),
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
