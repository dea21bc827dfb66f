// Final punctuation as alignment evidence: which segments end a sentence (tokenize.ts), the DP's cost when
// a bead's last units disagree (a subheading swallowed by the other side's paragraph), its `why` line,
// and that the backward DP (margins.ts) prices every path exactly as the forward DP does.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignFeatures, alignSegments, fineLevel, lengthRatio } from '../../src/align/align-segments.js';
import { fullBand } from '../../src/align/band.js';
import { DEFAULT_COST } from '../../src/align/cost.js';
import { computeCross } from '../../src/align/cross.js';
import { cellCost, fillDp } from '../../src/align/dp.js';
import { selfNorms, type Level } from '../../src/align/level.js';
import { reverseLevel } from '../../src/align/margins.js';
import { tokenizeSegment } from '../../src/align/tokenize.js';
import type { AlignOptions } from '../../src/align/types.js';
import { checkCoverage, fixture, type GoldBead } from './helpers.js';

const lines = (f: string) => fs.readFileSync(fixture('heading-merge', f), 'utf8').trimEnd().split('\n');
const de = lines('de.txt');
const en = lines('en.txt');
const gold = (JSON.parse(fs.readFileSync(fixture('heading-merge', 'gold.json'), 'utf8')) as { pairs: GoldBead[] }).pairs;
const beads = (pairs: Array<{ de: number[]; en: number[] }>) => pairs.map((p) => ({ de: p.de, en: p.en }));

describe('which segments end with terminal punctuation', () => {
  it.each([
    ['Der Stadtrat hat entschieden.', true],
    ['Wie geht es weiter?', true],
    ['Er sagte: «Wir kommen.»', true],
    ['„Nie wieder!“', true],
    ['Das ist belegt.¹', true],
    ['Die Liste folgt:', true],
    ['Er zögerte …', true],
    ['(Das gilt auch für Basel.)', true],
    ['Kritik von den Verbänden', false],
    ['Archivbild: KEYSTONE', false],
    ['(Foto: Keystone)', false],
    ['Version 2.0', false],
    ['Die 3 wichtigsten Punkte', false],
    ['«Wir kommen»', false],
  ])('%s → %s', (text, terminal) => {
    expect(tokenizeSegment(text, 'de').terminal).toBe(terminal);
    expect(tokenizeSegment(text, 'xx').terminal).toBe(terminal);
  });
});

describe('a subheading merged into the paragraph before it (English without the line break)', () => {
  const modes: Array<[string, AlignOptions]> = [['word list', {}], ['--no-lexicon', { lexicon: false }], ['--languages de,xx', { languages: { source: 'de', target: 'xx' } }]];
  it.each(modes)('is aligned 2:1 with its paragraph (%s)', (_, opts) => {
    const pairs = alignSegments(de, en, opts);
    expect(checkCoverage(pairs, de.length, en.length)).toBeNull();
    expect(beads(pairs)).toEqual(gold);
  });
  it('is missed without the final-punctuation cost when there is no dictionary', () => {
    const pairs = alignSegments(de, en, { lexicon: false }, { params: { ...DEFAULT_COST, wEnd: 0 } });
    expect(beads(pairs)).not.toEqual(gold);
  });
  it('says so in the pair’s why', () => {
    const pairs = alignSegments(de, en);
    expect(pairs).toHaveLength(gold.length);
    expect(pairs[0].why).toContain('end heading=heading');
    expect(pairs[1].why).toContain('end heading=heading');
    expect(pairs[2].why.some((w) => w.startsWith('end '))).toBe(false);
  });
  it('names a disagreement, German side first', () => {
    const [pair] = alignSegments(['Kritik von den Verbänden'], ['The associations criticise the decision.']);
    expect(pair.why).toContain('end heading≠sentence');
  });
});

describe('the backward DP prices a path as the forward DP does (fast-check)', () => {
  const sentence = fc.tuple(
    fc.array(fc.constantFrom('Bern', 'Rat', 'Velo', 'Regeln', 'Stadt', 'neue', 'Kritik', '2024', 'Zürich', 'Polizei'), { minLength: 1, maxLength: 6 }),
    fc.constantFrom('.', '?', '!', '', ':', '»'),
  ).map(([words, end]) => `${words.join(' ')}${end}`);
  it('best total cost of the whole matrix is the same read backwards', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 7 }), fc.array(sentence, { minLength: 1, maxLength: 7 }), (a, b) => {
        const f = alignFeatures(a, b, {});
        const level: Level = fineLevel(f);
        const params = { ...DEFAULT_COST, coverageScale: { de: 1, en: 1 } };
        const band = fullBand(a.length, b.length);
        const run = (l: Level) => fillDp({ level: l, band, cross: computeCross(l, band, 12), deSelf: selfNorms(l.deOwn), enSelf: selfNorms(l.enOwn), maxBead: 12, ratio: lengthRatio(f), params });
        const forward = cellCost(run(level), a.length, b.length);
        const backward = cellCost(run(reverseLevel(level)), a.length, b.length);
        expect(Number.isFinite(forward)).toBe(true);
        expect(Math.abs(forward - backward)).toBeLessThan(1e-9);
      }),
      { numRuns: 150 },
    );
  });
});
