// The optional FreeDict reader on hand-written miniature dictionaries (plain and dictzip).
import { describe, expect, it } from 'vitest';
import { decodeDictNumber, openFreedict, parseFreedictEntry } from '../../src/align/freedict.js';
import { alignSegments } from '../../src/align/index.js';
import { fixture } from './helpers.js';

describe('FreeDict reader (optional dictionary)', () => {
  it('decodes dictd numbers and entries', () => {
    expect(decodeDictNumber('A')).toBe(0);
    expect(decodeDictNumber('B5')).toBe(64 + 57);
    expect(parseFreedictEntry('Feuer /x/ <n>\n [Feuer] put out <v>, extinguish <v>\n   Synonym: {x}\n')).toEqual(['put out', 'extinguish']);
  });
  it.each(['freedict', 'freedict-dz'])('reads a plain and a dictzip dictionary (%s)', (dir) => {
    const dict = openFreedict(fixture(dir));
    expect(dict).not.toBeNull();
    expect(dict!.lookup('gipfeltreffen')).toEqual(['summit meeting', 'summit']);
    expect(dict!.lookup('strasse')).toEqual(['street', 'road']);
    expect(dict!.lookup('zwietracht')).toEqual(['discord', 'dissension']);
    expect(dict!.lookup('unbekannt')).toBeUndefined();
  });
  it('returns null when the dictionary is not installed', () => {
    expect(openFreedict(fixture('no-such-dir'))).toBeNull();
  });
  it('lends its words to the aligner, named in the explanation', () => {
    const dict = openFreedict(fixture('freedict'))!;
    const pairs = alignSegments(['Zwietracht beim Gipfeltreffen.'], ['Discord at the summit.'], { lexicons: [dict] });
    expect(pairs[0].why.join(' ')).toMatch(/freedict (Zwietracht=Discord, Gipfeltreffen=summit|Gipfeltreffen=summit, Zwietracht=Discord)/);
  });
});
