import { describe, expect, it } from 'vitest';
import { ENGLISH_ARTICLE_ONE, ENGLISH_CARDINALS, ENGLISH_DECADES, ENGLISH_ORDINALS, ENGLISH_QUANTITY_WORDS } from '../../../src/lang/en/number-words.js';

describe('English number words', () => {
  it('hold cardinals, ordinals, the counting article, quantities and decades', () => {
    expect(Object.keys(ENGLISH_CARDINALS).length).toBeGreaterThanOrEqual(30);
    expect(ENGLISH_CARDINALS.twice).toBe(2);
    expect(ENGLISH_ORDINALS.tenth).toBe(10);
    expect(ENGLISH_ARTICLE_ONE).toEqual(['a', 'an', 'one']);
    expect(ENGLISH_QUANTITY_WORDS.half).toBe(0.5);
    expect(Object.values(ENGLISH_DECADES)).toEqual([20, 30, 40, 50, 60, 70, 80, 90]);
    for (const w of Object.keys(ENGLISH_ORDINALS)) expect(w in ENGLISH_CARDINALS, w).toBe(false);
  });
});
