import { describe, expect, it } from 'vitest';
import { GERMAN_STOPWORDS } from '../../../src/lang/de/stopwords.js';
import { DETERMINERS } from '../../../src/lang/de/word-classes.js';

describe('GERMAN_STOPWORDS', () => {
  it('holds the function words, folded', () => {
    expect(GERMAN_STOPWORDS.size).toBeGreaterThan(250);
    for (const w of ['der', 'und', 'nicht', 'dass', 'über', 'bzw', 'usw']) expect(GERMAN_STOPWORDS.has(w), w).toBe(true);
    expect(GERMAN_STOPWORDS.has('daß')).toBe(false);
    for (const w of GERMAN_STOPWORDS) expect(w, w).toMatch(/^[a-zäöü]+$/);
  });

  it('includes the determiners of the glossary matcher', () => {
    const missing = [...DETERMINERS].filter((d) => !GERMAN_STOPWORDS.has(d));
    expect(DETERMINERS.size).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });
});
