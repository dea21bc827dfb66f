import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEnglishNumeral } from '../../../src/lang/en/parse-number.js';

describe('parseEnglishNumeral', () => {
  it('reads comma and space groups and the decimal point', () => {
    expect(parseEnglishNumeral('2,000')).toBe(2000);
    expect(parseEnglishNumeral('1,234,567.89')).toBe(1234567.89);
    expect(parseEnglishNumeral('10\u202f000')).toBe(10_000);
    expect(parseEnglishNumeral('3.5')).toBe(3.5);
    expect(parseEnglishNumeral('42')).toBe(42);
  });

  it('refuses what is not an English numeral', () => {
    for (const s of ['3,5', '1.234.567', '1,23', '14:30', '', 'two', '1,2345']) expect(parseEnglishNumeral(s), s).toBeUndefined();
  });

  it('round-trips every number as en-US and en-GB write it', () => {
    const formats = ['en-US', 'en-GB'].map((l) => new Intl.NumberFormat(l, { maximumFractionDigits: 3 }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 999 }), (whole, frac) => {
        const n = whole + frac / 1000;
        for (const f of formats) expect(parseEnglishNumeral(f.format(n))).toBeCloseTo(n, 9);
      }),
      { numRuns: 300 },
    );
  });
});
