// The words entity parity reads, by a scan, against the patterns they are defined by (property tests
// over German and English letters, marks, digits, apostrophes, hyphens, placeholders and astral
// characters), and the inflected keys a name is looked up by.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { englishKeys, germanKeys, wordsOf } from '../../src/check/name-words.js';
import { foldLatin } from '../../src/lang/normalize-text.js';

// The definitions, as patterns.
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*(?:[-‐‑][\p{L}\p{M}\p{N}'’]+)*/gu;
function wordsByPattern(text: string) {
  const plain = text.replace(/<\/?\d+\/?>/g, ' ');
  return [...plain.matchAll(WORD)].flatMap((m) => {
    let k = m.index - 1;
    while (k >= 0 && /[\s«»„“”"‘’‚‹›'(\[*_]/u.test(plain[k])) k--;
    const initial = k < 0 || /[.!?:;…]/.test(plain[k]);
    return m[0].split(/[-‐‑]/).flatMap((part, i) => {
      const text = part.replace(/['’]s?$/, '');
      return text ? [{ text, fold: foldLatin(text), initial: initial && i === 0, cap: /^\p{Lu}/u.test(text) }] : [];
    });
  });
}
const germanByPattern = (fold: string) => [fold, fold.replace(/(?:es|s|n|en|e)$/, ''), fold.replace(/s$/, '')].filter((k, i, a) => k.length > 1 && a.indexOf(k) === i);
const englishByPattern = (fold: string) => [fold, fold.replace(/(?:es|s)$/, '')].filter((k, i, a) => k.length > 1 && a.indexOf(k) === i);

const pieces = ['Ä', 'ß', 'e', 's', 'n', 'Russ', 'land', 'Trump', '’s', "'", "'s", '-', '‐', '‑', ' ', '. ', '„', '«', '(', '*', '3', '<1>', '</1>', '<2/>', 'é', 'e\u0301', '\u0301', '𝔄', '😀', 'Ω', '١', '\u00a0', ':'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((xs) => xs.join(''));

describe('wordsOf', () => {
  it('reads a sentence: compounds split, possessives stripped, the sentence start and capitals told', () => {
    expect(wordsOf('„Trump’s Nord-Stream-Pipeline.“ Dann <1>Moskau</1>')).toEqual([
      { text: 'Trump', fold: 'trump', initial: true, cap: true },
      { text: 'Nord', fold: 'nord', initial: false, cap: true },
      { text: 'Stream', fold: 'stream', initial: false, cap: true },
      { text: 'Pipeline', fold: 'pipeline', initial: false, cap: true },
      { text: 'Dann', fold: 'dann', initial: true, cap: true },
      { text: 'Moskau', fold: 'moskau', initial: false, cap: true },
    ]);
  });

  it('finds what the word pattern finds (property)', () => {
    fc.assert(fc.property(text, (t) => {
      expect(wordsOf(t)).toEqual(wordsByPattern(t));
    }), { numRuns: 2000 });
  });
});

describe('name keys', () => {
  it.each([
    ['russlands', ['russlands', 'russland']], ['russen', ['russen', 'russ']], ['chinas', ['chinas', 'china']],
    ['hauses', ['hauses', 'haus', 'hause']], ['rome', ['rome', 'rom']], ['es', ['es']], ['e', []],
  ])('German %s → %j', (fold, keys) => expect(germanKeys(fold)).toEqual(keys));

  it.each([['russians', ['russians', 'russian']], ['glasses', ['glasses', 'glass']], ['us', ['us']]])('English %s → %j', (fold, keys) => expect(englishKeys(fold)).toEqual(keys));

  it('are the forms the endings patterns make (property)', () => {
    const fold = fc.array(fc.constantFrom('e', 's', 'n', 'a', 'ß', 'é', ''), { maxLength: 6 }).map((xs) => xs.join(''));
    fc.assert(fc.property(fold, (f) => {
      expect(germanKeys(f)).toEqual(germanByPattern(f));
      expect(englishKeys(f)).toEqual(englishByPattern(f));
    }), { numRuns: 2000 });
  });
});
