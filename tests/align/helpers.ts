// Shared helpers of the aligner tests: in-process CLI runs with captured streams, fixture paths,
// temporary project copies, and the strict bead F1 used to judge alignments against gold.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const sharedDir = path.resolve(projectRoot, '../shared');
export const fixture = (...p: string[]): string => path.join(projectRoot, 'tests/fixtures/align', ...p);

export async function runAlign(argv: string[], cwd = projectRoot): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['align', ...argv], {
    stdin: Readable.from(['']),
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; } },
    cwd,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary copy of a fixture directory. */
export function tempCopy(dir: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-align-'));
  fs.cpSync(dir, to, { recursive: true });
  return to;
}

export interface GoldBead {
  de: number[];
  en: number[];
}

const key = (b: GoldBead): string => `${b.de.join(',')}|${b.en.join(',')}`;

/** Strict bead F1: a predicted bead counts only when identical to a gold bead. */
export function strictF1(gold: readonly GoldBead[], pred: readonly GoldBead[]): number {
  const G = new Set(gold.map(key));
  const tp = pred.filter((p) => G.has(key(p))).length;
  const prec = pred.length ? tp / pred.length : 1;
  const rec = gold.length ? tp / gold.length : 1;
  return prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
}

/** Checks the pair invariants: every index of both sides once, contiguous per pair, monotone. */
export function checkCoverage(pairs: readonly GoldBead[], nDe: number, nEn: number): string | null {
  for (const side of ['de', 'en'] as const) {
    const n = side === 'de' ? nDe : nEn;
    const seen = new Array<number>(n).fill(0);
    let last = -1;
    for (const p of pairs) {
      const xs = p[side];
      for (let k = 0; k < xs.length; k++) {
        if (xs[k] < 0 || xs[k] >= n) return `${side} index ${xs[k]} out of range`;
        if (k && xs[k] !== xs[k - 1] + 1) return `${side} indices not contiguous in ${key(p)}`;
        seen[xs[k]]++;
      }
      if (xs.length) {
        if (xs[0] <= last) return `${side} not monotone at ${key(p)}`;
        last = xs[xs.length - 1];
      }
    }
    const bad = seen.findIndex((c) => c !== 1);
    if (bad >= 0) return `${side} index ${bad} covered ${seen[bad]} times`;
  }
  return null;
}
