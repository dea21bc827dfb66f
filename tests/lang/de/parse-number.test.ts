import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGermanNumeral } from '../../../src/lang/de/parse-number.js';

describe('parseGermanNumeral', () => {
  it('reads dot, apostrophe and space groups and the decimal comma', () => {
    expect(parseGermanNumeral('2.000')).toBe(2000);
    expect(parseGermanNumeral('1.234.567,89')).toBe(1234567.89);
    expect(parseGermanNumeral("1'000'000")).toBe(1_000_000);
    expect(parseGermanNumeral('1’000')).toBe(1000);
    expect(parseGermanNumeral('10\u202f000')).toBe(10_000);
    expect(parseGermanNumeral('10\u00a0000,5')).toBe(10_000.5);
    expect(parseGermanNumeral('3,5')).toBe(3.5);
    expect(parseGermanNumeral('42')).toBe(42);
  });

  it('reads the Swiss decimal point after apostrophe groups', () => {
    expect(parseGermanNumeral("1'234.50")).toBe(1234.5);
    // a dot after apostrophe groups with three digits stays a group separator (the older reading)
    expect(parseGermanNumeral("1'234.567")).toBe(1_234_567);
  });

  it('refuses what is not a German numeral', () => {
    for (const s of ['3.5', '1.23', '12.30', '1,234,567', '14:30', '3.3.2025', '', 'zwei', '1.2345', '12.34.56']) expect(parseGermanNumeral(s), s).toBeUndefined();
  });

  it('round-trips every number as de-DE, de-AT and de-CH write it', () => {
    const de = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 3 });
    const at = new Intl.NumberFormat('de-AT', { maximumFractionDigits: 3 });
    // de-CH writes a decimal point: unambiguous only with one or two decimals after a group (money)
    const ch = new Intl.NumberFormat('de-CH', { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 999 }), (whole, frac) => {
        const n = whole + frac / 1000;
        expect(parseGermanNumeral(de.format(n))).toBeCloseTo(n, 9);
        expect(parseGermanNumeral(at.format(n))).toBeCloseTo(n, 9);
        const m = whole + Math.round(frac / 10) / 100;
        if (m >= 1000 || Number.isInteger(m)) expect(parseGermanNumeral(ch.format(m))).toBeCloseTo(m, 9);
      }),
      { numRuns: 300 },
    );
  });
});
