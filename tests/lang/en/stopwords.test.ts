import { describe, expect, it } from 'vitest';
import { ENGLISH_STOPWORDS } from '../../../src/lang/en/stopwords.js';

describe('ENGLISH_STOPWORDS', () => {
  it('holds the function words, lower case, with contractions', () => {
    expect(ENGLISH_STOPWORDS.size).toBeGreaterThan(150);
    for (const w of ['the', 'and', 'not', "don't", 'will']) expect(ENGLISH_STOPWORDS.has(w), w).toBe(true);
    for (const w of ENGLISH_STOPWORDS) expect(w, w).toMatch(/^[a-z']+$/);
  });
});
