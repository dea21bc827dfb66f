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

const bigramCounts = (s: string): Map<string, number> => {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
};

function diceCounts(A: Map<string, number>, aLen: number, B: Map<string, number>, bLen: number): number {
  if (aLen < 2 || bLen < 2) return 0;
  let common = 0;
  for (const [g, c] of A) {
    const d = B.get(g);
    if (d) common += Math.min(c, d);
  }
  return (2 * common) / (aLen - 1 + bLen - 1);
}

/** Dice coefficient of the letter-bigram multisets of two strings. */
export function diceSimilarity(a: string, b: string): number {
  return diceCounts(bigramCounts(a), a.length, bigramCounts(b), b.length);
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
  const buckets = new Map<string, Array<{ word: string; form: string; grams: Map<string, number> }>>();
  for (const word of englishWords) {
    const form = cognateForm(word);
    if (form.length < MIN_LENGTH) continue;
    const key = skeletonKey(form);
    const list = buckets.get(key) ?? [];
    list.push({ word, form, grams: bigramCounts(form) });
    buckets.set(key, list);
  }
  return {
    find(german: string): string[] {
      const form = cognateForm(german);
      if (form.length < MIN_LENGTH) return [];
      const grams = bigramCounts(form);
      const out: string[] = [];
      for (const c of buckets.get(skeletonKey(form)) ?? []) {
        const longer = Math.max(c.form.length, form.length);
        if (Math.abs(c.form.length - form.length) > Math.max(3, 0.4 * longer)) continue;
        if (form[0] !== c.form[0]) continue;
        if (diceCounts(grams, form.length, c.grams, c.form.length) >= COGNATE_MIN_DICE) out.push(c.word);
      }
      return out;
    },
  };
}
