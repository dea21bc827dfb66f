// Baseline for the alignment evaluation (not part of the product): Gale & Church (1993), "A Program
// for Aligning Sentences in Bilingual Corpora". Character lengths only; bead priors of the paper's
// Table 5 (1:1 .89, 1:0 and 0:1 .0099, 2:1 and 1:2 .089, 2:2 .011); match cost from its Appendix:
// z = (c·l1 − l2) / sqrt(s²·(l1 + l2/c)/2), P = 2(1 − Φ(|z|)), c = 1, s² = 6.8. Full (unbanded) DP.

const BEADS: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 0.89],
  [1, 0, 0.0099],
  [0, 1, 0.0099],
  [2, 1, 0.089],
  [1, 2, 0.089],
  [2, 2, 0.011],
];

function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly = -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
    + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) + poly;
}

function matchCost(l1: number, l2: number): number {
  if (l1 === 0 && l2 === 0) return 0;
  const mean = (l1 + l2) / 2;
  const z = Math.abs((l1 - l2) / Math.sqrt(6.8 * mean));
  return Math.max(0, -logErfc(z / Math.SQRT2));
}

export interface GcBead {
  de: number[];
  en: number[];
}

/** Aligns two lists of segments by their character lengths. */
export function galeChurch(de: readonly string[], en: readonly string[]): GcBead[] {
  const n = de.length;
  const m = en.length;
  const W = m + 1;
  const cost = new Float64Array((n + 1) * W).fill(Infinity);
  const back = new Int8Array((n + 1) * W).fill(-1);
  const ps = [0];
  for (const s of de) ps.push(ps[ps.length - 1] + s.length);
  const pt = [0];
  for (const s of en) pt.push(pt[pt.length - 1] + s.length);
  const penalty = BEADS.map(([, , prior]) => -Math.log(prior));
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let arg = -1;
      BEADS.forEach(([di, dj], b) => {
        if (i < di || j < dj) return;
        const prev = cost[(i - di) * W + (j - dj)];
        if (prev === Infinity) return;
        const c = prev + penalty[b] + matchCost(ps[i] - ps[i - di], pt[j] - pt[j - dj]);
        if (c < best) {
          best = c;
          arg = b;
        }
      });
      cost[i * W + j] = best;
      back[i * W + j] = arg;
    }
  }
  const beads: GcBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [di, dj] = BEADS[back[i * W + j]];
    beads.push({ de: Array.from({ length: di }, (_, k) => i - di + k), en: Array.from({ length: dj }, (_, k) => j - dj + k) });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}
