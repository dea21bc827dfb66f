import { describe, expect, it } from 'vitest';
import { ENGLISH_MONTHS, ENGLISH_MONTH_NAMES } from '../../../src/lang/en/calendar.js';

describe('English months', () => {
  it('map names and abbreviations to 1–12', () => {
    expect(ENGLISH_MONTH_NAMES).toHaveLength(12);
    ENGLISH_MONTH_NAMES.forEach((m, i) => expect(ENGLISH_MONTHS[m.toLowerCase()], m).toBe(i + 1));
    expect(ENGLISH_MONTHS.sept).toBe(9);
    expect(Object.keys(ENGLISH_MONTHS)).toHaveLength(24);
  });
});
