import { describe, expect, it } from 'vitest';
import { alignFeatures, fineLevel } from '../../src/align/align-segments.js';
import { createOrderCheck } from '../../src/align/bead-order.js';
import { fullBand } from '../../src/align/band.js';
import { computeCross } from '../../src/align/cross.js';
import { selfNorms, type Level } from '../../src/align/level.js';

// The order check inside a bead: two German units and the one English unit that renders both. Their
// shared words (names here, so no dictionary is involved) must come in the same order on both sides.
function check(de: string[], en: string[]) {
  const level = fineLevel(alignFeatures(de, en, { lexicon: false }));
  const cross = computeCross(level, fullBand(de.length, en.length), 4);
  const mass = (xs: Float64Array) => xs.map((x) => Math.sqrt(x));
  return createOrderCheck({ level, cross, deSelf: selfNorms(level.deOwn), enSelf: selfNorms(level.enOwn), deMass: mass(level.deSize), enMass: mass(level.enSize) })!;
}

describe('order inside a bead (bead-order.ts)', () => {
  const de = ['Treffen in Zürich und Genf mit Cassis.', 'Danach Gespräche in Basel und Bern mit Amherd.'];
  it('is free when the units come in the same order', () => {
    expect(check(de, ['Meetings in Zürich and Geneva with Cassis, then talks in Basel and Bern with Amherd.']).germanIn(0, 2, 0)).toBe(0);
  });
  it('costs when the English has them the other way round', () => {
    expect(check(de, ['Talks in Basel and Bern with Amherd came after meetings in Zürich and Geneva with Cassis.']).germanIn(0, 2, 0)).toBeGreaterThan(0.3);
  });
  it('checks 1:n beads the same way (English units inside one German unit)', () => {
    const one = ['Treffen in Zürich mit Cassis, danach Gespräche in Basel mit Amherd.'];
    expect(check(one, ['Meetings in Zürich with Cassis.', 'Then talks in Basel with Amherd.']).englishIn(0, 0, 2)).toBe(0);
    expect(check(one, ['Talks in Basel with Amherd.', 'Before that, meetings in Zürich with Cassis.']).englishIn(0, 0, 2)).toBeGreaterThan(0.3);
  });
  it('has nothing to say without position sums (coarse levels)', () => {
    const f = alignFeatures(de, ['x'], {});
    const level = { nDe: 2, nEn: 1, deOwn: f.de.own, deProj: f.de.proj, enOwn: f.en.own, deLen: new Float64Array([1, 1]), enLen: new Float64Array([1]), deSize: new Float64Array([1, 1]), enSize: new Float64Array([1]), deBoundary: new Uint8Array(2), enBoundary: new Uint8Array(1), hasAnchors: false } as Level;
    const cross = computeCross(level, fullBand(2, 1), 2);
    expect(createOrderCheck({ level, cross, deSelf: new Float64Array(2), enSelf: new Float64Array(1), deMass: new Float64Array(2), enMass: new Float64Array(1) })).toBeNull();
  });
});
