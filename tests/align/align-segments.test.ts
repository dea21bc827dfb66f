// alignSegments: a hand-made news pair against gold, bead shapes, anchors, and invariants (fast-check).
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../src/align/index.js';
import type { GlossaryEntry } from '../../src/model/glossary.js';
import { checkCoverage, fixture, strictF1, type GoldBead } from './helpers.js';

const lines = (f: string) => fs.readFileSync(fixture('small', f), 'utf8').trimEnd().split('\n');
const de = lines('de.txt');
const en = lines('en.txt');
const gold = (JSON.parse(fs.readFileSync(fixture('small', 'gold.json'), 'utf8')) as { pairs: GoldBead[] }).pairs;

describe('alignSegments on a hand-made news pair', () => {
  const pairs = alignSegments(de, en);
  it('finds the 1:1, 2:1, 0:1 and 1:0 beads of the gold', () => {
    expect(pairs.map((p) => ({ de: p.de, en: p.en }))).toEqual(gold);
    expect(strictF1(gold, pairs)).toBe(1);
  });
  it('explains each pair with checkable evidence', () => {
    const nums = pairs.find((p) => p.de[0] === 9);
    expect(nums?.why).toContain('numbers 2015=2015, 2.000=2,000');
    expect(nums?.why.some((w) => /^length 0\.\d\d$/.test(w))).toBe(true);
    const merged = pairs.find((p) => p.de.length === 2);
    expect(merged?.why[0]).toBe('bead 2:1');
    expect(merged?.why.some((w) => w.startsWith('cognates') && w.includes('Präfektur=prefecture'))).toBe(true);
    expect(pairs.find((p) => !p.de.length)?.why[0]).toBe('no German counterpart');
  });
  it('scores in 0..1 and flags pairs below the review threshold', () => {
    for (const p of pairs) {
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
      expect(p.review).toBe(p.score < 0.9);
    }
    const strict = alignSegments(de, en, { reviewThreshold: 0.99 });
    expect(strict.every((p) => p.review === p.score < 0.99)).toBe(true);
    expect(strict.some((p) => p.review)).toBe(true);
  });
});

describe('alignSegments shapes', () => {
  it('aligns a German paragraph split into five sentences with its English paragraph (5:1)', () => {
    const dePara = ['Der Großbrand ist gelöscht.', 'Das teilte die Präfektur am Freitag mit.', 'Das Feuer war in der Nacht ausgebrochen.', 'Verletzt wurde niemand.', 'Die Feuerwehr war mit 200 Fahrzeugen im Einsatz.'];
    const deDoc = ['Brand in Rouen', ...dePara, 'In dem Werk arbeiten 400 Menschen.'];
    const enDoc = ['Fire in Rouen', 'The major fire has been put out, the prefecture said on Friday. The fire had broken out during the night. Nobody was injured. The fire brigade deployed 200 vehicles.', 'Around 400 people work at the plant.'];
    const pairs = alignSegments(deDoc, enDoc);
    expect(pairs.map((p) => [p.de, p.en])).toEqual([[[0], [0]], [[1, 2, 3, 4, 5], [1]], [[6], [2]]]);
  });
  it('leaves an inserted paragraph from another story unaligned (0:1)', () => {
    const pairs = alignSegments(
      ['Die Regierung plant eine Steuerreform.', 'Die Opposition kritisiert den Plan.'],
      ['The government is planning a tax reform.', 'Bayern Munich won the cup final 3-1 in Berlin on Saturday evening.', 'The opposition criticises the plan.'],
    );
    expect(pairs.map((p) => [p.de, p.en])).toEqual([[[0], [0]], [[], [1]], [[1], [2]]]);
  });
  it('uses glossary entries as anchors and says so', () => {
    const glossary: GlossaryEntry[] = [{ de: 'Zwietracht', en: ['discord'], forbidden: [], variants: [], match: 'inflect' }];
    const pairs = alignSegments(['Die Zwietracht wächst.'], ['Discord is growing.'], { glossary });
    expect(pairs[0].why).toContain('glossary Zwietracht=discord');
  });
  it('handles empty sides', () => {
    expect(alignSegments([], [])).toEqual([]);
    expect(alignSegments(['Nur Deutsch.'], []).map((p) => [p.de, p.en])).toEqual([[[0], []]]);
    expect(alignSegments([], ['Only English.', 'Two.']).map((p) => [p.de, p.en])).toEqual([[[], [0]], [[], [1]]]);
  });
  it('respects structural anchors: a heading is not merged into the paragraph after it', () => {
    const d = ['Niemand verletzt', 'Das Feuer war ausgebrochen.', 'Verletzt wurde niemand.'];
    const e = ['Nobody hurt', 'The fire had broken out.', 'Nobody was injured.'];
    const pairs = alignSegments(d, e, { anchors: { de: [0, 2], en: [0, 2] }, kinds: { de: ['heading', 'paragraph', 'paragraph'], en: ['heading', 'paragraph', 'paragraph'] } });
    expect(pairs.map((p) => [p.de, p.en])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
  });
});

describe('alignSegments invariants (property)', () => {
  const word = fc.constantFrom('Feuer', 'Regierung', 'Trump', 'Bündnis', '2.000', 'Moskau', 'fire', 'government', 'alliance', 'Moscow', '2,000', 'und', 'the', '«Zitat»', '?', 'Straße', 'Strasse');
  const segment = fc.array(word, { minLength: 0, maxLength: 8 }).map((ws) => ws.join(' '));
  it('covers every index of both sides exactly once, contiguous and in order', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 25 }), fc.array(segment, { maxLength: 25 }), (d, e) => {
        const pairs = alignSegments(d, e);
        expect(checkCoverage(pairs, d.length, e.length)).toBeNull();
        for (const p of pairs) expect(p.de.length + p.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
  it('gives the same pairs with the band as with the full DP on a document above the full-DP size', () => {
    const d: string[] = [];
    const e: string[] = [];
    for (let k = 0; k < 160; k++) {
      d.push(`Im Jahr ${1900 + k} baute die Stadt ${k + 3} neue Häuser.`, `Die Regierung zahlte ${k * 7 + 11} Millionen Franken.`);
      e.push(`In ${1900 + k} the city built ${k + 3} new houses, and the government paid ${k * 7 + 11} million francs.`);
    }
    const levels: boolean[] = [];
    const banded = alignSegments(d, e, { band: 4 }, { onLevel: (l) => levels.push(l.full) });
    expect(levels).toContain(false);
    const full = alignSegments(d, e, { band: Infinity });
    expect(banded.map((p) => [p.de, p.en])).toEqual(full.map((p) => [p.de, p.en]));
    expect(banded.every((p) => p.de.length === 2 && p.en.length === 1)).toBe(true);
  });
});
