import { describe, expect, it } from 'vitest';
import { compileAccuracyGlossary, loadAccuracyFixture, precision, recall, scoreMatcher } from './accuracy-cases.js';
import { matchTerms } from '../../src/glossary/index.js';

const { cases, glossaryText } = loadAccuracyFixture();
const matcher = compileAccuracyGlossary(glossaryText);
const sorted = (xs: Array<{ term: string; surface: string }>) => xs.map((x) => `${x.term}=${x.surface}`).sort();

describe('accuracy test set (tests/fixtures/glossary/accuracy)', () => {
  it('has at least 150 sentences of every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(cases.map((c) => c.kind));
    for (const k of ['inflect', 'compound', 'spelling', 'nfd', 'multi', 'verb', 'negative', 'multiple']) expect(kinds).toContain(k);
  });

  it.each(cases.map((c) => [c.id, c.kind, c] as const))('%s (%s)', (_id, _kind, c) => {
    const hits = matchTerms(matcher, c.text);
    for (const h of hits) expect(c.text.slice(h.start, h.end)).toBe(h.surface);
    expect(sorted(hits)).toEqual(sorted(c.expected));
  });

  it('reaches recall and precision of at least 98 %', () => {
    const r = scoreMatcher(cases, matcher);
    expect(r.offsetErrors).toBe(0);
    expect(recall(r.total)).toBeGreaterThanOrEqual(0.98);
    expect(precision(r.total)).toBeGreaterThanOrEqual(0.98);
  });

  it('the lexicon beats the rules-only matcher on compounds', () => {
    const rulesOnly = scoreMatcher(cases, compileAccuracyGlossary(glossaryText, { lexicon: false }));
    const full = scoreMatcher(cases, matcher);
    expect(recall(full.byKind.get('compound')!)).toBeGreaterThan(recall(rulesOnly.byKind.get('compound')!));
  });
});
