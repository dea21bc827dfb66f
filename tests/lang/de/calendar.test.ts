import { describe, expect, it } from 'vitest';
import { GERMAN_MONTHS, GERMAN_MONTH_NAMES } from '../../../src/lang/de/calendar.js';

describe('German months', () => {
  it('map names, Austrian variants and abbreviations to 1–12', () => {
    expect(GERMAN_MONTH_NAMES).toHaveLength(12);
    GERMAN_MONTH_NAMES.forEach((m, i) => expect(GERMAN_MONTHS[m.toLowerCase()], m).toBe(i + 1));
    expect(GERMAN_MONTHS.jänner).toBe(1);
    expect(GERMAN_MONTHS.feber).toBe(2);
    expect(GERMAN_MONTHS.okt).toBe(10);
    expect(Object.keys(GERMAN_MONTHS)).toHaveLength(26);
  });
});
