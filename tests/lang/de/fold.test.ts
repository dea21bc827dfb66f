import { describe, expect, it } from 'vitest';
import { foldGerman } from '../../../src/lang/de/fold.js';

describe('foldGerman', () => {
  it('lower-cases and spells ß (and capital ẞ) as ss, so Swiss and German spellings meet', () => {
    expect(foldGerman('Straße')).toBe('strasse');
    expect(foldGerman('STRAẞE')).toBe('strasse');
    expect(foldGerman('Aussenpolitik')).toBe(foldGerman('Außenpolitik'));
    // umlauts stay: Müller and Muller are different words
    expect(foldGerman('Müller')).toBe('müller');
  });
});
