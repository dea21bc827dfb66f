// Segmentation benchmark: ≥ 2 MB of German news paragraphs (WMT20 dev, FLORES-200, NTREX-128,
// cycled until large enough), diglot's segmentText vs Intl.Segmenter('de', {granularity:
// 'sentence'}) on the same paragraphs in the same run; then the CLI protocol (the compiled `diglot segment
// --format jsonl`, lib/bin/diglot.js, as a child process on a 10 MB batch) against an equivalent
// Intl.Segmenter script, with and without start-up, in wall and in CPU time of the child (lib/ is built
// first when older than src/).
// Usage: node src/cli/run-ts.js bench/segment.ts [--mb 2.2] [--rounds 5] [--batch-mb 10]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { segmentText } from '../src/segment/segment-text.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const { values } = parseArgs({ options: { mb: { type: 'string', default: '2.2' }, rounds: { type: 'string', default: '5' }, 'batch-mb': { type: 'string', default: '10' } } });
const TARGET = Number(values.mb) * 1e6;
const ROUNDS = Number(values.rounds);
const BATCH = Number(values['batch-mb']) * 1e6;

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

// The CLI protocol: `diglot segment --format jsonl` as a user runs it (a child process reading a file of
// {"text": …} lines on stdin, writing {"sentences": […]} lines) against the same protocol with
// Intl.Segmenter (bench/lib/intl-segment-jsonl.mjs), in the same run, alternating, median of ROUNDS.
// Start-up is each command on a one-line input; "net" is the batch minus that.
const batchLines: string[] = [];
let batchBytes = 0;
for (let k = 0; batchBytes < BATCH; k++) {
  const line = JSON.stringify({ text: paragraphs[k % paragraphs.length] });
  batchLines.push(line);
  batchBytes += Buffer.byteLength(line) + 1;
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-bench-segment-'));
const batchFile = path.join(tmp, 'batch.jsonl');
const oneFile = path.join(tmp, 'one.jsonl');
fs.writeFileSync(batchFile, `${batchLines.join('\n')}\n`);
fs.writeFileSync(oneFile, `${JSON.stringify({ text: 'Ja. Nein.' })}\n`);
const commands: Array<[string, string[]]> = [
  ['diglot segment --format jsonl', [ensureFreshBin(), 'segment', '--format', 'jsonl']],
  ['Intl.Segmenter script', [path.join(root, 'bench/lib/intl-segment-jsonl.mjs')]],
];
/**
 * CPU seconds (user + system) of this process's waited-for children, from /proc/self/stat (cutime, cstime);
 * null off Linux. On a shared machine a child's wall time includes waiting for a core, its CPU time does not.
 */
const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;
const childCpu = (): number | null => {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
  return (Number(fields[13]) + Number(fields[14])) / TICKS;
};
/** Wall and CPU seconds of one run with `input` on stdin; the output goes to a file whose lines are counted. */
const runOnce = (args: string[], input: string): { wall: number; cpu: number | null; lines: number } => {
  const out = path.join(tmp, 'out.jsonl');
  const fdIn = fs.openSync(input, 'r');
  const fdOut = fs.openSync(out, 'w');
  const c0 = childCpu();
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, args, { cwd: root, stdio: [fdIn, fdOut, 'inherit'] });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c1 = childCpu();
  const cpu = c0 === null || c1 === null ? null : c1 - c0;
  fs.closeSync(fdIn);
  fs.closeSync(fdOut);
  if (res.status !== 0) throw new Error(`${args.join(' ')} exited ${res.status}`);
  return { wall, cpu, lines: fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).length };
};
const startup = commands.map(() => [] as number[]);
const batch = commands.map(() => [] as number[]);
const startupCpu = commands.map(() => [] as number[]);
const batchCpu = commands.map(() => [] as number[]);
const outLines = commands.map(() => 0);
for (let r = 0; r < ROUNDS; r++) {
  commands.forEach(([, args], k) => {
    const s = runOnce(args, oneFile);
    startup[k].push(s.wall);
    const b = runOnce(args, batchFile);
    batch[k].push(b.wall);
    if (s.cpu !== null && b.cpu !== null) {
      startupCpu[k].push(s.cpu);
      batchCpu[k].push(b.cpu);
    }
    outLines[k] = b.lines;
  });
}
fs.rmSync(tmp, { recursive: true, force: true });
const batchMb = batchBytes / 1e6;
const figures = (starts: number[][], batches: number[][]) =>
  commands.map(([name], k) => {
    const total = median(batches[k]);
    const start = median(starts[k]);
    return { name, total, start, net: Math.max(1e-3, total - start), lines: outLines[k] };
  });
const load = `${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`;
const report = (what: string, rows: ReturnType<typeof figures>) => {
  console.log(`\nCLI protocol, ${what} (${load}): ${batchLines.length.toLocaleString('en')} lines of {"text": …}, ${batchMb.toFixed(1)} MB, on stdin; median of ${ROUNDS} runs each (alternating)`);
  table([
    ['command', 'output lines', 'start-up s', 'batch s', 'net s', 'MB/s with start-up', 'MB/s net'],
    ...rows.map((x) => [x.name, String(x.lines), x.start.toFixed(2), x.total.toFixed(2), x.net.toFixed(2), (batchMb / x.total).toFixed(1), (batchMb / x.net).toFixed(1)]),
  ]);
  const [dg, it] = rows;
  console.log(`ratio diglot / Intl.Segmenter through the CLI protocol, ${what}: ${(it.net / dg.net).toFixed(2)} net of start-up, ${(it.total / dg.total).toFixed(2)} with start-up (≥ 1.0 means diglot is faster)`);
};
const rows = figures(startup, batch);
report('wall time', rows);
// CPU time of the child processes: what the commands cost, whatever else the machine is doing
if (batchCpu[0].length) report('CPU time (user + system of the child)', figures(startupCpu, batchCpu));
if (rows.some((x) => x.lines !== batchLines.length)) process.exitCode = 1;

/** lib/bin/diglot.js, rebuilt first (npm run build) when missing or older than any file of src/. */
function ensureFreshBin(): string {
  const bin = path.join(root, 'lib/bin/diglot.js');
  const stamp = fs.existsSync(bin) ? fs.statSync(bin).mtimeMs : 0;
  const newest = Math.max(...(fs.readdirSync(path.join(root, 'src'), { recursive: true }) as string[]).map((f) => fs.statSync(path.join(root, 'src', f)).mtimeMs));
  if (newest > stamp) {
    console.log('bench/segment: lib/ is older than src/, building it first');
    const res = spawnSync(process.execPath, [path.join(root, 'scripts/build-lib.mjs')], { stdio: 'inherit' });
    if (res.status !== 0) throw new Error('bench/segment: npm run build failed');
  }
  return bin;
}

function table(rows: string[][]): void {
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  rows.forEach((r, k) => {
    console.log(`| ${r.map((cell, c) => cell.padEnd(w[c])).join(' | ')} |`);
    if (k === 0) console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
  });
}
