// How a German term and an English n-gram go together: over N aligned pairs from the 2×2 contingency
// counts (Dice: how consistently; log-likelihood ratio G²: how unlikely by chance), and lexically (the
// share of the English words a word list, a cognate or an identical spelling backs).
import { englishKey } from '../align/lexicon.js';
import { COGNATE_MIN_DICE, cognateForm, diceSimilarity } from '../align/cognates.js';

/** Adds `by` to the count of `k`. */
export const inc = <K>(m: Map<K, number>, k: K, by = 1): void => {
  m.set(k, (m.get(k) ?? 0) + by);
};

/** Dice coefficient 2·c(x,y) / (c(x) + c(y)). */
export function dice(both: number, x: number, y: number): number {
  return x + y === 0 ? 0 : (2 * both) / (x + y);
}

const xlogx = (k: number): number => (k > 0 ? k * Math.log(k) : 0);

/** Dunning's G² for a 2×2 table of `both`, `x` only, `y` only, neither (out of `n`). */
export function logLikelihood(both: number, x: number, y: number, n: number): number {
  const k11 = both;
  const k12 = x - both;
  const k21 = y - both;
  const k22 = n - x - y + both;
  if (k12 < 0 || k21 < 0 || k22 < 0) return 0;
  const g = 2 * (xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22) - xlogx(k11 + k12) - xlogx(k21 + k22) - xlogx(k11 + k21) - xlogx(k12 + k22) + xlogx(n));
  return Math.max(0, g);
}

/**
 * How much of an English n-gram the German explains without co-occurrence statistics: words the
 * built-in word list gives for the German (compound parts included), cognates and identical names.
 */
export function lexicalSupport(english: string, deWords: readonly string[], dictKeys: ReadonlySet<string>): number {
  const words = english.split(/[\s-]+/).filter(Boolean);
  if (!words.length) return 0;
  const deForms = deWords.map((w) => cognateForm(w));
  const backed = words.filter((w) => {
    if (dictKeys.has(englishKey(w))) return true;
    const f = cognateForm(w);
    return deForms.some((d) => d === f || (f.length >= 4 && d.length >= 4 && (diceSimilarity(d, f) >= COGNATE_MIN_DICE || d.includes(f))));
  });
  return backed.length / words.length;
}

