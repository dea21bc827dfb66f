import { describe, expect, it } from 'vitest';
import { INSEPARABLE_PREFIXES, SEPARABLE_PARTICLES, TWO_WAY_PREFIXES } from '../../../src/lang/de/separable-particles.js';
import { ADJECTIVE_HEADS, DERIVED_REST, DETERMINERS, FUNCTION_WORDS, GENERAL_ADJECTIVES, NOT_COMPOUNDS, PARTICLES } from '../../../src/lang/de/word-classes.js';

describe('German word classes', () => {
  it('build the nominalisation particles from the verb prefixes', () => {
    for (const p of [...SEPARABLE_PARTICLES, ...INSEPARABLE_PREFIXES, ...TWO_WAY_PREFIXES]) expect(PARTICLES.has(p), p).toBe(true);
    expect(PARTICLES.size).toBe(new Set([...SEPARABLE_PARTICLES, ...INSEPARABLE_PREFIXES, ...TWO_WAY_PREFIXES]).size + 12);
    expect(PARTICLES.has('preis')).toBe(true); // Preisgabe
  });

  it('are folded and non-empty', () => {
    for (const set of [DETERMINERS, FUNCTION_WORDS, PARTICLES, GENERAL_ADJECTIVES]) {
      expect(set.size).toBeGreaterThan(5);
      for (const w of set) expect(w, w).toMatch(/^[a-zäöü]+$/);
    }
    expect(NOT_COMPOUNDS).toContain('russländ'); // the umlaut form of each -land name
  });

  it('tell derived rests and adjective heads by their patterns', () => {
    expect(DERIVED_REST.test('ung')).toBe(true);
    expect(DERIVED_REST.test('lichen')).toBe(true);
    expect(DERIVED_REST.test('haus')).toBe(false);
    expect(ADJECTIVE_HEADS.test('reiche')).toBe(true);
  });
});
