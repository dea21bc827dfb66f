// The confidence models (explain.ts): which regime applies, how the score moves with its inputs, the
// logistic fitter and calibration measures the evaluation uses (bench/eval-align/logistic.ts), and — on
// ../shared when present — that without a dictionary the pair-independent model is the better calibrated.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSegments, evidenceRegime } from '../../src/align/align-segments.js';
import { nullEvidence, pairEvidence } from '../../src/align/bead-evidence.js';
import { DEFAULT_COST } from '../../src/align/cost.js';
import { confidence, MODELS } from '../../src/align/explain.js';
import type { AlignOptions } from '../../src/align/types.js';
import { disturb, loadCorpora, PARAGRAPH_MIX, rng } from '../../bench/eval-align/cases.js';
import { calibration, fitLogistic, predict } from '../../bench/eval-align/logistic.js';
import { beadKey } from '../../bench/eval-align/score.js';
import { sharedDir } from './helpers.js';

const extra = { name: 'extra', lookup: () => undefined };

describe('evidence regime', () => {
  it.each([
    [{}, 'dictionary'],
    [{ lexicon: false }, 'pairIndependent'],
    [{ lexicon: false, lexicons: [extra] }, 'dictionary'],
    [{ languages: { source: 'de', target: 'fr' } }, 'pairIndependent'],
    [{ languages: { source: 'de', target: 'fr' }, lexicons: [extra] }, 'pairIndependent'],
    [{ languages: { source: 'de-CH', target: 'en-GB' } }, 'dictionary'],
    [{ lexicon: false, glossary: [{ de: 'Rat', en: ['council'], forbidden: [], variants: [], match: 'inflect' }] }, 'pairIndependent'],
  ] as Array<[AlignOptions, string]>)('%j → %s', (opts, regime) => {
    expect(evidenceRegime(opts)).toBe(regime);
  });
});

describe('confidence', () => {
  const pair = fc.record({ lengthP: fc.double({ min: 0, max: 1, noNaN: true }), similarity: fc.double({ min: 0, max: 1, noNaN: true }), weakest: fc.double({ min: 0, max: 1, noNaN: true }), units: fc.integer({ min: 2, max: 13 }) });
  const margin = fc.double({ min: 0, max: 100, noNaN: true });
  it('is a probability that grows with the margin and the weakest coverage, for both models', () => {
    fc.assert(fc.property(pair, margin, margin, fc.constantFrom(MODELS.dictionary, MODELS.pairIndependent), (e, m1, m2, model) => {
      const ev = { kind: 'pair' as const, ...e };
      const lo = Math.min(m1, m2);
      const hi = Math.max(m1, m2);
      const p = confidence(model, ev, lo);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
      expect(confidence(model, ev, hi)).toBeGreaterThanOrEqual(p);
      expect(confidence(model, { ...ev, weakest: Math.min(1, ev.weakest + 0.2) }, lo)).toBeGreaterThanOrEqual(p);
    }), { numRuns: 300 });
  });
  it('without a dictionary, a pair sharing little is less alarming than with one', () => {
    const thin = { kind: 'pair' as const, lengthP: 0.8, similarity: 0.15, weakest: 0.1, units: 2 };
    expect(confidence(MODELS.pairIndependent, thin, 2)).toBeGreaterThan(confidence(MODELS.dictionary, thin, 2));
  });
  it('is what alignSegments reports, with the model of the options’ regime', () => {
    const de = ['Die Konferenz in Genf begann am 3. März mit 120 Delegierten.', 'Bundesrat Cassis eröffnete sie.'];
    const en = ['The conference in Geneva opened on 3 March with 120 delegates.', 'Federal Councillor Cassis opened it.'];
    for (const opts of [{}, { lexicon: false }] as AlignOptions[]) {
      const model = MODELS[evidenceRegime(opts)];
      let info: { beads: readonly { i0: number; i1: number; j0: number; j1: number }[]; margins: readonly number[]; features: Parameters<typeof pairEvidence>[0]; ratio: number } | undefined;
      const pairs = alignSegments(de, en, opts, { onPath: (p) => (info = p) });
      expect(pairs).toHaveLength(2);
      pairs.forEach((p, k) => {
        const b = info!.beads[k];
        const e = p.de.length && p.en.length ? pairEvidence(info!.features, b, info!.ratio, DEFAULT_COST) : nullEvidence(info!.features, b);
        expect(p.score).toBeCloseTo(confidence(model, e, info!.margins[k]), 3);
      });
    }
  });
});

describe('logistic fit and calibration measures (bench/eval-align/logistic.ts)', () => {
  it('recovers the weights that generated the outcomes', () => {
    const r = rng(7);
    const truth = [-0.5, 2, -1.5];
    const samples = Array.from({ length: 4000 }, () => {
      const x = [r() * 2 - 1, r() * 2 - 1];
      return { x, y: r() < predict(truth, x) ? 1 : 0 };
    });
    const w = fitLogistic(samples);
    expect(w).toHaveLength(3);
    w.forEach((v, k) => expect(Math.abs(v - truth[k])).toBeLessThan(0.25));
    const fitted = calibration(samples.map((s) => ({ p: predict(w, s.x), y: s.y })));
    const flat = calibration(samples.map((s) => ({ p: 0.5, y: s.y })));
    expect(fitted.n).toBe(4000);
    expect(fitted.ece).toBeLessThan(0.03);
    expect(fitted.logLoss).toBeLessThan(flat.logLoss);
    expect(fitted.brier).toBeLessThan(flat.brier);
  });
  it('scores a sure right answer 0 and a sure wrong one at its worst', () => {
    expect(calibration([{ p: 1, y: 1 }]).brier).toBe(0);
    expect(calibration([{ p: 1, y: 0 }]).brier).toBe(1);
    expect(calibration([{ p: 0.9, y: 1 }, { p: 0.9, y: 0 }]).ece).toBeCloseTo(0.4, 10);
  });
});

const present = fs.existsSync(path.join(sharedDir, 'data/parallel-de-en'));
if (!present) console.warn(`tests/align/confidence: ../shared part skipped, ${sharedDir}/data/parallel-de-en not found`);

describe.skipIf(!present)('calibration without a dictionary on disturbed WMT documents (../shared)', () => {
  it('the pair-independent model has a lower log loss there than the dictionary model', () => {
    const docs = loadCorpora(sharedDir)!.wmt.slice(0, 20);
    const opts: AlignOptions = { languages: { source: 'de', target: 'xx' } };
    const own: Array<{ p: number; y: number }> = [];
    const other: Array<{ p: number; y: number }> = [];
    docs.forEach((d, k) => {
      const c = disturb('wmt', d, docs.filter((_, o) => o !== k), 4242, PARAGRAPH_MIX, false);
      const gold = new Set(c.gold.map(beadKey));
      let info: { beads: readonly { i0: number; i1: number; j0: number; j1: number }[]; margins: readonly number[]; features: Parameters<typeof pairEvidence>[0]; ratio: number } | undefined;
      const pairs = alignSegments(c.de, c.en, opts, { onPath: (p) => (info = p) });
      pairs.forEach((p, q) => {
        const b = info!.beads[q];
        const e = p.de.length && p.en.length ? pairEvidence(info!.features, b, info!.ratio, DEFAULT_COST) : nullEvidence(info!.features, b, info!.beads[q - 1], info!.beads[q + 1]);
        const y = gold.has(beadKey(p)) ? 1 : 0;
        own.push({ p: p.score, y });
        other.push({ p: confidence(MODELS.dictionary, e, info!.margins[q]), y });
      });
    });
    expect(own.length).toBeGreaterThan(100);
    expect(own.filter((s) => !s.y).length).toBeGreaterThan(3);
    expect(calibration(own).logLoss).toBeLessThan(calibration(other).logLoss);
  });
});
