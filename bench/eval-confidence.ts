// Fits and checks the aligner's confidence models (src/align/explain.ts): every bead diglot predicts on the
// disturbed corpora of bench/eval-align.ts becomes a sample (its evidence → right or wrong), per evidence
// regime (with the word list; pair-independent: --no-lexicon and --languages de,xx pooled). Fits on the
// training seeds, then prints calibration (log loss, Brier, ECE) and the review flag at 0.9 on the test
// seeds for the model in the product and the refit, and the refit's weights ready to paste.
// Usage: node src/cli/run-ts.js bench/eval-confidence.ts [--train 11,23] [--test 37] [--corpus …]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { alignSegments, type AlignOptions } from '../src/align/index.js';
import type { AlignInternals } from '../src/align/align-segments.js';
import { DEFAULT_COST } from '../src/align/cost.js';
import { nullEvidence, pairEvidence } from '../src/align/bead-evidence.js';
import { confidenceInputs, type ConfidenceModel, MODELS } from '../src/align/explain.js';
import { disturb, loadCorpora, PARAGRAPH_MIX, SENTENCE_MIX, type Mix } from './eval-align/cases.js';
import { beadKey } from './eval-align/score.js';
import { calibration, fitLogistic, predict, type Sample } from './eval-align/logistic.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    train: { type: 'string', default: '11,23' },
    test: { type: 'string', default: '37' },
    corpus: { type: 'string', default: 'wmt,wmt-contract-mix,flores,ntrex' },
  },
});
const corpora = loadCorpora(path.resolve(root, '../shared'));
if (!corpora) {
  console.log('eval-confidence: skipped, ../shared/data/parallel-de-en not found');
  process.exit(0);
}
const CONTRACT_LIKE: Mix = { 'drop-en': 0.05, 'merge-en': 0.15, 'split-de': 0.1, 'insert-en': 0.03 };
const settings: Record<string, { docs: typeof corpora.wmt; mix: Mix; sentenceLevel: boolean }> = {
  wmt: { docs: corpora.wmt, mix: PARAGRAPH_MIX, sentenceLevel: false },
  'wmt-contract-mix': { docs: corpora.wmt, mix: CONTRACT_LIKE, sentenceLevel: false },
  flores: { docs: corpora.flores, mix: SENTENCE_MIX, sentenceLevel: true },
  ntrex: { docs: corpora.ntrex, mix: SENTENCE_MIX, sentenceLevel: true },
};
const regimes: Record<'dictionary' | 'pairIndependent', Array<[string, AlignOptions]>> = {
  dictionary: [['word list', {}]],
  pairIndependent: [['--no-lexicon', { lexicon: false }], ['--languages de,xx', { languages: { source: 'de', target: 'xx' } }]],
};

type PathInfo = Parameters<NonNullable<AlignInternals['onPath']>>[0];

interface Scored extends Sample {
  kind: 'pair' | 'null';
  /** The score the product gives today. */
  now: number;
}

/** Every predicted bead of the seeds under the options, with its model inputs and label. */
function collect(seeds: number[], opts: AlignOptions): Scored[] {
  const out: Scored[] = [];
  for (const name of String(values.corpus).split(',')) {
    const s = settings[name];
    for (const seed of seeds) {
      s.docs.forEach((doc, k) => {
        const c = disturb(name, doc, s.docs.filter((_, o) => o !== k), seed, s.mix, s.sentenceLevel);
        const gold = new Set(c.gold.map(beadKey));
        let path: PathInfo | undefined;
        const pairs = alignSegments(c.de, c.en, opts, { onPath: (p) => (path = p) });
        if (!path) return;
        const { beads, margins, features, ratio } = path;
        beads.forEach((b, q) => {
          const pair = b.i1 > b.i0 && b.j1 > b.j0;
          const e = pair ? pairEvidence(features, b, ratio, DEFAULT_COST) : nullEvidence(features, b, beads[q - 1], beads[q + 1]);
          const y = gold.has(beadKey(pairs[q])) ? 1 : 0;
          out.push({ kind: pair ? 'pair' : 'null', x: confidenceInputs(e, margins[q]), y, now: pairs[q].score });
        });
      });
    }
  }
  return out;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
function report(label: string, scored: ReadonlyArray<{ p: number; y: number; kind: string }>): void {
  const c = calibration(scored);
  const flagged = scored.filter((s) => s.p < 0.9);
  const wrong = scored.filter((s) => !s.y).length;
  const flaggedWrong = flagged.filter((s) => !s.y).length;
  const expected = flagged.reduce((a, s) => a + (1 - s.p), 0);
  const kinds = ['pair', 'null'].map((k) => {
    const f = flagged.filter((s) => s.kind === k);
    return `${k === 'pair' ? 'pairs' : 'unaligned'} ${f.length} flagged (${f.filter((s) => !s.y).length} wrong of ${scored.filter((s) => s.kind === k && !s.y).length})`;
  });
  console.log(`  ${label.padEnd(8)} log loss ${c.logLoss.toFixed(4)}, Brier ${c.brier.toFixed(4)}, ECE ${c.ece.toFixed(4)}; flagged ${flagged.length} of ${c.n}, ${pct(flaggedWrong / Math.max(1, flagged.length))} wrong (model expects ${pct(expected / Math.max(1, flagged.length))}), holding ${pct(flaggedWrong / Math.max(1, wrong))} of ${wrong} wrong; ${kinds.join(', ')}`);
}

const train = String(values.train).split(',').map(Number);
const test = String(values.test).split(',').map(Number);
const fitted: Record<string, ConfidenceModel> = {};
for (const [regime, modes] of Object.entries(regimes) as Array<[keyof typeof regimes, Array<[string, AlignOptions]>]>) {
  const trainSet = modes.flatMap(([, o]) => collect(train, o));
  const pairW = fitLogistic(trainSet.filter((s) => s.kind === 'pair'));
  const nullW = fitLogistic(trainSet.filter((s) => s.kind === 'null'));
  fitted[regime] = { pair: pairW, null: nullW };
  console.log(`\n${regime}: fitted on seeds ${train.join(',')} (${trainSet.filter((s) => s.kind === 'pair').length} pairs, ${trainSet.filter((s) => s.kind === 'pair' && !s.y).length} wrong; ${trainSet.filter((s) => s.kind === 'null').length} unaligned, ${trainSet.filter((s) => s.kind === 'null' && !s.y).length} wrong)`);
  for (const [mode, o] of modes) {
    const testSet = collect(test, o);
    console.log(` ${mode}, seeds ${test.join(',')}:`);
    report('product', testSet.map((s) => ({ p: s.now, y: s.y, kind: s.kind })));
    report('refit', testSet.map((s) => ({ p: predict(s.kind === 'pair' ? pairW : nullW, s.x), y: s.y, kind: s.kind })));
  }
}
const fmt = (w: readonly number[]): string => `[${w.map((v) => v.toFixed(3)).join(', ')}]`;
console.log(`\nrefit weights (bias first; inputs as confidenceInputs orders them; product: ${JSON.stringify(MODELS)}):`);
for (const [regime, m] of Object.entries(fitted)) console.log(`  ${regime}: { pair: ${fmt(m.pair)}, null: ${fmt(m.null)} },`);
