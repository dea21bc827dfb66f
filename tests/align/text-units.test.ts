// Unit tests of the aligner's text layer: Porter stemming, number/date keys, normalisation, tokens.
import { describe, expect, it } from 'vitest';
import { stemEnglish } from '../../src/align/stem-en.js';
import { extractNumbers } from '../../src/align/numbers.js';
import { foldGerman } from '../../src/lang/de/fold.js';
import { foldLatin, normalizeText } from '../../src/lang/normalize-text.js';
import { tokenizeSegment } from '../../src/align/tokenize.js';

describe('stemEnglish (Porter 1980)', () => {
  it.each([
    ['caresses', 'caress'], ['ponies', 'poni'], ['cats', 'cat'], ['agreed', 'agre'], ['plastered', 'plaster'],
    ['motoring', 'motor'], ['hopping', 'hop'], ['filing', 'file'], ['happy', 'happi'], ['relational', 'relat'],
    ['conditional', 'condit'], ['extinguished', 'extinguish'], ['extinguish', 'extinguish'], ['generalization', 'gener'],
  ])('%s → %s', (word, stem) => expect(stemEnglish(word)).toBe(stem));

  it('gives inflected forms the same stem', () => {
    expect(stemEnglish('sanctions')).toBe(stemEnglish('sanction'));
    expect(stemEnglish('alliances')).toBe(stemEnglish('alliance'));
  });
});

describe('extractNumbers', () => {
  const keys = (t: string, lang: 'de' | 'en') => extractNumbers(t, lang).hits.flatMap((h) => h.keys);
  it('reads German and English thousands and decimals alike', () => {
    expect(keys('rund 2.000 Liter', 'de')).toEqual(['#2000']);
    expect(keys('around 2,000 litres', 'en')).toEqual(['#2000']);
    expect(keys('1,5 Millionen', 'de')).toEqual(['#1.5']);
    expect(keys('1.5 million', 'en')).toEqual(['#1.5']);
    expect(keys("10'000 Franken", 'de')).toEqual(['#10000']);
    expect(keys('10\u202f000 Franken', 'de')).toEqual(['#10000']);
  });
  it('converts times and dates between the formats', () => {
    expect(keys('um 14.30 Uhr', 'de')).toContain('t14:30');
    expect(keys('at 2:30 p.m.', 'en')).toContain('t14:30');
    expect(keys('um 14 Uhr', 'de')).toContain('t14:00');
    expect(keys('at 2 pm', 'en')).toContain('t14:00');
    expect(keys('am 3.3.2025', 'de')).toEqual(['#3', '#2025', 'march']);
    expect(keys('on 3/3/2025', 'en')).toEqual(['#3', '#2025', 'march']);
  });
  it('takes ordinals and decades with their number', () => {
    expect(keys('am 3. März', 'de')).toEqual(['#3']);
    expect(keys('on March 3rd', 'en')).toEqual(['#3']);
    expect(keys('in den 1970er-Jahren', 'de')).toEqual(['#1970']);
    expect(keys('in the 1970s', 'en')).toEqual(['#1970']);
  });
  it('blanks the numbers out of the text, keeping its length', () => {
    const r = extractNumbers('am 3.3.2025 um 14 Uhr', 'de');
    expect(r.blanked).toHaveLength('am 3.3.2025 um 14 Uhr'.length);
    expect(r.blanked).not.toMatch(/\d/);
  });
});

describe('normalisation and tokens', () => {
  it('removes soft hyphens and zero-width characters, unifies spaces, composes NFC', () => {
    expect(normalizeText('Bünd\u00adnis\u00a0mit\u200b China\r\n')).toBe('Bündnis mit China ');
    expect(normalizeText('Bu\u0308ndnis')).toBe('Bündnis');
  });
  it('folds ß to ss (Swiss spelling) and umlauts for names', () => {
    expect(foldGerman('Aussenpolitik')).toBe(foldGerman('Außenpolitik'));
    expect(foldLatin('Zürich')).toBe('zurich');
  });
  it('drops function words, keeps content words, numbers and punctuation cues', () => {
    const t = tokenizeSegment('«Wir haben jetzt zwei Monate alte Mäuse», sagte er?', 'de');
    expect(t.words).toEqual(['Monate', 'alte', 'Mäuse', 'sagte']);
    expect(t.numbers.map((n) => n.keys[0])).toEqual(['#2']);
    expect(t.punct).toEqual(['?', '"']);
    const e = tokenizeSegment("Trump's plan: 57% of voters", 'en');
    expect(e.words).toContain('Trump');
    // per cent is a language-neutral key, like a number
    expect(e.numbers.map((n) => n.keys[0])).toEqual(['#57', '#%']);
    expect(tokenizeSegment('Der Anteil stieg auf 5 Prozent.', 'de').numbers.map((n) => n.keys[0])).toEqual(['#5', '#%']);
  });
});
