// The bead cost model: Gale–Church length cost, lexical similarity, shape priors and structure
// penalties, with the weights in one object so the evaluation can report exactly what ran.

export interface CostParams {
  /** Cost of leaving one unit unaligned (1:0 or 0:1). */
  nullCost: number;
  /** Weight of the Gale–Church length cost. */
  wLen: number;
  /** Weight of the lexical cost (simRef − similarity), per side-averaged unit count of the bead. */
  wLex: number;
  /** Log-shape of the coverage cost, log((simRef+covEps)/(c+covEps)); 0 = linear simRef − c. */
  covEps: number;
  /** Evidence mass of a unit = (content tokens)^sizeExp: 0 ignores size, 1 counts every token. */
  sizeExp: number;
  /** Similarity at which the lexical evidence is neutral: above it a bead is rewarded, below it penalised. */
  simRef: number;
  /** Shape priors (−log probability): 1:1, 2:1 and 1:2, 2:2; n:1 beyond 2 adds `priorStep` per unit. */
  prior11: number;
  prior21: number;
  prior22: number;
  priorStep: number;
  /** Penalty per structural boundary a bead crosses. */
  wCross: number;
  /** Penalty when a bead ends on a boundary on one side only. */
  wMismatch: number;
  /** Penalty per unit whose block kind differs from the other side's (heading vs paragraph). */
  wKind: number;

  /** Gale–Church variance per character. */
  s2: number;
  /**
   * Relative length spread added to Gale–Church's variance: translations of long paragraphs vary by a
   * share of their length, not by the square root of it as the per-character model assumes.
   */
  relSpread: number;
  /**
   * Per-document scale of simRef and covEps on each side (calibrate.ts): 1 where the evidence is as rich
   * as with the word list, lower where only pair-independent evidence exists. Absent: 1.
   */
  coverageScale?: { de: number; en: number; zeroDe?: number; zeroEn?: number };
  /** Weight of the order check inside n:1 and 1:n beads (the first unit's words early, the last's late). */
  wOrder: number;
  /** How fast the zero-coverage cost falls with the share of units that share nothing (calibrate.ts). */
  zeroWeight: number;
  /**
   * Penalty when the last units of a bead disagree on final punctuation: one side ends a sentence, the
   * other ends like a heading (a heading merged into the other side's paragraph shows up here).
   */
  wEnd: number;
}

export const DEFAULT_COST: CostParams = {
  nullCost: 2,
  wLen: 0.8,
  wLex: 0.9,
  simRef: 0.35,
  sizeExp: 0.5,
  covEps: 0.12,
  prior11: 0.12,
  prior21: 2,
  prior22: 6,
  priorStep: 2,
  wCross: 3,
  wMismatch: 1.5,
  wKind: 3,
  s2: 6.8,
  relSpread: 0,
  zeroWeight: 8,
  wOrder: 2,
  wEnd: 1.5,
};

/** log(erfc(x)) for x ≥ 0 (Numerical Recipes' erfcc, in log space so tails never underflow). */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly = -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
    + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) + poly;
}

/**
 * Gale–Church: −log P(length difference | match) for a German length `l1` and English length `l2`
 * (characters), where `ratio` is the expected English characters per German character; `relSpread`
 * widens the variance for long segments (0 = the original model).
 */
export function lengthCost(l1: number, l2: number, ratio: number, s2: number, relSpread = 0): number {
  if (l1 === 0 && l2 === 0) return 0;
  const mean = Math.max((l1 + l2 / ratio) / 2, 1);
  const z = Math.abs((ratio * l1 - l2) / Math.sqrt(s2 * mean + (relSpread * mean) ** 2));
  return Math.max(0, -logErfc(z / Math.SQRT2));
}

/** Prior cost of a bead with `di` German and `dj` English units (both ≥ 1). */
export function shapePrior(di: number, dj: number, p: CostParams): number {
  const big = Math.max(di, dj);
  const small = Math.min(di, dj);
  if (small === 1) return big === 1 ? p.prior11 : p.prior21 + (big - 2) * p.priorStep;
  return p.prior22 + (big + small - 4) * p.priorStep;
}
