import { describe, expect, it } from 'vitest';
import { INSEPARABLE_PREFIX, INSEPARABLE_PREFIXES, SEPARABLE_PARTICLES, separableParticleOf, TWO_WAY_PREFIXES } from '../../../src/lang/de/separable-particles.js';

describe('separable particles', () => {
  it('are ordered longest first, so a prefix test finds the longest particle', () => {
    expect(SEPARABLE_PARTICLES.length).toBeGreaterThanOrEqual(30);
    for (let i = 1; i < SEPARABLE_PARTICLES.length; i++) expect(SEPARABLE_PARTICLES[i - 1].length).toBeGreaterThanOrEqual(SEPARABLE_PARTICLES[i].length);
    expect(separableParticleOf('zurückgeben')).toBe('zurück');
    expect(separableParticleOf('herausfinden')).toBe('heraus');
    expect(separableParticleOf('festnehmen')).toBe('fest');
    expect(separableParticleOf('umsetzen')).toBe('um');
    expect(separableParticleOf('geben')).toBeUndefined();
    // what is left must be a verb: "aus" + "en" is none
    expect(separableParticleOf('ausen')).toBeUndefined();
  });

  it('keeps the three kinds apart where they are not two-way', () => {
    const separable = new Set(SEPARABLE_PARTICLES);
    expect(INSEPARABLE_PREFIXES.filter((p) => separable.has(p))).toEqual([]);
    expect(new Set(SEPARABLE_PARTICLES).size).toBe(SEPARABLE_PARTICLES.length);
    expect(TWO_WAY_PREFIXES).toContain('um');
    expect(INSEPARABLE_PREFIX.test('verletzen')).toBe(true);
    expect(INSEPARABLE_PREFIX.test('abbrechen')).toBe(false);
  });
});
