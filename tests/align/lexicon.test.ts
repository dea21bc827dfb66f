// German base forms, compounds, the lexicon (built-in, glossary) and cognate matching.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { germanBaseForms, splitCompound } from '../../src/align/german-forms.js';
import { createLexicon, englishKey, parseLexiconTsv, phraseKeys } from '../../src/align/lexicon.js';
import { bigramCodes, cognateForm, createCognateIndex, diceOfBigrams, diceSimilarity } from '../../src/align/cognates.js';
import type { GlossaryEntry } from '../../src/model/glossary.js';

const keys = (word: string, lex = createLexicon()) => lex.translate(word).map((t) => t.key);

describe('German base forms', () => {
  it.each([
    ['gelöscht', 'löschen'], ['sanktionen', 'sanktion'], ['häusern', 'haus'], ['teilte', 'teilen'],
    ['ausgebrochen', 'ausbrechen'], ['festgenommenen', 'festnehmen'], ['ging', 'gehen'], ['beendet', 'beenden'],
  ])('%s → %s', (form, base) => expect(germanBaseForms(form)).toContain(base));

  it('splits compounds at a known head, with and without the linking s', () => {
    const known = (w: string) => ['werk', 'krieg', 'ukraine'].includes(w);
    expect(splitCompound('chemiewerk', known)[0]).toEqual(['chemie', 'werk']);
    expect(splitCompound('ukrainekrieg', known)[0]).toEqual(['ukraine', 'krieg']);
  });
});

describe('lexicon', () => {
  it('translates inflected words, strong verbs and compounds through the built-in list', () => {
    expect(keys('Feuer')).toContain(englishKey('fire'));
    expect(keys('gelöscht')).toContain(englishKey('extinguished'));
    expect(keys('Chemiewerk')).toEqual(expect.arrayContaining([englishKey('plant'), englishKey('chemical')]));
    expect(keys('Aussenminister')).toEqual(keys('Außenminister'));
  });
  it('does not split a present participle into a compound with "Ende"', () => {
    expect(keys('entscheidende')).not.toContain(englishKey('end'));
  });
  it('puts glossary renderings first and marks them as glossary evidence', () => {
    const glossary: GlossaryEntry[] = [{ de: 'Bündnis', en: ['alliance'], forbidden: [], variants: [], match: 'inflect' }];
    const lex = createLexicon({ glossary, builtin: false });
    const t = lex.translate('Bündnisses');
    expect(t[0]).toMatchObject({ key: englishKey('alliance'), source: 'glossary', entry: 'Bündnis=alliance' });
  });
  it('maps multi-word terms word by word when the English has as many words', () => {
    const glossary: GlossaryEntry[] = [{ de: 'Russland-Experte', en: ['Russia expert'], forbidden: [], variants: [], match: 'inflect' }];
    const lex = createLexicon({ glossary, builtin: false });
    expect(keys('Russland', lex)).toEqual([englishKey('Russia')]);
    expect(keys('Experten', lex)).toEqual([englishKey('expert')]);
  });
  it('reads the TSV format and dictionary phrases', () => {
    const t = parseLexiconTsv('# comment\nFeuer\tfire; blaze\nBrand\tfire\n');
    expect(t.get('feuer')).toEqual(['fire', 'blaze']);
    expect(phraseKeys('put out (a fire) sth.')).toEqual([englishKey('put')]);
    expect(phraseKeys('blank out sth. [print]')).toEqual([englishKey('blank')]);
  });
  it('normalises irregular English forms before stemming', () => {
    expect(englishKey('went')).toBe(englishKey('go'));
    expect(englishKey('children')).toBe(englishKey('child'));
    expect(englishKey('Broke')).toBe(englishKey('break'));
  });
});

describe('cognates', () => {
  it('brings German and English spellings together', () => {
    expect(cognateForm('Kanada')).toBe(cognateForm('Canada'));
    expect(diceSimilarity('abc', 'abc')).toBe(1);
    const index = createCognateIndex(['prefecture', 'sanctions', 'partner', 'president']);
    expect(index.find('Präfektur')).toEqual(['prefecture']);
    expect(index.find('Sanktionen')).toEqual(['sanctions']);
    expect(index.find('Parteien')).toEqual([]);
  });

  // The definition, by counting: 2 · Σ min(count in a, count in b) over bigrams / (bigrams of a + of b).
  const diceByCounting = (a: string, b: string): number => {
    const count = (s: string) => {
      const m = new Map<string, number>();
      for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
      return m;
    };
    const A = count(a);
    const B = count(b);
    let common = 0;
    for (const [g, n] of A) common += Math.min(n, B.get(g) ?? 0);
    return a.length < 2 || b.length < 2 ? 0 : (2 * common) / (a.length - 1 + b.length - 1);
  };

  it('compares bigram multisets as counting them does (repeats, astral and high code units too)', () => {
    expect(diceSimilarity('aaaa', 'aa')).toBeCloseTo(2 / 4);
    expect(diceSimilarity('a', 'a')).toBe(0);
    expect(diceOfBigrams(bigramCodes('\uffff\u0001'), bigramCodes('\u0001\uffff'))).toBe(0);
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'n', 'ä', '\uffff', '😀'), maxLength: 12 });
    fc.assert(fc.property(text, text, (a, b) => diceSimilarity(a, b) === diceByCounting(a, b)), { numRuns: 500 });
  });
});
