import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../src/align/index.js';
import { alignFeatures, fineLevel } from '../../src/align/align-segments.js';
import { coverageScale } from '../../src/align/calibrate.js';
import { tokenizeSegment } from '../../src/align/tokenize.js';
import { readLines } from '../../src/cli/commands/align.js';
import { checkCoverage, fixture, runAlign, strictF1 } from './helpers.js';

// Alignment without a dictionary: `lexicon: false`, or a pair diglot has no data for (`languages`).
const de = readLines(fs.readFileSync(fixture('de-fr/de.txt'), 'utf8'));
const fr = readLines(fs.readFileSync(fixture('de-fr/fr.txt'), 'utf8'));
const gold = (JSON.parse(fs.readFileSync(fixture('de-fr/gold.json'), 'utf8')) as { beads: Array<{ de: number[]; fr: number[] }> }).beads.map((b) => ({ de: b.de, en: b.fr }));
const smallDe = readLines(fs.readFileSync(fixture('small/de.txt'), 'utf8'));
const smallEn = readLines(fs.readFileSync(fixture('small/en.txt'), 'utf8'));
const smallGold = (JSON.parse(fs.readFileSync(fixture('small/gold.json'), 'utf8')) as { pairs: Array<{ de: number[]; en: number[] }> }).pairs;

// what the why of a pair may name when no dictionary is involved
const PAIR_INDEPENDENT = /^(?:bead \d+:\d+|length |lexical |numbers |names |cognates |punct |end |structure |weakest unit covered |margin |no (?:English|German) counterpart|best neighbour covers )/;

describe('a language pair without a dictionary (German–French)', () => {
  const pairs = alignSegments(de, fr, { languages: { source: 'de', target: 'fr' } });

  it('finds the gold beads: a merge, a dropped and an inserted sentence', () => {
    expect(checkCoverage(pairs, de.length, fr.length)).toBeNull();
    expect(pairs.map((p) => ({ de: p.de, en: p.en }))).toEqual(gold);
  });

  it('explains every pair with pair-independent evidence only, and names it', () => {
    const lines = pairs.flatMap((p) => p.why);
    expect(lines.length).toBeGreaterThan(30);
    expect(lines.filter((l) => !PAIR_INDEPENDENT.test(l))).toEqual([]);
    const joined = lines.join('\n');
    expect(joined).toMatch(/numbers 1,5=1,5/);
    expect(joined).toMatch(/names (?:.*)Amherd/);
    expect(joined).toMatch(/cognates .*Konferenz=conférence/);
    expect(joined).toMatch(/punct "="/);
  });

  it('calibrates the coverage cost to the thinner evidence', () => {
    const withDict = coverageScaleOf(smallDe, smallEn, {});
    const without = coverageScaleOf(de, fr, { languages: { source: 'de', target: 'fr' } });
    expect(withDict.de).toBeGreaterThan(0.8);
    expect(without.de).toBeLessThan(0.6);
    expect(without.zeroDe).toBeGreaterThan(withDict.zeroDe);
  });
});

describe('lexicon: false (German–English without the word list)', () => {
  it('aligns the hand-made pair and never cites the dictionary', () => {
    const pairs = alignSegments(smallDe, smallEn, { lexicon: false });
    expect(checkCoverage(pairs, smallDe.length, smallEn.length)).toBeNull();
    expect(strictF1(smallGold, pairs)).toBeGreaterThanOrEqual(0.9);
    expect(pairs.flatMap((p) => p.why).filter((l) => l.startsWith('dict '))).toEqual([]);
    expect(alignSegments(smallDe, smallEn).flatMap((p) => p.why).some((l) => l.startsWith('dict '))).toBe(true);
  });
});

describe('tokens of a language without data', () => {
  it('keeps names, long words, numbers and punctuation; drops short lowercase words', () => {
    const t = tokenizeSegment('Le président Macron a dit «non» à 1 500 manifestants en 2023?', 'fr');
    expect(t.words).toEqual(['président', 'Macron', 'manifestants']);
    expect(t.numbers.map((n) => n.keys[0])).toEqual(['#1', '#500', '#2023']);
    expect(t.punct).toEqual(['?', '"']);
    expect(tokenizeSegment('Il a payé 1,5 million, soit 3 %.', 'fr').numbers.map((n) => n.keys[0])).toEqual(['#1.5', '#3', '#%']);
  });
});

describe('diglot align --languages / --no-lexicon', () => {
  it('aligns German with French through the CLI', async () => {
    const r = await runAlign([fixture('de-fr/de.txt'), fixture('de-fr/fr.txt'), '--presegmented', '--languages', 'de,fr', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { pairs: Array<{ de: number[]; en: number[]; why: string[] }> };
    expect(out.pairs.map((p) => ({ de: p.de, en: p.en }))).toEqual(gold);
  });
  it('--no-lexicon cites no dictionary', async () => {
    const r = await runAlign([fixture('small/de.txt'), fixture('small/en.txt'), '--presegmented', '--no-lexicon', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/"dict /);
  });
  it('rejects a malformed --languages with exit 2', async () => {
    for (const bad of ['de', 'de,fr,it', 'de,!!', 'deutsch,fr']) {
      const r = await runAlign([fixture('small/de.txt'), fixture('small/en.txt'), '--presegmented', '--languages', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toMatch(/--languages/);
    }
  });
});

function coverageScaleOf(a: string[], b: string[], opts: Parameters<typeof alignFeatures>[2]) {
  return coverageScale(fineLevel(alignFeatures(a, b, opts)), 0.9);
}
