// Cognates and names across German and English: a German word and the English vocabulary of the
// document in, the English words spelt alike out ("Präfektur" ~ "prefecture", "Sanktionen" ~
// "sanctions", "Kanada" ~ "Canada"), by letter-bigram Dice on a spelling-normalised form.
import { foldLatin } from '../lang/normalize-text.js';

/** Spelling normalisation that brings German and English spellings together (k/c, z/c, ph/f, sch/sh). */
export function cognateForm(word: string): string {
  return foldLatin(word)
    .replace(/sch/g, 'sh')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/[kz]/g, 'c')
    .replace(/y/g, 'i')
    .replace(/(.)\1/g, '$1');
}

/**
 * The letter bigrams of a string (UTF-16 code-unit pairs) as sorted codes: a multiset two words are
 * compared by in one merge, with no map or substring per bigram (entity parity compares every
 * capitalised word of a sentence with every name of its translation).
 */
export function bigramCodes(s: string): Uint32Array {
  const codes = new Uint32Array(Math.max(0, s.length - 1));
  for (let i = 0; i < codes.length; i++) codes[i] = s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
  return codes.sort();
}

/** Dice coefficient of two bigram multisets made by bigramCodes: 2·|A ∩ B| / (|A| + |B|). */
export function diceOfBigrams(a: Uint32Array, b: Uint32Array): number {
  if (!a.length || !b.length) return 0;
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

/** Dice coefficient of the letter-bigram multisets of two strings. */
export function diceSimilarity(a: string, b: string): number {
  return diceOfBigrams(bigramCodes(a), bigramCodes(b));
}

/** First three consonants of the cognate form: the bucket key (vowels differ most across languages). */
const skeletonKey = (form: string): string => form.replace(/[aeiou]/g, '').slice(0, 3);

export const COGNATE_MIN_DICE = 0.58;
const MIN_LENGTH = 5;

export interface CognateIndex {
  /** English words of the vocabulary spelt like `german` (the caller drops the identical word: a name match). */
  find(german: string): string[];
}

/** Indexes an English vocabulary (surface words) by the consonant skeleton of their cognate form. */
export function createCognateIndex(englishWords: Iterable<string>): CognateIndex {
  const buckets = new Map<string, Array<{ word: string; form: string; grams: Uint32Array }>>();
  for (const word of englishWords) {
    const form = cognateForm(word);
    if (form.length < MIN_LENGTH) continue;
    const key = skeletonKey(form);
    const list = buckets.get(key) ?? [];
    list.push({ word, form, grams: bigramCodes(form) });
    buckets.set(key, list);
  }
  return {
    find(german: string): string[] {
      const form = cognateForm(german);
      if (form.length < MIN_LENGTH) return [];
      const grams = bigramCodes(form);
      const out: string[] = [];
      for (const c of buckets.get(skeletonKey(form)) ?? []) {
        const longer = Math.max(c.form.length, form.length);
        if (Math.abs(c.form.length - form.length) > Math.max(3, 0.4 * longer)) continue;
        if (form[0] !== c.form[0]) continue;
        if (diceOfBigrams(grams, c.grams) >= COGNATE_MIN_DICE) out.push(c.word);
      }
      return out;
    },
  };
}
