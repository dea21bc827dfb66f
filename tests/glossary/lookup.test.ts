import { describe, expect, it } from 'vitest';
import { compileGlossary, editDistance, findOccurrences, lookupGlossary } from '../../src/glossary/index.js';
import { entry } from './helpers.js';

const glossary = { entries: [entry('Bündnis', 'alliance', { note: 'military' }), entry('Aussenminister', 'foreign minister'), entry('Sanktion', 'sanction'), entry('Gipfel', 'summit')] };
const m = compileGlossary(glossary);
const top = (q: string) => lookupGlossary(glossary, m, q)[0];

describe('lookupGlossary', () => {
  it('finds German in any inflected form and spelling', () => {
    expect(top('Bündnisses')).toMatchObject({ entry: { de: 'Bündnis' }, via: 'de' });
    expect(top('bündnisses').entry.de).toBe('Bündnis');
    expect(top('Außenministers').entry.de).toBe('Aussenminister');
    expect(top('Bündnis')).toMatchObject({ score: 1, via: 'de' });
  });
  it('finds entries by English, also inflected', () => {
    expect(top('sanctions')).toMatchObject({ entry: { de: 'Sanktion' }, via: 'en' });
    expect(top('Foreign Minister')).toMatchObject({ entry: { de: 'Aussenminister' }, score: 1 });
  });
  it('tolerates typos, ranked by distance', () => {
    expect(top('Bündnsi')).toMatchObject({ entry: { de: 'Bündnis' }, via: 'fuzzy' });
    expect(top('Gipfl').entry.de).toBe('Gipfel');
    expect(lookupGlossary(glossary, m, 'xyzxyz')).toEqual([]);
  });
  it('finds compounds by their term', () => {
    expect(top('Sanktionspaket').entry.de).toBe('Sanktion');
  });
  it('edit distance counts transpositions as one', () => {
    expect(editDistance('bündnsi', 'bündnis')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('findOccurrences', () => {
  it('lists path:line:col, surface, sentence and aligned English', () => {
    const text = '# Titel\n\nDas Bündnis hält. Die Bündnisse wanken.\n';
    // the look-up reads the hits the term stage put on the units (file offsets), it does not match again
    const hit = (surface: string, start: number) => ({ term: 'Bündnis', surface, start, end: start + surface.length, en: ['alliance'] });
    const u1 = { segment: { start: 9, end: 26, text: 'Das Bündnis hält.' }, en: 'The alliance holds.', terms: [hit('Bündnis', 13)] };
    const u2 = { segment: { start: 27, end: 48, text: 'Die Bündnisse wanken.' }, en: null, terms: [hit('Bündnisse', 31)] };
    const other = { segment: { start: 0, end: 7, text: '# Titel' }, en: '# Title', terms: [{ ...hit('Titel', 2), term: 'Titel' }] };
    expect(text.slice(u2.segment.start, u2.segment.end)).toBe(u2.segment.text);
    expect(text.slice(31, 40)).toBe('Bündnisse');
    const occ = findOccurrences(glossary.entries[0], [{ path: 'locales/de/a.md', text, units: [other, u1, u2] }]);
    expect(occ).toEqual([
      { path: 'locales/de/a.md', line: 3, column: 5, text: 'Bündnis', sentence: 'Das Bündnis hält.', en: 'The alliance holds.', start: 13, end: 20 },
      { path: 'locales/de/a.md', line: 3, column: 23, text: 'Bündnisse', sentence: 'Die Bündnisse wanken.', en: null, start: 31, end: 40 },
    ]);
  });
});
