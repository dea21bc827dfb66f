// Review dates: recorded as ISO 8601 in UTC to the second; a typed --date must be a real calendar
// date, and a date-time must say its zone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatReviewDate, parseReviewDate } from '../../src/review/index.js';

describe('review dates', () => {
  it('formats a moment as UTC to the second', () => {
    expect(formatReviewDate(new Date(Date.UTC(2026, 11, 8, 9, 30, 0, 789)))).toBe('2026-12-08T09:30:00Z');
  });

  it('keeps a day as typed, and records a date-time with its zone in UTC', () => {
    expect(parseReviewDate('2026-12-08')).toBe('2026-12-08');
    expect(parseReviewDate(' 2024-02-29 ')).toBe('2024-02-29');
    expect(parseReviewDate('2026-12-08T14:30:00Z')).toBe('2026-12-08T14:30:00Z');
    expect(parseReviewDate('2026-12-08T15:30+01:00')).toBe('2026-12-08T14:30:00Z');
    expect(parseReviewDate('2026-12-08T00:30:00.5+02:00')).toBe('2026-12-07T22:30:00Z');
  });

  it('refuses what is not an ISO 8601 date, a day that does not exist, and a date-time without a zone', () => {
    for (const bad of ['', 'yesterday', '08.12.2026', '2026-13-01', '2026-02-30', '2025-02-29', '2026-12-8', '2026-12-08T14:30', '2026-12-08 14:30Z', '2026-02-30T10:00Z', '2026-12-08T25:00Z']) {
      expect(parseReviewDate(bad), bad).toBeUndefined();
    }
  });

  it('property: every formatted moment parses back to itself', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const text = formatReviewDate(d);
        expect(parseReviewDate(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
