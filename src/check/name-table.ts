// Language data for entity parity, built from lists the project already has → a NameTable: German
// place and people names with their English forms (exonyms: Moskau → Moscow), the English words those
// lists know (so "President" is a word, "Merkel" a name), the glossary's names, and a test for German
// common nouns (the noun lexicon). Pure: the caller loads the lists (see readPlaceNames).
import fs from 'node:fs';
import type { GlossaryEntry } from '../model/glossary.js';
import { foldLatin } from '../lang/normalize-text.js';
import { GERMAN_STOPWORDS } from '../lang/de/stopwords.js';
import { ENGLISH_STOPWORDS } from '../lang/en/stopwords.js';

export interface NameTable {
  /** Folded German name (foldLatin) → its English forms, from the exonym list and the glossary's names. */
  german: ReadonlyMap<string, readonly string[]>;
  /**
   * Folded German names of places and states (Russland, Moskau, USA), as opposed to peoples and
   * adjectives (Russe, russisch → Russian): only these are reported missing or added on their own.
   */
  places: ReadonlySet<string>;
  /** The English names of those places, for finding them in English text (Moscow, United States). */
  placeNames: ReadonlyArray<{ en: string; de: string }>;
  /**
   * Each English name of placeNames once, in list order, with its first run of letters and digits
   * (`head`, '' when it starts otherwise): a sentence can only name the place where it has that word.
   */
  placeEnglish: ReadonlyArray<{ name: string; head: string }>;
  /** Folded English word → folded German words it translates (every word list, names and common words). */
  english: ReadonlyMap<string, readonly string[]>;
  /** Folded English words that belong to names of the lists (Moscow, Union, Soviet), not common words. */
  englishNames: ReadonlySet<string>;
  /** Canonical German of glossary entries that are names (pos: proper noun, name, person, place, organisation). */
  glossaryNames: ReadonlySet<string>;
  /** True when a folded German word is a common word: a function word, a list word or a noun of the lexicon. */
  isGermanWord(folded: string): boolean;
  /**
   * True when a lower-case German word (ß as ss) or a form it may be inflected or derived from is a
   * common word (isGermanWord): Sicherheitsrisiken, Vorsitzender, Unterstützer. Answered once per word
   * for the table's life (a build asks it of every capitalised word of every unit).
   */
  isCommonGermanForm(lower: string): boolean;
  /** Indexes into placeEnglish by `head` (a sentence names a place only where it has that word)… */
  placesByHead: ReadonlyMap<string, readonly number[]>;
  /** …and those whose name starts with no letter or digit (looked for in every sentence). */
  headlessPlaces: readonly number[];
}

export interface NameTableInput {
  /** German place and people names → English (the exonym section of the aligner's word list). */
  places: ReadonlyMap<string, readonly string[]>;
  /** The whole German → English word list (common words: President, Friday …). */
  words?: ReadonlyMap<string, readonly string[]>;
  glossary?: readonly GlossaryEntry[];
  /** The glossary's noun lexicon (folded lower case, ß → ss); without it fewer words are known. */
  isNounForm?: (folded: string) => boolean;
}

const NAME_POS = /proper|name|person|place|organi[sz]ation|eigenname/i;
// (patterns at module level: the CLI bundle builds a \p{…} literal inside a function on every call)
const STARTS_UPPER = /^\p{Lu}/u;
const NOT_WORD_CHAR = /[^\p{L}\p{N}]/gu;
const capitalised = (s: string): boolean => STARTS_UPPER.test(s);
const wordsOf = (s: string): string[] => s.split(/[\s\u00a0/-]+/).map((w) => w.replace(NOT_WORD_CHAR, '')).filter(Boolean);

/** Builds the table (pure). */
export function createNameTable(input: NameTableInput): NameTable {
  const german = new Map<string, string[]>();
  const english = new Map<string, string[]>();
  const englishNames = new Set<string>();
  const glossaryNames = new Set<string>();
  const places = new Set<string>();
  const placeNames: Array<{ en: string; de: string }> = [];
  // A rendering of a lower-case German word is an adjective or demonym (deutsch → German), no place.
  const adjectival = new Set([...input.places].filter(([de]) => !capitalised(de)).flatMap(([, ens]) => ens));
  const add = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
    const list = m.get(k);
    if (!list) m.set(k, [v]);
    else if (!list.includes(v)) list.push(v);
  };
  const addEnglish = (en: string, de: string, name: boolean): void => {
    for (const w of wordsOf(en)) {
      const f = foldLatin(w);
      if (ENGLISH_STOPWORDS.has(f)) continue;
      for (const d of wordsOf(de)) add(english, f, foldLatin(d));
      if (name && capitalised(w)) englishNames.add(f);
    }
  };
  for (const [de, ens] of input.places) {
    const names = ens.filter(capitalised);
    for (const en of names) add(german, foldLatin(de), en);
    for (const en of ens) addEnglish(en, de, true);
    // East, West: also a common word ("east") in the list, so no place of its own.
    if (capitalised(de) && names.length && !names.some((n) => adjectival.has(n) || ens.includes(n.toLowerCase()))) {
      places.add(foldLatin(de));
      for (const en of names) placeNames.push({ en, de: foldLatin(de) });
    }
  }
  for (const [de, ens] of input.words ?? []) for (const en of ens) addEnglish(en, de, false);
  for (const e of input.glossary ?? []) {
    const name = NAME_POS.test(e.pos ?? '');
    if (name) glossaryNames.add(e.de);
    for (const form of [e.de, ...e.variants]) {
      for (const en of e.en) addEnglish(en, form, name);
      if (name && wordsOf(form).length === 1) for (const en of e.en) add(german, foldLatin(form), en);
    }
  }
  const listWords = new Set([...(input.words?.keys() ?? [])].map(foldLatin));
  const isGermanWord = memoizeWord((folded) => {
    const plain = folded.replace(/ß/g, 'ss');
    return GERMAN_STOPWORDS.has(plain) || listWords.has(foldLatin(plain)) || isCompoundNoun(plain, input.isNounForm);
  });
  const isCommonGermanForm = memoizeWord((lower) => COMMON_FORMS.some((form) => isGermanWord(form(lower))));
  const placeEnglish = [...new Set(placeNames.map((p) => p.en))].map((name) => ({ name, head: /^[\p{L}\p{N}]+/u.exec(name)?.[0] ?? '' }));
  const placesByHead = new Map<string, number[]>();
  const headlessPlaces: number[] = [];
  placeEnglish.forEach((p, i) => (p.head === '' ? headlessPlaces.push(i) : add(placesByHead, p.head, i)));
  return { german, places, placeNames, placeEnglish, english, englishNames, glossaryNames, isGermanWord, isCommonGermanForm, placesByHead, headlessPlaces };
}

/**
 * Forms to look up as a common German word: inflected (Sicherheitsrisiken), adjectival (Vorsitzender),
 * agent nouns (Unterstützer ← Unterstützung). Tried in turn: the word itself is known most often.
 */
const COMMON_FORMS: ReadonlyArray<(w: string) => string> = [(w) => w, (w) => w.replace(/(?:es|s|n|en|e)$/, ''), (w) => w.replace(/(?:er|en|em|es)$/, 'e'), (w) => w.replace(/(?:er|ern|ers)$/, 'ung'), (w) => w.replace(/en$/, 'o'), (w) => w.replace(/(?:en|n)$/, 'um')];

/** `derive` answered once per word for the memo's life (a build asks the table's of most words of every unit). */
export function memoizeWord<T>(derive: (word: string) => T): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    let v = seen.get(word);
    if (v === undefined) seen.set(word, (v = derive(word)));
    return v;
  };
}

/** A lexicon noun, or a closed compound whose head (four letters or more) is one (Friedensgipfel). */
function isCompoundNoun(w: string, isNounForm: ((folded: string) => boolean) | undefined): boolean {
  if (!isNounForm) return false;
  if (isNounForm(w)) return true;
  // A head of three letters needs a longer modifier (Protest|tag, not Sc|holz).
  for (let k = 3; k <= w.length - 3; k++) if (isNounForm(w.slice(k)) && (w.length - k >= 4 || k >= 4)) return true;
  return false;
}

/**
 * The places section of the aligner's German → English word list (`# --- countries, peoples, places`),
 * German as written (its capital tells a place or people from an adjective). Reads the file: for the edge.
 */
export function readPlaceNames(file: URL = new URL('../align/lexicon/de-en.tsv', import.meta.url)): Map<string, string[]> {
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf('\n# --- countries, peoples, places');
  if (start < 0) return new Map();
  const end = text.indexOf('\n# ---', start + 1);
  const out = new Map<string, string[]>();
  for (const line of text.slice(start, end < 0 ? undefined : end).split(/\r?\n/)) {
    const [de, en] = line.split('\t');
    if (!de || !en || de.startsWith('#')) continue;
    out.set(de.trim().normalize('NFC'), en.split(/[;|]/).map((x) => x.trim()).filter(Boolean));
  }
  return out;
}
