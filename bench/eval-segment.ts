// Segmentation accuracy: the three public German sets (pragmatic_segmenter, pySBD, sentencex) scored
// like the evaluation (cases admitted the same way, whitespace normalised, case accuracy and
// boundary P/R/F1), plus diglot's own news cases and line-end recall on FLORES-200 / NTREX-128
// documents; for diglot and two baselines: Intl.Segmenter('de') and the npm sentence-splitter.
// Usage: node src/cli/run-ts.js bench/eval-segment.ts [--failures]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { split as splitSentences } from 'sentence-splitter';
import { segmentText } from '../src/segment/segment-text.js';
import { readJsonl } from './lib/data.js';
import { boundaries, readMarkedCases, readMarkedFolder, scoreSplits, type MarkedCase } from '../tests/segment/marked-cases.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const showFailures = process.argv.includes('--failures');

type Splitter = (text: string) => string[];
const intl = new Intl.Segmenter('de', { granularity: 'sentence' });
const SPLITTERS: Array<[string, Splitter]> = [
  ['diglot', (t) => segmentText(t).map((s) => t.slice(s.start, s.end))],
  ["Intl.Segmenter('de')", (t) => [...intl.segment(t)].map((s) => s.segment)],
  ['sentence-splitter', (t) => splitSentences(t).filter((n) => n.type === 'Sentence').map((n) => n.raw)],
];

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const normList = (xs: string[]) => xs.map(norm).filter(Boolean);

interface Case {
  id: string;
  text: string;
  gold: string[];
  /** diglot's quote policy for the case (the baselines have none). */
  policy?: 'keep' | 'split';
}


/** Admission as in the evaluation: not disabled upstream, gold that only re-spaces the text. */
function loadSet(file: string): Case[] {
  return readJsonl(file).flatMap((r, i) => {
    if (r.disabled_upstream === true || typeof r.text !== 'string' || !Array.isArray(r.sentences)) return [];
    const gold = normList(r.sentences as string[]);
    if (gold.join(' ') !== norm(r.text)) return [];
    return [{ id: String(r.id ?? `#${i + 1}`), text: r.text, gold }];
  });
}

function score(cases: Case[], splitter: Splitter) {
  return scoreSplits(cases.map((c) => ({ id: c.id, text: c.text, sentences: c.gold })), splitter);
}

const sets: Array<[string, Case[]]> = [];
const sbd = path.join(shared, 'data/sbd-de');
if (fs.existsSync(sbd)) {
  sets.push(['pragmatic_segmenter', loadSet(path.join(sbd, 'sbd_de_pragmatic_segmenter/deutsch_spec.jsonl'))]);
  sets.push(['pysbd', loadSet(path.join(sbd, 'sbd_de_pysbd/test_deutsch.jsonl'))]);
  sets.push(['sentencex', loadSet(path.join(sbd, 'sbd_de_sentencex/de.jsonl'))]);
} else console.log(`(public sets skipped: ${sbd} not found)`);
sets.push(['diglot news cases (own)', loadSet(path.join(root, 'tests/fixtures/segment/news-de.jsonl'))]);
// issue 15's classes (written for diglot; quotes-split.txt is scored with diglot's `quotes: split`)
const asCases = (cs: MarkedCase[]): Case[] => cs.map((c) => ({ id: c.id, text: c.text, gold: normList(c.sentences), policy: c.group === 'quotes-split' ? 'split' : 'keep' }));
const classCases = asCases(readMarkedFolder(path.join(root, 'tests/fixtures/segment/classes')));
sets.push(['issue-15 classes, all (own, dev)', classCases]);
for (const group of [...new Set(classCases.map((c) => c.id.split('.txt:')[0]))]) sets.push([`  ${group}`, classCases.filter((c) => c.id.startsWith(`${group}.txt:`))]);
sets.push(['held-out news/encyclopedia (own)', asCases(readMarkedCases(path.join(root, 'tests/fixtures/segment/heldout/news-encyclopedia.txt')))]);

console.log('Case accuracy and boundary F1 (whitespace-normalised; gold exceptions count as failures)\n');
const rows = [['set', 'cases', ...SPLITTERS.flatMap(([n]) => [`${n} acc`, `${n} F1`])]];
for (const [name, cases] of sets) {
  // diglot runs each case under its policy; the other splitters have none
  const results = SPLITTERS.map(([n, s]) => (n === 'diglot' ? scoreByPolicy(cases) : score(cases, s)));
  rows.push([name, String(cases.length), ...results.flatMap((r) => [pct(r.accuracy), r.f1.toFixed(3)])]);
  if (showFailures) console.log(`${name}: diglot fails ${results[0].failures.join(', ') || 'none'}`);
}
table(rows);

// Line-end recall: documents of one-sentence-per-line corpora joined with spaces; every line end
// should be found again (lines that hold two sentences make extra breaks legitimate, so only recall).
const docs = ['par_de_en_flores200_devtest/flores200_devtest.deu_Latn-eng_Latn.docs.jsonl', 'par_de_en_ntrex128/ntrex128.eng-deu.docs.jsonl'];
if (docs.every((d) => fs.existsSync(path.join(shared, 'data/parallel-de-en', d)))) {
  console.log('\nLine-end recall on sentence-per-line corpora (documents joined with a space)\n');
  const rows2 = [['corpus', 'line ends', ...SPLITTERS.map(([n]) => `${n} recall`)]];
  for (const d of docs) {
    const recs = readJsonl(path.join(shared, 'data/parallel-de-en', d));
    const counts = SPLITTERS.map(() => 0);
    let total = 0;
    for (const rec of recs) {
      const lines = (rec.de as string[]).map((s) => s.trim());
      const text = lines.join(' ');
      const gold = boundaries(lines);
      total += gold.size;
      SPLITTERS.forEach(([, s], k) => {
        const got = boundaries(s(text).map(norm).filter(Boolean));
        for (const b of gold) if (got.has(b)) counts[k]++;
      });
    }
    rows2.push([d.split('/')[0].replace(/^par_de_en_/, ''), String(total), ...counts.map((c) => pct(c / total))]);
  }
  table(rows2);
  console.log('(NTREX headlines have no final punctuation, and diglot keeps multi-sentence quotations whole: both lower recall by design.)');
}

function scoreByPolicy(cases: Case[]) {
  return scoreSplits(cases.map((c) => ({ ...c, sentences: c.gold })), (t, c) => segmentText(t, { quotes: c.policy ?? 'keep' }).map((x) => t.slice(x.start, x.end)));
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function table(rs: string[][]): void {
  const w = rs[0].map((_, c) => Math.max(...rs.map((r) => r[c].length)));
  rs.forEach((r, k) => {
    console.log(`| ${r.map((cell, c) => cell.padEnd(w[c])).join(' | ')} |`);
    if (k === 0) console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
  });
}
