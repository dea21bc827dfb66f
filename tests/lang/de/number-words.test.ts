import { describe, expect, it } from 'vitest';
import { GERMAN_ARTICLE_ONE, GERMAN_CARDINALS, GERMAN_NUMBER_PREFIX, GERMAN_ORDINALS, GERMAN_QUANTITY_WORDS } from '../../../src/lang/de/number-words.js';
import { ENGLISH_CARDINALS, ENGLISH_ORDINALS } from '../../../src/lang/en/number-words.js';

describe('German number words', () => {
  it('name every number from zero to twenty, and the tens, as the English words do', () => {
    const values = (t: Readonly<Record<string, number>>) => new Set(Object.values(t));
    for (const n of [...Array(21).keys(), 30, 40, 50, 60, 70, 80, 90, 100, 1000]) {
      expect(values(GERMAN_CARDINALS).has(n), `de ${n}`).toBe(true);
      expect(values(ENGLISH_CARDINALS).has(n), `en ${n}`).toBe(true);
    }
    expect(GERMAN_CARDINALS.dreißig).toBe(30);
    expect(GERMAN_CARDINALS.dreissig).toBe(30); // Swiss spelling
    expect(GERMAN_CARDINALS.beiden).toBe(2);
  });

  it('keep ordinals, articles and quantity words apart from the cardinals', () => {
    const cardinals = new Set(Object.keys(GERMAN_CARDINALS));
    for (const w of [...Object.keys(GERMAN_ORDINALS), ...GERMAN_ARTICLE_ONE, ...Object.keys(GERMAN_QUANTITY_WORDS)]) expect(cardinals.has(w), w).toBe(false);
    expect(GERMAN_ARTICLE_ONE).toContain('einem');
    // the same ordinals in both languages
    expect(new Set(Object.values(GERMAN_ORDINALS))).toEqual(new Set(Object.values(ENGLISH_ORDINALS)));
  });

  it('find the cardinal at the start of a compound adjective', () => {
    expect(GERMAN_NUMBER_PREFIX.exec('fünfjährigen')?.[1]).toBe('fünf');
    expect(GERMAN_NUMBER_PREFIX.exec('dreitägige')?.[1]).toBe('drei');
    expect(GERMAN_NUMBER_PREFIX.exec('zweifach')?.[1]).toBe('zwei');
    expect(GERMAN_NUMBER_PREFIX.exec('dreist')).toBeNull();
    expect(GERMAN_NUMBER_PREFIX.exec('achtung')).toBeNull();
  });
});
