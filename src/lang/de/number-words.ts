// German number words as data (lower case): cardinals (zwei, beide, zweimal), ordinals (erste,
// zweiten), the article "ein" that counts only before a unit, and words for fractions and dozens; plus
// the cardinal at the start of a compound adjective (fünfjährig, dreitägigen). The QA check of number
// words and the aligner's number keys read the same tables.

/** Cardinal number words: each names its number (zwei ↔ two), unlike "ein" (an article) or "erste". */
export const GERMAN_CARDINALS: Readonly<Record<string, number>> = {
  null: 0, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreissig: 30, dreißig: 30,
  vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, tausend: 1000, beide: 2, beiden: 2, beider: 2,
  einmal: 1, zweimal: 2, dreimal: 3, viermal: 4, fünfmal: 5, zehnmal: 10,
};

/** Ordinal number words as they are declined in running text (der erste, im zweiten, ein dritter). */
export const GERMAN_ORDINALS: Readonly<Record<string, number>> = {
  erste: 1, ersten: 1, erster: 1, zweite: 2, zweiten: 2, zweiter: 2, dritte: 3, dritten: 3, vierte: 4, vierten: 4,
  fünfte: 5, fünften: 5, zehnte: 10, zehnten: 10,
};

/** The indefinite article: a count of one only where a unit follows (einem Monat), else an article. */
export const GERMAN_ARTICLE_ONE: readonly string[] = ['ein', 'eine', 'einer', 'einen', 'einem', 'eines'];

/** Words for parts and dozens (weak mentions: they may stand for a figure, never require one). */
export const GERMAN_QUANTITY_WORDS: Readonly<Record<string, number>> = { dutzend: 12, halb: 0.5, hälfte: 0.5 };

/**
 * A cardinal as the first part of a German compound adjective or noun: fünfjährig, dreitägigen,
 * Dreimonatszeitraum. Group 1 is the cardinal.
 */
export const GERMAN_NUMBER_PREFIX =
  /^(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert)(?=jährig|tägig|wöchig|monatig|stündig|minütig|fach|malig|köpfig|teilig|stellig|jahres|monats|wochen|tages|stunden)/;
