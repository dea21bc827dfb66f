import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuotePolicy } from '../../src/segment/types.js';
import { fixtures, sentences } from './helpers.js';
import { readMarkedCases, readMarkedFolder, scoreSplits } from './marked-cases.js';

// Issue 15's failing classes, each a file of positive cases (the phenomenon) and negative ones (near
// misses that must be handled the other way); quotes-split.txt is read under `quotes: split`.
const classDir = path.join(fixtures, 'classes');
const all = readMarkedFolder(classDir);
const policyOf = (group: string): QuotePolicy => (group === 'quotes-split' ? 'split' : 'keep');
const CLASSES = ['spaces', 'apostrophe', 'footnotes', 'parenthetical', 'emoji', 'roman', 'abbreviation-end', 'direct-speech', 'quotes-split'];

describe('issue 15 sentence-boundary classes', () => {
  it('has every class with positive and negative cases', () => {
    expect(all.length).toBeGreaterThanOrEqual(250);
    for (const cls of CLASSES) {
      const cases = all.filter((c) => c.group === cls);
      expect(cases.filter((c) => c.label === 'pos').length, cls).toBeGreaterThanOrEqual(9);
      expect(cases.filter((c) => c.label === 'neg').length, cls).toBeGreaterThanOrEqual(3);
    }
  });
  it.each(all.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(sentences(c.text, { quotes: policyOf(c.group) })).toEqual(c.sentences);
  });
});

describe('quote policy', () => {
  const speech = readMarkedCases(path.join(classDir, 'direct-speech.txt'));
  it('keep (default) and split differ exactly where a quotation is involved', () => {
    const differ = speech.filter((c) => JSON.stringify(sentences(c.text, { quotes: 'split' })) !== JSON.stringify(sentences(c.text)));
    expect(differ.length).toBeGreaterThanOrEqual(8);
    // "«Kommst du?», fragte er." continues after the comma under either policy
    expect(sentences('«Kommst du?», fragte er.', { quotes: 'split' })).toEqual(['«Kommst du?», fragte er.']);
    expect(sentences('«Kommst du?» fragte er.')).toEqual(['«Kommst du?» fragte er.']);
    expect(sentences('«Kommst du?» fragte er.', { quotes: 'split' })).toEqual(['«Kommst du?»', 'fragte er.']);
  });
  it('split reports no unbalanced quotes (nothing is held together by them)', async () => {
    const { segmentTextDetailed } = await import('../../src/segment/segment-text.js');
    expect(segmentTextDetailed('«Er kam. Dann ging er.', { quotes: 'keep' }).unpaired).toEqual([0]);
    expect(segmentTextDetailed('«Er kam. Dann ging er.', { quotes: 'split' }).unpaired).toEqual([]);
  });
});

describe('held-out news/encyclopedia set (written before the rule changes)', () => {
  const cases = readMarkedCases(path.join(fixtures, 'heldout/news-encyclopedia.txt'));
  it('meets the targets: case accuracy ≥ 0.985, boundary F1 ≥ 0.99', () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
    const score = scoreSplits(cases, (t) => sentences(t));
    expect(score.accuracy).toBeGreaterThanOrEqual(0.985);
    expect(score.f1).toBeGreaterThanOrEqual(0.99);
  });
});
