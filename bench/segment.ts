// Segmentation benchmark: ≥ 2 MB of German news paragraphs (WMT20 dev, FLORES-200, NTREX-128,
// cycled until large enough), diglot's segmentText vs Intl.Segmenter('de', {granularity:
// 'sentence'}) on the same paragraphs in the same run; then the jsonl batch mode (`diglot segment
// --format jsonl`, in-process) on 30,000 lines, with its throughput and heap growth.
// Usage: node src/cli/run-ts.js bench/segment.ts [--mb 2.2] [--rounds 5] [--lines 30000]
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { segmentText } from '../src/segment/segment-text.js';
import { runCli } from '../src/cli/main.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const { values } = parseArgs({ options: { mb: { type: 'string', default: '2.2' }, rounds: { type: 'string', default: '5' }, lines: { type: 'string', default: '30000' } } });
const TARGET = Number(values.mb) * 1e6;
const ROUNDS = Number(values.rounds);
const LINES = Number(values.lines);

const corpora = ['wmt20-newstest-de-en/dev.docs.jsonl', 'par_de_en_flores200_devtest/flores200_devtest.deu_Latn-eng_Latn.docs.jsonl', 'par_de_en_ntrex128/ntrex128.eng-deu.docs.jsonl'].map((f) =>
  path.join(shared, 'data/parallel-de-en', f),
);
if (corpora.some((f) => !fs.existsSync(f))) {
  console.log(`bench/segment: skipped, ${shared}/data/parallel-de-en not found`);
  process.exit(0);
}

// paragraphs as a newsroom has them: WMT segments are paragraphs; FLORES and NTREX sentences of one document joined
const base: string[] = [];
for (const file of corpora) {
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { de: string[]; testset?: string };
    if (doc.testset) base.push(...doc.de);
    else base.push(doc.de.join(' '));
  }
}
const paragraphs: string[] = [];
let bytes = 0;
while (bytes < TARGET) {
  for (const p of base) {
    paragraphs.push(p);
    bytes += Buffer.byteLength(p, 'utf8') + 1;
  }
}
const mb = bytes / 1e6;

// CPU time of this process, not wall time: other processes on a shared machine disturb it far less
const cpu = (fn: () => void): number => {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1e6;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const intl = new Intl.Segmenter('de', { granularity: 'sentence' });
let diglotCount = 0;
let intlCount = 0;
const runDiglot = () => {
  diglotCount = 0;
  for (const p of paragraphs) diglotCount += segmentText(p).length;
};
const runIntl = () => {
  intlCount = 0;
  for (const p of paragraphs) for (const s of intl.segment(p)) if (s.segment.trim()) intlCount++;
};
// warm-up: compiles diglot's rules and regexes, loads ICU's break iterator data
const coldDiglot = cpu(runDiglot);
const coldIntl = cpu(runIntl);
const tDiglot: number[] = [];
const tIntl: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  tDiglot.push(cpu(runDiglot));
  tIntl.push(cpu(runIntl));
}
const d = median(tDiglot);
const i = median(tIntl);

console.log(`German text: ${mb.toFixed(2)} MB in ${paragraphs.length} paragraphs (${base.length} distinct, cycled); median of ${ROUNDS} rounds after one warm-up, CPU time`);
table([
  ['segmenter', 'sentences', 'CPU s', 'MB/s', 'first (cold) round s'],
  ['diglot segmentText', String(diglotCount), d.toFixed(3), (mb / d).toFixed(1), coldDiglot.toFixed(3)],
  ["Intl.Segmenter('de')", String(intlCount), i.toFixed(3), (mb / i).toFixed(1), coldIntl.toFixed(3)],
]);
console.log(`ratio diglot / Intl.Segmenter speed: ${(i / d).toFixed(2)} (≥ 1.0 means diglot is faster)`);

// jsonl batch mode, in-process through the CLI, streaming
const input = Array.from({ length: LINES }, (_, k) => JSON.stringify({ text: paragraphs[k % paragraphs.length] })).join('\n') + '\n';
let outBytes = 0;
let outLines = 0;
const stdin = new PassThrough();
const heapBefore = process.memoryUsage().heapUsed;
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
const done = runCli(['segment', '--format', 'jsonl'], {
  stdin,
  stdout: {
    write: (s: string) => {
      outBytes += s.length;
      for (let k = s.indexOf('\n'); k >= 0; k = s.indexOf('\n', k + 1)) outLines++;
      return true;
    },
  },
  stderr: { write: (s: string) => process.stderr.write(s) },
  cwd: root,
});
stdin.end(input);
const code = await done;
const wall = Number(process.hrtime.bigint() - t0) / 1e9;
const cpuUsed = process.cpuUsage(c0);
const heapAfter = process.memoryUsage().heapUsed;
console.log(`\njsonl batch mode (diglot segment --format jsonl, in-process): ${LINES} lines, ${(Buffer.byteLength(input) / 1e6).toFixed(1)} MB in`);
table([
  ['exit', 'output lines', 'wall s', 'CPU s', 'lines/s (wall)', 'heap growth MB'],
  [String(code), String(outLines), wall.toFixed(2), ((cpuUsed.user + cpuUsed.system) / 1e6).toFixed(2), Math.round(LINES / wall).toLocaleString('en'), ((heapAfter - heapBefore) / 1e6).toFixed(1)],
]);
if (outLines !== LINES || code !== 0) process.exitCode = 1;
void outBytes;

function table(rows: string[][]): void {
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  rows.forEach((r, k) => {
    console.log(`| ${r.map((cell, c) => cell.padEnd(w[c])).join(' | ')} |`);
    if (k === 0) console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
  });
}
