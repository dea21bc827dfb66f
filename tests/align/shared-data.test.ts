// Alignment quality on public data from ../shared (skipped with a message when it is absent; the
// hand-made fixtures in the other tests cover the same features without it).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../src/align/index.js';
import { disturb, loadCorpora, PARAGRAPH_MIX, SENTENCE_MIX } from '../../bench/eval-align/cases.js';
import { galeChurch } from '../../bench/eval-align/gale-church.js';
import { addCounts, countBeads, scores, ZERO } from '../../bench/eval-align/score.js';
import { checkCoverage, sharedDir } from './helpers.js';

const present = fs.existsSync(path.join(sharedDir, 'data/parallel-de-en'));
if (!present) console.warn(`tests/align/shared-data: skipped, ${sharedDir}/data/parallel-de-en not found`);

describe.skipIf(!present)('alignment on disturbed public documents (../shared)', () => {
  const corpora = present ? loadCorpora(sharedDir) : null;
  // with the word list; without it; and with the English read as a language diglot has no data for
  it.each([
    ['wmt', PARAGRAPH_MIX, false, {}],
    ['ntrex', SENTENCE_MIX, true, {}],
    ['wmt', PARAGRAPH_MIX, false, { lexicon: false }],
    ['ntrex', SENTENCE_MIX, true, { lexicon: false }],
    ['wmt', PARAGRAPH_MIX, false, { languages: { source: 'de', target: 'xx' } }],
    ['ntrex', SENTENCE_MIX, true, { languages: { source: 'de', target: 'xx' } }],
  ] as const)('%s: strict bead F1 ≥ 0.9 and above Gale–Church (%#)', (name, mix, sentenceLevel, opts) => {
    const docs = corpora![name].slice(0, 15);
    let ours = ZERO;
    let gc = ZERO;
    docs.forEach((d, k) => {
      const c = disturb(name, d, docs.filter((_, o) => o !== k), 4242, mix, sentenceLevel);
      const pairs = alignSegments(c.de, c.en, opts);
      expect(checkCoverage(pairs, c.de.length, c.en.length)).toBeNull();
      ours = addCounts(ours, countBeads(c.gold, pairs));
      gc = addCounts(gc, countBeads(c.gold, galeChurch(c.de, c.en)));
    });
    expect(scores(ours).strict).toBeGreaterThanOrEqual(0.9);
    expect(scores(ours).strict).toBeGreaterThan(scores(gc).strict + 0.1);
  });
});
