// The issue-15 term classes (tests/fixtures/glossary/classes/*): every sentence is a test, and each
// class reaches recall and precision ≥ 0.99, far above the literal baseline on the same sentences.
import { describe, expect, it } from 'vitest';
import { compileAccuracyGlossary, literalMatcher, loadClassSets, precision, recall, scoreCases, scoreMatcher } from './accuracy-cases.js';
import { matchTerms } from '../../src/glossary/index.js';

const sets = loadClassSets();
const sorted = (xs: Array<{ term: string; surface: string }>) => xs.map((x) => `${x.term}=${x.surface}`).sort();

describe('term classes of issue 15', () => {
  it('has every class, each with at least 15 positive and 15 negative sentences', () => {
    expect(sets.map((s) => s.name)).toEqual(['adjectival', 'compound-policy', 'feminine', 'fixed-names', 'genitive', 'hyphen-closed']);
    for (const s of sets) {
      expect(s.cases.filter((c) => c.kind === 'pos').length, s.name).toBeGreaterThanOrEqual(15);
      expect(s.cases.filter((c) => c.kind === 'neg').length, s.name).toBeGreaterThanOrEqual(15);
      expect(s.cases.every((c) => c.kind === 'pos' || c.kind === 'neg'), s.name).toBe(true);
      expect(s.cases.filter((c) => c.kind === 'pos').every((c) => c.expected.length > 0), s.name).toBe(true);
    }
  });

  for (const set of sets) {
    describe(set.name, () => {
      const matcher = compileAccuracyGlossary(set.glossaryText);
      it.each(set.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
        const hits = matchTerms(matcher, c.text);
        for (const h of hits) expect(c.text.slice(h.start, h.end)).toBe(h.surface);
        expect(sorted(hits)).toEqual(sorted(c.expected));
      });

      it('recall and precision ≥ 0.99, above the literal baseline', () => {
        const r = scoreMatcher(set.cases, matcher);
        expect(r.total.expected).toBeGreaterThan(0);
        expect(r.offsetErrors).toBe(0);
        expect(recall(r.total)).toBeGreaterThanOrEqual(0.99);
        expect(precision(r.total)).toBeGreaterThanOrEqual(0.99);
        const literal = scoreCases(set.cases, literalMatcher(set.glossaryText));
        expect(recall(r.total)).toBeGreaterThan(recall(literal.total));
      });
    });
  }
});
