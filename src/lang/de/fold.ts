// A German word in, its look-up form out: lower case with ß (and capital ẞ) as ss, so that the Swiss
// spelling and the German spelling of a word meet ("Strasse" and "Straße" → strasse).

/** Look-up form of a German word: lower case, ß → ss. */
export function foldGerman(word: string): string {
  return word.toLowerCase().replace(/ß/g, 'ss');
}
