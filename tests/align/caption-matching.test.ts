// Captions in alignStructured beyond shared words: the pair-independent similarity threshold, pairing by
// elimination (the captions left over on both sides, by length, flagged for review) and pairByLength.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignStructured, type AlignDoc } from '../../src/align/index.js';
import { DEFAULT_COST, lengthCost } from '../../src/align/cost.js';
import { CAPTION_MIN_SIMILARITY, ELIMINATION_SCORE, pairByLength } from '../../src/align/structured.js';
import { rangeSimilarity } from '../../src/align/explain.js';
import { alignFeatures, PRIOR_RATIO } from '../../src/align/align-segments.js';

const flow = (lang: 'de' | 'fr' | 'en'): AlignDoc['blocks'] => ({
  de: [
    { kind: 'title', sentences: ['Neue Brücke über die Aare eröffnet'] },
    { kind: 'paragraph', sentences: ['Die neue Brücke in Bern ist am Samstag eröffnet worden.', 'Sie kostete 42 Millionen Franken.'] },
    { kind: 'paragraph', sentences: ['Rund 3000 Menschen kamen zur Feier an der Aare.'] },
  ],
  fr: [
    { kind: 'title', sentences: ['Un nouveau pont sur l’Aar inauguré'] },
    { kind: 'paragraph', sentences: ['Le nouveau pont de Berne a été inauguré samedi.', 'Il a coûté 42 millions de francs.'] },
    { kind: 'paragraph', sentences: ['Quelque 3000 personnes sont venues à la fête au bord de l’Aar.'] },
  ],
  en: [
    { kind: 'title', sentences: ['New bridge over the Aare opened'] },
    { kind: 'paragraph', sentences: ['The new bridge in Bern was opened on Saturday.', 'It cost 42 million francs.'] },
    { kind: 'paragraph', sentences: ['Around 3000 people came to the celebration on the Aare.'] },
  ],
})[lang];

/** The document with caption blocks inserted before block `at` (each caption one sentence). */
const withCaptions = (blocks: AlignDoc['blocks'], captions: string[], at: number[]): AlignDoc => {
  const out = [...blocks];
  captions.forEach((c, k) => out.splice(at[k] + k, 0, { kind: 'caption', sentences: [c] }));
  return { blocks: out };
};
const captionPairs = (de: AlignDoc, en: AlignDoc, opts = {}) => alignStructured(de, en, opts).filter((p) => p.why[0] === 'caption');

describe('captions that share no word', () => {
  it('pairs the only caption of each edition by elimination, flagged for review', () => {
    const de = withCaptions(flow('de'), ['Die Festgäste auf dem neuen Steg am Abend.'], [1]);
    const fr = withCaptions(flow('fr'), ['Les invités sur la passerelle le soir.'], [3]);
    const [pair, ...rest] = captionPairs(de, fr, { languages: { source: 'de', target: 'fr' } });
    expect(rest).toEqual([]);
    expect(pair).toMatchObject({ de: [1], en: [4], review: true });
    expect(pair.score).toBeLessThanOrEqual(ELIMINATION_SCORE);
    expect(pair.why.slice(0, 2)).toEqual(['caption', 'paired by elimination: the only captions left on both sides']);
  });
  it('pairs two left-over captions on each side by length', () => {
    const de = withCaptions(flow('de'), ['Am Abend.', 'Die Gäste warteten auf dem neuen Steg sehr lange.'], [1, 2]);
    const en = withCaptions(flow('en'), ['The guests waited on the new walkway for a very long time.', 'In the evening.'], [1, 3]);
    const pairs = captionPairs(de, en, { lexicon: false });
    expect(pairs.map((p) => [p.de, p.en])).toEqual([[[1], [5]], [[4], [1]]]);
    expect(pairs.every((p) => p.review && p.why[1].startsWith('paired by elimination'))).toBe(true);
  });
  it('leaves them unaligned when the editions have different numbers of captions', () => {
    const de = withCaptions(flow('de'), ['Die Festgäste am Abend.', 'Der Steg im Bau.'], [1, 2]);
    const fr = withCaptions(flow('fr'), ['Les invités le soir.'], [3]);
    const pairs = captionPairs(de, fr, { languages: { source: 'de', target: 'fr' } });
    expect(pairs).toHaveLength(3);
    expect(pairs.every((p) => !p.de.length || !p.en.length)).toBe(true);
  });
  it('prefers shared evidence: a caption with the same date is matched, the other pair by elimination', () => {
    const de = withCaptions(flow('de'), ['Der Bundesplatz am 1. August 2024.', 'Am Abend.'], [1, 2]);
    const fr = withCaptions(flow('fr'), ['Le soir.', 'La Place fédérale le 1er août 2024.'], [1, 3]);
    const pairs = captionPairs(de, fr, { languages: { source: 'de', target: 'fr' } });
    const byDe = new Map(pairs.map((p) => [p.de[0], p]));
    expect(byDe.get(1)).toMatchObject({ en: [5] });
    expect(byDe.get(1)?.why[1]).not.toMatch(/elimination/);
    expect(byDe.get(4)).toMatchObject({ en: [1], review: true });
  });
});

describe('pairByLength', () => {
  it('is a one-to-one assignment, and for up to five captions the cheapest', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(fc.array(fc.integer({ min: 5, max: 300 }), { minLength: n, maxLength: n }), fc.array(fc.integer({ min: 5, max: 300 }), { minLength: n, maxLength: n }))), ([de, en]) => {
      const pairs = pairByLength(de, en);
      expect(pairs).toHaveLength(de.length);
      expect(new Set(pairs.map(([a]) => a)).size).toBe(de.length);
      expect(new Set(pairs.map(([, b]) => b)).size).toBe(en.length);
      if (de.length <= 5) {
        const cost = (ps: Array<[number, number]>) => ps.reduce((s, [a, b]) => s + lengthCost(de[a], en[b], PRIOR_RATIO, DEFAULT_COST.s2), 0);
        expect(cost(pairs)).toBeLessThanOrEqual(cost(de.map((_, k) => [k, k])) + 1e-9);
      }
    }), { numRuns: 200 });
  });
});

describe('the similarity a caption pair needs', () => {
  const deCaption = 'Marktfahrerinnen verkauften am späten Nachmittag Gemüse, Käse und frisches Brot auf dem grossen Platz vor dem Schloss Thun.';
  const frCaption = 'En fin d’après-midi, les marchandes vendaient légumes, fromage et pain frais sur la grande place devant le château de Thun.';
  it('is lower without a dictionary: one shared name among many words is enough', () => {
    const opts = { languages: { source: 'de', target: 'fr' } };
    const f = alignFeatures([deCaption], [frCaption], opts);
    const sim = rangeSimilarity(f, 0, 1, 0, 1);
    expect(sim).toBeGreaterThanOrEqual(CAPTION_MIN_SIMILARITY.pairIndependent);
    expect(sim).toBeLessThan(CAPTION_MIN_SIMILARITY.dictionary);
    // two German captions and one French: no pairing by elimination, only the evidence counts
    const de = withCaptions(flow('de'), [deCaption, 'Der Steg im Bau.'], [1, 2]);
    const fr = withCaptions(flow('fr'), [frCaption], [3]);
    const pairs = captionPairs(de, fr, opts);
    expect(pairs.find((p) => p.de[0] === 1)).toMatchObject({ en: [4] });
    expect(pairs.find((p) => p.de[0] === 1)?.why.join(' ')).not.toMatch(/elimination/);
  });
});
