// Build benchmark (issue 12): a generated project of N articles (~40 real DE–EN sentences each, from
// ../shared), built by the compiled CLI in fresh processes: cold (no cache), again with nothing
// changed, and after editing one sentence of one article; wall time and peak memory (max RSS, worker
// threads included) of each, with the ratio to the cold build measured in the same run. Each size is
// measured `--runs` times (default 3, each on a fresh copy of the generated project): the table gives
// the median of each time, the range of the cold and one-edit times, and the largest peak.
// Usage: npm run bench -- build [--sizes 100,300,1000,10000] [--runs N] [--jobs N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadPairs, writeCorpus } from './lib/corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,300,1000' }, runs: { type: 'string', default: '3' }, jobs: { type: 'string' }, keep: { type: 'boolean' } }, allowPositionals: true });
const SIZES = String(values.sizes).split(',').map(Number).filter((n) => n > 0);
const RUNS = Math.max(1, Math.floor(Number(values.runs)) || 1);
const bin = path.join(root, 'lib/bin/diglot.js');
const MAXRSS = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nMAXRSS "+process.resourceUsage().maxRSS+"\\n"))';

interface Run {
  ms: number;
  rssMb: number;
  code: number;
  out: string;
}

function build(dir: string, extra: string[] = []): Run {
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, ['--import', MAXRSS, bin, 'build', '--quiet', ...extra], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, CI: '1' } });
  if (res.error) return { ms: Number(process.hrtime.bigint() - t0) / 1e6, rssMb: 0, code: -1, out: `${res.error.message} (signal ${res.signal ?? 'none'})` };
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = Number(/MAXRSS (\d+)/.exec(res.stderr)?.[1] ?? 0) / 1024;
  return { ms, rssMb: rss, code: res.status ?? -1, out: `${res.signal ? `signal ${res.signal}: ` : ''}${res.stderr.replace(/\nMAXRSS \d+\n$/, '').slice(-400)}` };
}

if (!fs.existsSync(path.join(shared, 'data/parallel-de-en'))) {
  console.log('bench/build: ../shared/data/parallel-de-en is absent: skipped');
  process.exit(0);
}
if (!fs.existsSync(bin)) {
  console.log('bench/build: lib/bin/diglot.js is missing: run `npm run build` first');
  process.exit(1);
}
const pairs = loadPairs(shared);
const jobs = values.jobs ? ['--jobs', String(values.jobs)] : [];
console.log(`bench/build: ${pairs.length} sentence pairs; ${os.availableParallelism()} cores; compiled CLI ${path.relative(root, bin)}${jobs.length ? ` ${jobs.join(' ')}` : ''}`);
console.log(`load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`machine check (a build is allocation-heavy; on a shared host this varies by a third): ${checkMachine()}`);
console.log(`each size ${RUNS} time(s), each on a fresh copy: median (range) of cold and one edit, median of no change, largest peak`);
console.log('| articles | segments | cold | cold ms / article | no change | one edit | peak memory (cold / no change / one edit) | no change ÷ cold | one edit ÷ cold |');
console.log('|---|---|---|---|---|---|---|---|---|');
// Each size's project is deleted only after the last size is measured: ext4 skips inodes freed in
// the last minute or more when it allocates new ones (`recently_deleted`, seen in `perf` as most of
// the time spent in `open`), so a build that creates thousands of files right after thousands were
// deleted pays seconds for the deletion, not for its own work.
const made: string[] = [];
for (const n of SIZES) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `diglot-bench-build-${n}-`));
  made.push(dir);
  const generated = path.join(dir, 'generated');
  const { sentences } = writeCorpus(generated, pairs, { articles: n });
  const runs: Array<{ cold: Run; same: Run; edit: Run }> = [];
  for (let r = 0; r < RUNS; r++) {
    const copy = path.join(dir, `run-${r}`);
    fs.cpSync(generated, copy, { recursive: true });
    const measured = measure(copy);
    if (typeof measured === 'string') {
      console.log(`| ${n} | ${sentences} | failed: ${measured.replace(/\s+/g, ' ')} |`);
      break;
    }
    runs.push(measured);
  }
  if (runs.length < RUNS) continue;
  const cold = runs.map((x) => x.cold);
  const same = runs.map((x) => x.same);
  const edit = runs.map((x) => x.edit);
  const coldMs = median(cold.map((x) => x.ms));
  const sameMs = median(same.map((x) => x.ms));
  const editMs = median(edit.map((x) => x.ms));
  const peak = (xs: Run[]) => Math.max(...xs.map((x) => x.rssMb)).toFixed(0);
  console.log(`| ${n} | ${sentences} | ${seconds(cold)} | ${(coldMs / n).toFixed(1)} | ${seconds(same, false)} | ${seconds(edit)} | ${peak(cold)} / ${peak(same)} / ${peak(edit)} MB | ${(sameMs / coldMs).toFixed(3)} | ${(editMs / coldMs).toFixed(3)} |`);
}
for (const dir of made) {
  if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(`  kept ${dir}`);
}

/** Cold, no change and one edit of the project in `dir`; a message when the cold build failed. */
function measure(dir: string): { cold: Run; same: Run; edit: Run } | string {
  const cold = build(dir, jobs);
  if (failed(cold)) return `cold build: ${failed(cold)}`;
  const same = build(dir, jobs);
  if (failed(same)) return `no-change build: ${failed(same)}`;
  // one sentence of one article edited: its German gains a word (its English stays, now stale)
  const file = path.join(dir, 'locales/de/article-00000.md');
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf('. ', text.indexOf('---', 4));
  fs.writeFileSync(file, `${text.slice(0, at)} heute${text.slice(at)}`);
  const edit = build(dir, jobs);
  if (failed(edit)) return `one-edit build: ${failed(edit)}`;
  return { cold, same, edit };
}

/** Why a run does not count: an exit code other than 0 or 1 (findings), or no peak reported (killed). */
function failed(run: Run): string | undefined {
  if (run.code > 1 || run.code < 0) return `exit ${run.code}: ${run.out}`;
  if (!run.rssMb) return `no peak memory reported (exit ${run.code}): ${run.out}`;
  return undefined;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median time, and with several runs and `range` their range: `11.80 s (11.44–12.95)`. */
function seconds(runs: readonly Run[], range = true): string {
  const ms = runs.map((r) => r.ms);
  const s = (x: number) => (x / 1000).toFixed(2);
  return `${s(median(ms))} s${range && ms.length > 1 ? ` (${s(Math.min(...ms))}–${s(Math.max(...ms))})` : ''}`;
}

/**
 * Milliseconds to allocate two million small objects, best of three: the kind of work a build does
 * most, and the first to slow down when the host is busy (a pure arithmetic loop barely does).
 */
function checkMachine(): string {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const list: Array<{ i: number; s: string }> = [];
    for (let i = 0; i < 2e6; i++) list.push({ i, s: `x${i}` });
    times.push(performance.now() - t0);
    if (list.length !== 2e6) throw new Error('unreachable');
  }
  return `allocating 2M objects ${Math.min(...times).toFixed(0)} ms`;
}
