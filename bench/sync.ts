// The diff `diglot sync --dry-run` prints, on the resource of a 5 MB article (120,000 keys, 12 MB of
// JSON): a new resource, 5 % of the English edited, every value rewritten. Baseline: GNU `diff -u` on
// the same two files, same run (skipped when diff is not installed). Memory: heap growth of diglot's
// linear-space diff; the previous full-trace Myers kept D × (2(N+M)+3) Int32 values, printed as the
// estimate it would have needed. Run: node src/cli/run-ts.js bench/sync.ts (or npm run bench -- sync)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffLines, unifiedDiff } from '../src/sync/line-diff.js';
import { mulberry32 } from './lib/data.js';

const N = 120_000;
const random = mulberry32(11);
const before = Array.from({ length: N }, (_, i) => `  "Der Bundesrat hat am ${i}. Tag über das Geschäft ${Math.floor(random() * 1e6)} entschieden.": "The Federal Council decided on business ${i} on day ${i}.",`);
const edited = before.map((l, i) => (i % 20 === 0 ? l.replace('decided', 'ruled') : l));
const rewritten = before.map((l) => l.replace('The Federal Council', 'Switzerland’s government'));
const text = (lines: string[]) => `{\n${lines.join('\n')}\n}\n`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-bench-sync-'));
const gc = (globalThis as { gc?: () => void }).gc;

function measure(name: string, a: string | null, b: string): void {
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const diff = unifiedDiff('locales/en/gross.json', a, b);
  const ms = performance.now() - t0;
  const heap = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;
  // the edit distance D the previous implementation's trace grew with
  const la = a === null ? [] : a.split('\n');
  const lb = b.split('\n');
  const d = diffLines(la, lb).filter((o) => o.op !== ' ').length;
  const traceGiB = (d * (2 * (la.length + lb.length) + 3) * 4) / 1024 ** 3;
  fs.writeFileSync(path.join(dir, 'a.json'), a ?? '');
  fs.writeFileSync(path.join(dir, 'b.json'), b);
  const g0 = performance.now();
  const gnu = spawnSync('diff', ['-u', a === null ? '/dev/null' : path.join(dir, 'a.json'), path.join(dir, 'b.json')], { maxBuffer: 1 << 30 });
  const gms = performance.now() - g0;
  const base = gnu.error ? 'n/a (no diff)' : `${gms.toFixed(0)} ms`;
  const ratio = gnu.error ? '—' : `${(ms / gms).toFixed(1)}×`;
  console.log(`| ${name} | ${d} | ${ms.toFixed(0)} ms | ${heap.toFixed(0)} MiB (diff ${(diff.length / 1024 / 1024).toFixed(1)} MiB) | ${traceGiB.toFixed(1)} GiB | ${base} | ${ratio} |`);
}

console.log(`sync diff: resource of ${N} keys (${(text(before).length / 1024 / 1024).toFixed(1)} MiB), baseline GNU diff -u in the same run`);
console.log('| case | edit lines D | diglot | heap growth | previous full trace (estimate) | GNU diff -u | diglot ÷ GNU |');
console.log('|---|---|---|---|---|---|---|');
measure('new resource', null, text(before));
measure('5 % of values edited', text(before), text(edited));
measure('every value rewritten', text(before), text(rewritten));
fs.rmSync(dir, { recursive: true, force: true });
