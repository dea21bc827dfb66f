// Alignment evaluation: disturbed WMT20 / FLORES-200 / NTREX-128 documents (bench/eval-align/cases.ts)
// aligned by diglot and by a plain Gale–Church baseline on the same pairs; prints strict bead F1,
// relaxed link F1, per-disturbance recall and how well the review flag finds the errors.
// Usage: node src/cli/run-ts.js bench/eval-align.ts [--seeds 11,23,37] [--corpus wmt,wmt-contract-mix,flores,ntrex]
//        [--show N] [--quiet] [--skip-structured] [--freedict] [--params JSON] [--no-lexicon] [--languages de,xx]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { alignSegments, alignStructured } from '../src/align/index.js';
import { DEFAULT_COST, type CostParams } from '../src/align/cost.js';
import { openFreedict } from '../src/align/freedict.js';
import type { AlignOptions } from '../src/align/index.js';
import { disturb, loadCorpora, PARAGRAPH_MIX, SENTENCE_MIX, type Case, type Mix } from './eval-align/cases.js';
import { galeChurch } from './eval-align/gale-church.js';
import { sentenceBlocks, structuredCase } from './eval-align/structured-cases.js';
import { calibration } from './eval-align/logistic.js';
import { addCounts, beadKey, countBeads, scores, ZERO, type Counts } from './eval-align/score.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '11,23,37' },
    corpus: { type: 'string', default: 'wmt,wmt-contract-mix,flores,ntrex' },
    show: { type: 'string', default: '0' },
    params: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    'skip-structured': { type: 'boolean', default: false },
    freedict: { type: 'boolean', default: false },
    'no-lexicon': { type: 'boolean', default: false },
    languages: { type: 'string' },
  },
});

const corpora = loadCorpora(shared);
if (!corpora) {
  console.log(`eval-align: skipped, ${shared}/data/parallel-de-en not found`);
  process.exit(0);
}
const params: CostParams = { ...DEFAULT_COST, ...(values.params ? (JSON.parse(values.params) as Partial<CostParams>) : {}) };
const seeds = String(values.seeds).split(',').map(Number);
// --freedict: the system's FreeDict as an extra dictionary (when installed), to measure what it adds
const freedict = values.freedict ? openFreedict() : null;
if (values.freedict && !freedict) console.log('eval-align: --freedict given but FreeDict is not installed; running without it');
// --no-lexicon: without the built-in word list; --languages de,xx: the English read as a language diglot
// has no data for (no dictionary, no English stop words, stems or number words): pair-independent only
const [source, target] = String(values.languages ?? 'de,en').split(',');
const alignOpts: AlignOptions = { ...(freedict ? { lexicons: [freedict] } : {}), ...(values['no-lexicon'] ? { lexicon: false } : {}), ...(values.languages ? { languages: { source, target } } : {}) };
const show = Number(values.show);
const CONTRACT_LIKE: Mix = { 'drop-en': 0.05, 'merge-en': 0.15, 'split-de': 0.1, 'insert-en': 0.03 };

const settings: Record<string, { docs: typeof corpora.wmt; mix: Mix; sentenceLevel: boolean }> = {
  wmt: { docs: corpora.wmt, mix: PARAGRAPH_MIX, sentenceLevel: false },
  'wmt-contract-mix': { docs: corpora.wmt, mix: CONTRACT_LIKE, sentenceLevel: false },
  flores: { docs: corpora.flores, mix: SENTENCE_MIX, sentenceLevel: true },
  ntrex: { docs: corpora.ntrex, mix: SENTENCE_MIX, sentenceLevel: true },
};

interface Tally {
  diglot: Counts;
  gc: Counts;
  cases: number;
  gold: number;
  perOp: Map<string, { gold: number; diglot: number; gc: number }>;
  flagged: number;
  flaggedWrong: number;
  wrong: number;
  predicted: number;
}

const rows: string[][] = [];
const byKind = { pair: { predicted: 0, wrong: 0, flagged: 0, flaggedWrong: 0 }, null: { predicted: 0, wrong: 0, flagged: 0, flaggedWrong: 0 } };
const opRows = new Map<string, { gold: number; diglot: number; gc: number }>();
let allD = ZERO;
let allG = ZERO;
let review = { flagged: 0, flaggedWrong: 0, wrong: 0, predicted: 0 };
let shown = 0;
const scoredBeads: Array<{ p: number; y: number }> = [];
const t0 = performance.now();
for (const name of String(values.corpus).split(',')) {
  const s = settings[name];
  if (!s) throw new Error(`unknown corpus ${name}`);
  const t: Tally = { diglot: ZERO, gc: ZERO, cases: 0, gold: 0, perOp: new Map(), flagged: 0, flaggedWrong: 0, wrong: 0, predicted: 0 };
  for (const seed of seeds) {
    s.docs.forEach((doc, k) => {
      const others = s.docs.filter((_, o) => o !== k);
      const c: Case = disturb(name, doc, others, seed, s.mix, s.sentenceLevel);
      const pred = alignSegments(c.de, c.en, alignOpts, { params });
      const gc = galeChurch(c.de, c.en);
      t.diglot = addCounts(t.diglot, countBeads(c.gold, pred));
      t.gc = addCounts(t.gc, countBeads(c.gold, gc));
      t.cases++;
      t.gold += c.gold.length;
      const P = new Set(pred.map(beadKey));
      const G = new Set(gc.map(beadKey));
      for (const g of c.gold) {
        const o = t.perOp.get(g.op) ?? { gold: 0, diglot: 0, gc: 0 };
        o.gold++;
        if (P.has(beadKey(g))) o.diglot++;
        if (G.has(beadKey(g))) o.gc++;
        t.perOp.set(g.op, o);
      }
      const goldKeys = new Set(c.gold.map(beadKey));
      for (const p of pred) {
        const ok = goldKeys.has(beadKey(p));
        scoredBeads.push({ p: p.score, y: ok ? 1 : 0 });
        const kind = p.de.length && p.en.length ? 'pair' : 'null';
        t.predicted++;
        byKind[kind].predicted++;
        if (!ok) {
          t.wrong++;
          byKind[kind].wrong++;
        }
        if (p.review) {
          t.flagged++;
          byKind[kind].flagged++;
          if (!ok) {
            t.flaggedWrong++;
            byKind[kind].flaggedWrong++;
          }
        }
      }
      if (shown < show) {
        const missed = c.gold.filter((g) => !P.has(beadKey(g)));
        if (missed.length) {
          shown++;
          const extra = pred.filter((p) => !goldKeys.has(beadKey(p)));
          console.log(`${name} ${c.id} seed ${seed}: missed ${missed.map((g) => `${g.op}[${g.de}|${g.en}]`).join(' ')}\n   got ${extra.map((p) => `[${p.de}|${p.en}] ${p.score} ${p.why.join('; ')}`).join('\n       ')}`);
        }
      }
    });
  }
  const d = scores(t.diglot);
  const g = scores(t.gc);
  rows.push([name, String(t.cases), String(t.gold), d.strict.toFixed(3), d.relaxed.toFixed(3), g.strict.toFixed(3), g.relaxed.toFixed(3)]);
  for (const [op, o] of t.perOp) {
    const a = opRows.get(`${name} ${op}`) ?? { gold: 0, diglot: 0, gc: 0 };
    opRows.set(`${name} ${op}`, { gold: a.gold + o.gold, diglot: a.diglot + o.diglot, gc: a.gc + o.gc });
  }
  allD = addCounts(allD, t.diglot);
  allG = addCounts(allG, t.gc);
  review = { flagged: review.flagged + t.flagged, flaggedWrong: review.flaggedWrong + t.flaggedWrong, wrong: review.wrong + t.wrong, predicted: review.predicted + t.predicted };
}

const table = (head: string[], body: string[][]): string => {
  const all = [head, ...body];
  const w = head.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r: string[]): string => `| ${r.map((x, c) => (c === 0 ? x.padEnd(w[c]) : x.padStart(w[c]))).join(' | ')} |`;
  return [line(head), `|${w.map((x, c) => (c === 0 ? `:${'-'.repeat(x + 1)}` : `${'-'.repeat(x + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
};
const D = scores(allD);
const G = scores(allG);
rows.push(['all', '', '', D.strict.toFixed(3), D.relaxed.toFixed(3), G.strict.toFixed(3), G.relaxed.toFixed(3)]);
const mode = values.languages ? `languages ${values.languages} (no dictionary for the pair)` : values['no-lexicon'] ? 'built-in word list off (--no-lexicon)' : 'with the built-in word list';
console.log(`\nalignment evaluation, seeds ${seeds.join(',')}, ${mode} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
console.log(table(['corpus', 'docs', 'gold beads', 'diglot strict F1', 'diglot relaxed F1', 'Gale–Church strict F1', 'Gale–Church relaxed F1'], rows));
if (!values.quiet) {
  console.log('\nrecall per disturbance (gold beads found exactly)\n');
  console.log(table(['corpus / disturbance', 'gold', 'diglot', 'Gale–Church'], [...opRows].sort().map(([k, o]) => [k, String(o.gold), (o.diglot / o.gold).toFixed(3), (o.gc / o.gold).toFixed(3)])));
}
const cal = calibration(scoredBeads);
console.log(`\nconfidence calibration (score = estimated probability that the bead is right): log loss ${cal.logLoss.toFixed(4)}, Brier ${cal.brier.toFixed(4)}, ECE ${cal.ece.toFixed(4)} over ${cal.n} beads`);
const flagP = review.flagged ? review.flaggedWrong / review.flagged : 0;
const flagR = review.wrong ? review.flaggedWrong / review.wrong : 1;
console.log(`\nreview flag: ${review.flagged} of ${review.predicted} predicted beads flagged; ${(flagP * 100).toFixed(1)}% of flagged beads are wrong, ${(flagR * 100).toFixed(1)}% of wrong beads are flagged`);
for (const [kind, k] of Object.entries(byKind)) {
  console.log(`  ${kind === 'pair' ? 'pairs' : 'unaligned units'}: ${k.flagged} of ${k.predicted} flagged, ${k.flaggedWrong} of them wrong; ${k.flaggedWrong} of ${k.wrong} wrong ones flagged`);
}

// Structured articles: block-level link F1 (sentence links projected onto blocks) and captions found,
// for alignStructured, for the same sentences aligned flat (no structure), and for Gale–Church.
if (!values['skip-structured']) {
  const captions = corpora.flores.flatMap((d) => d.de.map((x, k) => [x, d.en[k]] as [string, string])).filter(([x]) => x.length < 110);
  const tally = { structured: [0, 0, 0], flat: [0, 0, 0], gc: [0, 0, 0] };
  const capHit = { structured: 0, flat: 0, gc: 0 };
  // caption pairs alignStructured returns (why starts with 'caption'): how many are wrong, how many flagged
  const capOut = { pairs: 0, wrong: 0, wrongFlagged: 0, flagged: 0 };
  let capTotal = 0;
  let cases = 0;
  for (const seed of seeds) {
    corpora.wmt.forEach((doc, k) => {
      const c = structuredCase(doc, corpora.wmt.filter((_, o) => o !== k), captions, seed);
      const deS = c.de.blocks.flatMap((b) => b.sentences);
      const enS = c.en.blocks.flatMap((b) => b.sentences);
      const db = sentenceBlocks(c.de);
      const eb = sentenceBlocks(c.en);
      const runs = {
        structured: alignStructured(c.de, c.en, alignOpts),
        flat: alignSegments(deS, enS, alignOpts, { params }),
        gc: galeChurch(deS, enS),
      };
      cases++;
      capTotal += c.captionPairs.length;
      for (const [name, pairs] of Object.entries(runs) as Array<[keyof typeof tally, Array<{ de: number[]; en: number[] }>]>) {
        const links = new Set<string>();
        for (const p of pairs) for (const i of p.de) for (const j of p.en) links.add(`${db[i]},${eb[j]}`);
        let tp = 0;
        for (const l of links) if (c.goldBlockLinks.has(l)) tp++;
        tally[name][0] += tp;
        tally[name][1] += links.size;
        tally[name][2] += c.goldBlockLinks.size;
        const exact = new Set(pairs.filter((p) => p.de.length === 1 && p.en.length === 1).map((p) => `${p.de[0]}|${p.en[0]}`));
        capHit[name] += c.captionPairs.filter((x) => exact.has(x)).length;
        if (name === 'structured') {
          const gold = new Set(c.captionPairs);
          for (const p of runs.structured) {
            if (p.why[0] !== 'caption' || !p.de.length || !p.en.length) continue;
            const ok = p.de.length === 1 && p.en.length === 1 && gold.has(`${p.de[0]}|${p.en[0]}`);
            capOut.pairs++;
            if (p.review) capOut.flagged++;
            if (!ok) {
              capOut.wrong++;
              if (p.review) capOut.wrongFlagged++;
            }
          }
        }
      }
    });
  }
  const f = (t: number[]) => {
    const p = t[1] ? t[0] / t[1] : 0;
    const r = t[2] ? t[0] / t[2] : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  };
  console.log(`\nstructured articles (WMT20 documents with headings, paragraphs split into sentences, ${capTotal} moved captions from FLORES, English paragraph merges/drops/insertions), ${cases} cases\n`);
  console.log(table(['aligner', 'block link F1', 'captions aligned'], (['structured', 'flat', 'gc'] as const).map((k) => [
    { structured: 'diglot alignStructured', flat: 'diglot alignSegments (no structure)', gc: 'Gale–Church' }[k], f(tally[k]).toFixed(3), `${capHit[k]}/${capTotal}`,
  ])));
  console.log(`\ncaption pairs returned by alignStructured: ${capOut.pairs}, ${capOut.wrong} wrong (${capOut.wrongFlagged} of them flagged); ${capOut.flagged} flagged for review`);
}
