import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryIndex, similarity } from '../../src/match/index.js';

const prov = (key: string) => ({ kind: 'memory' as const, file: 'mem.json', key });

function build(sentences: string[]): MemoryIndex {
  const index = new MemoryIndex();
  sentences.forEach((de, i) => index.add({ de, en: `EN ${i}`, provenance: prov(de) }));
  return index;
}

describe('MemoryIndex', () => {
  const memory = build([
    'Die Aussenminister treffen sich am 24. Februar in Genf.',
    'Die Aussenminister treffen sich am 25. Februar in Bern.',
    'Das Wetter in den Bergen ist schlecht.',
    'Russland ist in vielerlei Hinsicht von China abhängig.',
  ]);

  it('finds the best entry at or above the threshold, with its similarity', () => {
    const [hit] = memory.search('Die Aussenminister treffen sich am 24. Februar in Zürich.', { threshold: 75 });
    expect(hit.entry.en).toBe('EN 0');
    expect(hit.score).toBe(similarity('Die Aussenminister treffen sich am 24. Februar in Zürich.', 'Die Aussenminister treffen sich am 24. Februar in Genf.'));
  });

  it('returns nothing below the threshold and honours skip and limit', () => {
    expect(memory.search('Ganz etwas anderes steht hier.', { threshold: 50 })).toEqual([]);
    const two = memory.search('Die Aussenminister treffen sich am 24. Februar in Bern.', { threshold: 75, limit: 2 });
    expect(two.map((h) => h.entry.en)).toEqual(['EN 0', 'EN 1']);
    const skipped = memory.search('Die Aussenminister treffen sich am 24. Februar in Genf.', { threshold: 75, skip: (e) => e.en === 'EN 0' });
    expect(skipped[0].entry.en).toBe('EN 1');
  });

  it('matches case and ß/ss variants through folded tokens', () => {
    const [hit] = build(['Die Strasse ist lang und breit.']).search('Die Straße ist lang und breit.', { threshold: 75 });
    expect(hit?.score).toBe(93); // 7 tokens, one ½ edit
  });

  it('finds exactly what brute force finds, for any threshold (property)', () => {
    const word = fc.constantFrom('Die', 'die', 'USA', 'Russland', 'China', 'und', 'sind', 'nicht', 'Bündnis', '.', ',', 'Strasse', 'Straße', 'heute', '2024');
    const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 40 }), sentence, fc.integer({ min: 1, max: 100 }), (entries, query, threshold) => {
        const index = build(entries);
        const fast = index.search(query, { threshold, limit: 50 }).map((h) => [h.index, h.score]);
        const brute = index.searchBrute(query, { threshold, limit: 50 }).map((h) => [h.index, h.score]);
        expect(fast).toEqual(brute);
      }),
      { numRuns: 400 },
    );
  });

  it('finds exactly what brute force finds with a large vocabulary, where prefix filtering prunes (property)', () => {
    const word = fc.stringMatching(/^[a-f]{1,2}$/);
    const sentence = fc.array(word, { minLength: 1, maxLength: 25 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 59 }), fc.array(fc.nat(), { maxLength: 4 }), fc.integer({ min: 40, max: 100 }), (entries, pick, edits, threshold) => {
        const index = build(entries);
        // a query near an existing entry: a few words replaced
        const words = entries[pick % entries.length].split(' ');
        for (const e of edits) words[e % words.length] = `z${e % 3}`;
        const query = words.join(' ');
        const fast = index.search(query, { threshold, limit: 60 }).map((h) => [h.index, h.score]);
        const brute = index.searchBrute(query, { threshold, limit: 60 }).map((h) => [h.index, h.score]);
        expect(fast).toEqual(brute);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps working when entries are added after a search', () => {
    const index = build(['Eins zwei drei vier.']);
    expect(index.search('Fünf sechs sieben acht.', { threshold: 75 })).toEqual([]);
    index.add({ de: 'Fünf sechs sieben acht.', en: 'five', provenance: prov('x') });
    expect(index.search('Fünf sechs sieben acht.', { threshold: 75 })[0].entry.en).toBe('five');
  });
});
