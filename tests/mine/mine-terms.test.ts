// Term mining on a small corpus whose answers are known: the expected candidates and English, names
// flagged as copied, function words never proposed, existing entries not proposed, conflicts found.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlossary, loadLexicon, parseGlossary } from '../../src/glossary/index.js';
import { GERMAN_STOPWORDS } from '../../src/lang/de/stopwords.js';
import { ENGLISH_STOPWORDS } from '../../src/lang/en/stopwords.js';
import { createNounLemmatizer, dice, englishNgrams, englishWordKey, germanTerms, logLikelihood, mineTerms, pairsFromAlignJson } from '../../src/mine/index.js';
import { DiglotError } from '../../src/model/diagnostic.js';
import { repoRoot } from '../helpers/project.js';

const dir = path.join(repoRoot, 'tests/fixtures/mine');
const lexicon = loadLexicon();
const glossary = { entries: parseGlossary(fs.readFileSync(path.join(dir, 'glossary.yaml'), 'utf8'), 'glossary.yaml').entries };
const pairs = pairsFromAlignJson(fs.readFileSync(path.join(dir, 'align-output.json'), 'utf8'), 'align-output.json');

describe('mineTerms on the fixture corpus', () => {
  const result = mineTerms({ pairs, glossary, matcher: compileGlossary(glossary), lexicon });
  const found = result.candidates.map((c) => `${c.de} → ${c.en}`);

  it('reads the 12 aligned pairs (the 1:0 pair is skipped) and proposes the known terms, best first', () => {
    expect(pairs).toHaveLength(12);
    expect(result.pairs).toBe(12);
    expect(found).toEqual([
      'Flüchtling → refugee',
      'Sicherheitsrat → Security Council',
      'Genf → Geneva',
      'Vereinten Nationen → United Nations',
      'Waffenruhe → ceasefire',
      'Guterres → Guterres',
    ]);
    const council = result.candidates[1];
    expect(council).toMatchObject({ count: 3, cooc: 3, dice: 1, kind: 'compound', copied: false });
    expect(council.evidence).toHaveLength(3);
    expect(council.evidence[0]).toMatchObject({ de: 'Der Sicherheitsrat tagte am Montag in Genf.', where: 'align-output.json pair 1' });
    expect(council.llr).toBeGreaterThan(10);
  });

  it('flags names copied unchanged and ranks them after terms that need a translation', () => {
    const name = result.candidates.find((c) => c.de === 'Guterres');
    expect(name).toMatchObject({ copied: true, kind: 'name' });
    expect(result.candidates.filter((c) => !c.copied).every((c) => c.score > name!.score)).toBe(true);
    expect(result.candidates.filter((c) => !c.copied)).toHaveLength(5);
  });

  it('never proposes function words, nor English that starts or ends with one', () => {
    expect(result.candidates.length).toBeGreaterThan(0);
    for (const c of result.candidates) {
      expect(GERMAN_STOPWORDS.has(c.de.toLowerCase())).toBe(false);
      const words = c.en.toLowerCase().split(' ');
      expect(ENGLISH_STOPWORDS.has(words[0])).toBe(false);
      expect(ENGLISH_STOPWORDS.has(words[words.length - 1])).toBe(false);
    }
  });

  it('does not propose existing entries (Gipfel, Montag) but reports the conflicting rendering of Gipfel', () => {
    expect(found.some((f) => /^(Gipfel|Montag) /.test(f))).toBe(false);
    expect(result.conflicts).toEqual([expect.objectContaining({ term: 'Gipfel', approved: ['summit'], found: 'meeting', unrendered: 3, count: 3, total: 3 })]);
    expect(result.conflicts[0].evidence).toHaveLength(3);
  });

  it('without the glossary, Gipfel is a candidate (→ meeting) and nothing is a conflict', () => {
    const bare = mineTerms({ pairs, lexicon });
    expect(bare.candidates.map((c) => `${c.de} → ${c.en}`)).toContain('Gipfel → meeting');
    expect(bare.conflicts).toEqual([]);
  });

  it('minCount: 3 keeps only what recurs three times; limit cuts the list', () => {
    expect(mineTerms({ pairs, lexicon }, { minCount: 3 }).candidates.map((c) => c.de)).toEqual(['Flüchtling', 'Sicherheitsrat', 'Gipfel', 'Waffenruhe']);
    expect(mineTerms({ pairs, lexicon }, { limit: 2 }).candidates).toHaveLength(2);
  });
});

describe('the parts of the miner', () => {
  it('lemmatises with the glossary engine: inflection, compounds with a known head, umlaut plurals; names stay', () => {
    const lemma = createNounLemmatizer(lexicon);
    expect(lemma('sicherheitsrates')).toEqual({ lemma: 'sicherheitsrat', source: 'head' });
    expect(lemma('gipfels').lemma).toBe('gipfel');
    expect(lemma('häuser').lemma).toBe('haus');
    expect(lemma('flüchtlingen').lemma).toBe('flüchtling');
    expect(lemma('guterres')).toEqual({ lemma: 'guterres', source: 'none' });
  });

  it('German candidates: nouns and phrases; no verbs or prepositions at the sentence start, no noun + name phrase', () => {
    const lemma = createNounLemmatizer(lexicon);
    const keys = (s: string) => germanTerms(s, lexicon, lemma).map((t) => `${t.kind}:${t.key}`);
    expect(keys('Die Vereinten Nationen schicken Hilfe.')).toEqual(['noun:nation', 'phrase:vereint nation', 'noun:hilfe']);
    expect(keys('Laut einem Bericht kam Präsident Trump.')).toEqual(['noun:bericht', 'noun:präsident', 'name:trump']);
    expect(keys('Schicken Sie die Nato-Gipfels ab.')).toEqual(['compound:nato-gipfel']);
    expect(keys('Wir schicken Hilfe.')).toEqual(['noun:hilfe']);
    expect(keys('Die neuen Sanktionen und die harten Sanktionen.')).toEqual(['noun:sanktion', 'noun:sanktion', 'phrase:hart sanktion']);
  });

  it('English n-grams: no function word at either end, no punctuation inside, plural and possessive folded', () => {
    const keys = englishNgrams('The summits’ results, in Geneva: the Security Council met.').map((g) => g.key);
    expect(keys).toContain('summit result');
    expect(keys).toContain('security council');
    expect(keys).not.toContain('result in geneva');
    expect(keys.some((k) => /^(the|in) | (the|in)$/.test(k))).toBe(false);
    expect(['policies', "minister's", 'ministers’', 'crises', 'feet', 'glass', 'bus'].map(englishWordKey)).toEqual(['policy', 'minister', 'minister', 'crisis', 'foot', 'glass', 'bus']);
  });

  it('association measures: known values and invariants', () => {
    expect(dice(3, 3, 3)).toBe(1);
    expect(dice(0, 3, 4)).toBe(0);
    expect(logLikelihood(10, 10, 10, 100)).toBeGreaterThan(logLikelihood(5, 10, 10, 100));
    expect(logLikelihood(1, 10, 10, 100)).toBeCloseTo(0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (n, a, b, k) => {
        const x = Math.min(a, n);
        const y = Math.min(b, n);
        const both = Math.max(0, Math.min(k, x, y, x + y - 0));
        if (x + y - both > n) return;
        const d = dice(both, x, y);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
        expect(logLikelihood(both, x, y, n)).toBeGreaterThanOrEqual(0);
        expect(logLikelihood(both, x, y, n)).toBeCloseTo(logLikelihood(both, y, x, n), 6);
      }),
      { numRuns: 200 },
    );
  });

  it('align output without texts, or not JSON, is a DiglotError at its line', () => {
    for (const [file, re] of [['presegmented.json', /pair 1 has no deText\/enText/], ['broken.json', /not valid JSON/]] as const) {
      try {
        pairsFromAlignJson(fs.readFileSync(path.join(dir, file), 'utf8'), file);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DiglotError);
        const d = (e as DiglotError).diagnostics[0];
        expect(d).toMatchObject({ ruleId: 'mine-invalid-input', file, place: { start: { line: expect.any(Number) } } });
        expect(d.message).toMatch(re);
      }
    }
  });
});
