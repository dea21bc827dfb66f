// The slug rule: whatever a front matter or file name says, an accepted slug is one plain file name
// without dots, and the suggestion offered in the hint is always accepted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeSlug, suggestSlug } from '../../src/util/safe-slug.js';
import { isPlainFileName } from '../../src/util/safe-path.js';

describe('isSafeSlug', () => {
  it('accepts news slugs and refuses paths, dots, case, length and device names', () => {
    for (const ok of ['trump-russland-china', 'gipfel', '2024-05-wahl', 'a', 'x_y', 'a'.repeat(80)]) expect(isSafeSlug(ok), ok).toBe(true);
    for (const bad of ['', '../x', '/tmp/x', 'a/b', 'a\\b', '.hidden', 'gipfel.orphans', 'Gipfel', '-lead', 'a'.repeat(81), 'über', 'con', 'nul', 'lpt1', 42, null]) expect(isSafeSlug(bad), String(bad)).toBe(false);
  });

  it('accepts only plain dot-free file names, and always accepts its own suggestion (property)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 100 }), fc.stringMatching(/^[a-z0-9_.\/-]{0,90}$/)), (s) => {
        expect(isSafeSlug(suggestSlug(s))).toBe(true);
        if (!isSafeSlug(s)) return;
        accepted++;
        expect(s.includes('.')).toBe(false);
        for (const suffix of ['.json', '.orphans.json', '.diglot.json', '.html', '.xliff12.xlf']) expect(isPlainFileName(`${s}${suffix}`)).toBe(true);
      }),
      { numRuns: 500, seed: 11 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('suggests the umlaut-spelled slug of a title or file name', () => {
    expect(suggestSlug('Gipfel in Genf')).toBe('gipfel-in-genf');
    expect(suggestSlug('../locales/en/Über uns')).toBe('locales-en-ueber-uns');
    expect(suggestSlug('///')).toBe('article');
  });
});
