// Runs of letters (and digits) by a scan, against the patterns they are defined by (property tests over
// ASCII, Latin-1, combining marks, astral letters and digits, Arabic-Indic digits, lone surrogates).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forEachRun, runsOf } from '../../src/lang/letter-runs.js';

const pieces = ['a', 'Z', 'ß', 'Ä', '3', '١', '²', ' ', '-', '’', '.', 'e\u0301', '\u0301', '𝔄', '𝟙', '😀', '\ud800', '\udc00', '\u00a0', '<1>'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((xs) => xs.join(''));

describe('letter runs', () => {
  it('reads words and figures', () => {
    expect(runsOf('New York’s 2 Städte 𝔄b', true)).toEqual(['New', 'York', 's', '2', 'Städte', '𝔄b']);
    expect(runsOf('Am 3. März 2024', false)).toEqual(['Am', 'März']);
    const spans: Array<[number, number]> = [];
    forEachRun('ab 𝔄c', false, (start, end) => spans.push([start, end]));
    expect(spans).toEqual([[0, 2], [3, 6]]);
  });

  it('finds what /\\p{L}+/gu and /[\\p{L}\\p{N}]+/gu find (property)', () => {
    fc.assert(fc.property(text, (t) => {
      expect(runsOf(t, false)).toEqual(t.match(/\p{L}+/gu) ?? []);
      expect(runsOf(t, true)).toEqual(t.match(/[\p{L}\p{N}]+/gu) ?? []);
    }), { numRuns: 2000 });
  });
});
