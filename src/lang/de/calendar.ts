// German month names as data: full names (with the Austrian Jänner and Feber) and the abbreviations
// newspapers use, lower case → month number; and the twelve full names in order, capitalised.

export const GERMAN_MONTH_NAMES: readonly string[] = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** Month words (lower case) → 1–12: full names, Austrian variants, abbreviations. */
export const GERMAN_MONTHS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(GERMAN_MONTH_NAMES.map((m, i) => [m.toLowerCase(), i + 1])),
  jänner: 1, jan: 1, feber: 2, feb: 2, mär: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dez: 12,
};
