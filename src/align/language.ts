// Language codes → what the aligner knows about each side. German (source) and English (target) have
// word lists, stemming, number words and a dictionary between them; any other language is read with
// pair-independent features only: numbers, names, cognates (spelling), punctuation and structure.

/** Languages with their own tokenization data here. */
export type KnownLanguage = 'de' | 'en';

/** The two languages of an alignment (BCP 47 codes; `de` → `en` unless told otherwise). */
export interface LanguagePair {
  source: string;
  target: string;
}

export const DEFAULT_PAIR: LanguagePair = { source: 'de', target: 'en' };

/** `de-CH` → `de`; lower case. */
export function primaryLanguage(code: string): string {
  return code.toLowerCase().split(/[-_]/)[0];
}

/** The known language a code stands for, if any. */
export function knownLanguage(code: string): KnownLanguage | undefined {
  const p = primaryLanguage(code);
  return p === 'de' || p === 'en' ? p : undefined;
}

/** True when the built-in DE→EN word list applies to the pair. */
export function hasBuiltinDictionary(pair: LanguagePair): boolean {
  return knownLanguage(pair.source) === 'de' && knownLanguage(pair.target) === 'en';
}

/** A valid language code for `--languages` and the API (two or three letters, optional subtags). */
export function isLanguageCode(code: string): boolean {
  return /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(code);
}
