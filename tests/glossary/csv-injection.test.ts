// CSV export is formula-safe (OWASP CSV injection): a cell starting with =, +, -, @, tab or CR gets a
// leading apostrophe and quotes, and reading the file back takes it off, so the round trip is exact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, readGlossaryCsv, writeGlossaryCsv } from '../../src/glossary/index.js';
import { protectCell, unprotectCell } from '../../src/glossary/csv.js';
import { entry } from './helpers.js';

describe('formula-safe glossary CSV', () => {
  it('prefixes cells a spreadsheet would run as a formula', () => {
    const csv = writeGlossaryCsv([
      entry('=HYPERLINK("http://evil","Klick")', '+1 call'),
      entry('-los', ['@home', 'x']),
      entry("'=schon geschützt", 'plain'),
    ]);
    const cells = parseCsv(csv).slice(1).map((r) => r.slice(0, 2).map((c) => c.value));
    expect(cells).toEqual([
      ["'=HYPERLINK(\"http://evil\",\"Klick\")", "'+1 call"],
      ["'-los", "'@home | x"],
      ["''=schon geschützt", 'plain'],
    ]);
    // every protected cell is also quoted
    expect(csv.split('\n')[1].startsWith(`"'=HYPERLINK(""http://evil""`)).toBe(true);
    expect(readGlossaryCsv(csv, 'g.csv').entries.map((e) => [e.de, e.en])).toEqual([
      ['=HYPERLINK("http://evil","Klick")', ['+1 call']],
      ['-los', ['@home', 'x']],
      ["'=schon geschützt", ['plain']],
    ]);
  });

  it('protect / unprotect are inverse, and no written cell starts with a formula character', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', 'a', ' ', 'ü'), maxLength: 8 }), (v) => {
        expect(unprotectCell(protectCell(v))).toBe(v);
        expect(/^[=+\-@\t\r]/.test(protectCell(v))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
