// Alignment benchmark: a disturbed German/English document pair of 1k, 5k and 10k sentences (public
// sentences from ../shared: NTREX-128, FLORES-200, WMT20 split into sentences), aligned with the
// banded coarse-to-fine DP and, as the named baseline, the full (unbanded) DP in the same run. Each
// measurement runs in its own process so that peak memory (max RSS) is its own; each process first
// aligns a 1000-sentence pair untimed, so the figures are the aligner's, not JIT and start-up.
// Usage: node src/cli/run-ts.js bench/align.ts [--sizes 1000,5000,10000] [--full-sizes 1000,2000]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { alignSegments } from '../src/align/index.js';
import { disturb, loadCorpora, SENTENCE_MIX, type ParallelDoc } from './eval-align/cases.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const shared = path.resolve(root, '../shared');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    'full-sizes': { type: 'string', default: '1000,2000' },
    child: { type: 'string' },
  },
});

/** The test pair with `n` German sentences: public sentence pairs in order, disturbed from seed 99. */
function buildPair(n: number): { de: string[]; en: string[] } | null {
  const corpora = loadCorpora(shared);
  if (!corpora) return null;
  const split = (s: string) => s.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ„"«])/);
  const wmt: ParallelDoc[] = corpora.wmt.map((d) => ({ id: d.id, de: d.de.flatMap(split), en: d.en.flatMap(split) })).filter((d) => d.de.length === d.en.length);
  const pool = [...corpora.ntrex, ...corpora.flores, ...wmt];
  const de: string[] = [];
  const en: string[] = [];
  for (let k = 0; de.length < n; k++) {
    const d = pool[k % pool.length];
    de.push(...d.de);
    en.push(...d.en);
  }
  const c = disturb('bench', { id: `bench-${n}`, de: de.slice(0, n), en: en.slice(0, n) }, pool, 99, SENTENCE_MIX, true);
  return { de: c.de, en: c.en };
}

interface Measure {
  n: number;
  mode: string;
  nDe: number;
  nEn: number;
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  cells: number;
  pairs: number;
  beads?: string[];
}

// Child: build the pair, align once (or not at all for the "base" memory reading), report as JSON.
if (values.child) {
  const [n, mode] = values.child.split(':');
  const pair = buildPair(Number(n));
  if (!pair) process.exit(3);
  let cells = 0;
  // warm-up (JIT, word list) on a small pair, so the timed run measures the aligner, not start-up
  if (mode !== 'base') alignSegments(pair.de.slice(0, 1000), pair.en.slice(0, 1000));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const pairs = mode === 'base' ? [] : alignSegments(pair.de, pair.en, { band: mode === 'full' ? Infinity : 10 }, { onLevel: (l) => { cells += l.cells; } });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const out: Measure = {
    n: Number(n), mode, nDe: pair.de.length, nEn: pair.en.length, ms, cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024, cells, pairs: pairs.length,
    ...(Number(n) <= 2000 ? { beads: pairs.map((p) => `${p.de.join(',')}|${p.en.join(',')}`) } : {}),
  };
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

function measure(n: number, mode: string): Measure | null {
  const res = spawnSync(process.execPath, [path.join(root, 'src/cli/run-ts.js'), fileURLToPath(import.meta.url), '--child', `${n}:${mode}`], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (res.status === 3) return null;
  if (res.status !== 0) throw new Error(`bench child ${n}:${mode} failed (${res.status}): ${res.stderr}`);
  return JSON.parse(res.stdout) as Measure;
}

const sizes = String(values.sizes).split(',').map(Number);
const fullSizes = String(values['full-sizes']).split(',').filter(Boolean).map(Number);
const base = measure(Math.max(...sizes), 'base');
if (!base) {
  console.log(`bench/align: skipped, ${shared}/data/parallel-de-en not found`);
  process.exit(0);
}
const rows: string[][] = [];
const banded = new Map<number, Measure>();
const full = new Map<number, Measure>();
for (const n of [...new Set([...sizes, ...fullSizes])].sort((a, b) => a - b)) {
  const b = measure(n, 'band') as Measure;
  banded.set(n, b);
  if (fullSizes.includes(n)) full.set(n, measure(n, 'full') as Measure);
}
const f1 = (x: number) => x.toFixed(1);
for (const [n, b] of banded) {
  const f = full.get(n);
  const agree = f && b.beads && f.beads ? b.beads.filter((k) => new Set(f.beads).has(k)).length / Math.max(b.beads.length, f.beads.length) : undefined;
  rows.push([
    String(n), `${b.nDe}×${b.nEn}`,
    (b.ms / 1000).toFixed(2), (b.cpuMs / 1000).toFixed(2), f1(b.maxRssMb), String(b.cells),
    f ? (f.ms / 1000).toFixed(2) : '—', f ? f1(f.maxRssMb) : '—', f ? String(f.cells) : '—',
    f ? `${(f.ms / b.ms).toFixed(1)}×` : '—', agree === undefined ? '—' : `${(agree * 100).toFixed(1)}%`,
  ]);
}
const head = ['sentences', 'DE×EN', 'banded s', 'banded CPU s', 'banded max RSS MB', 'banded DP cells', 'full s', 'full max RSS MB', 'full DP cells', 'full / banded time', 'same beads'];
const w = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
console.log(`\nalign: banded coarse-to-fine DP vs full DP (baseline), one process per run; base process (corpus loaded, no alignment): ${f1(base.maxRssMb)} MB max RSS\n`);
console.log(`| ${head.map((h, c) => h.padEnd(w[c])).join(' | ')} |`);
console.log(`|${w.map((x) => '-'.repeat(x + 2)).join('|')}|`);
for (const r of rows) console.log(`| ${r.map((x, c) => x.padStart(w[c])).join(' | ')} |`);
const ns = [...banded.keys()];
if (ns.length >= 2) {
  const [a, z] = [ns[0], ns[ns.length - 1]];
  const growth = banded.get(z)!.ms / banded.get(a)!.ms;
  console.log(`\ngrowth ${a} → ${z} sentences (×${z / a}): banded time ×${growth.toFixed(1)} (linear would be ×${z / a}, quadratic ×${(z / a) ** 2})`);
}
const fs2 = [...full.keys()];
if (fs2.length >= 2) {
  const [a, z] = [fs2[0], fs2[fs2.length - 1]];
  const k = full.get(z)!.ms / z ** 2;
  console.log(`full DP grows ×${(full.get(z)!.ms / full.get(a)!.ms).toFixed(1)} from ${a} to ${z}; at that rate 10k sentences would take ~${((k * 1e8) / 1000).toFixed(0)} s (not run: its cost matrix alone needs ${((1e8 * 18) / 2 ** 20).toFixed(0)} MB)`);
}
