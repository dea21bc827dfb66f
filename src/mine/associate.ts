// Association of two events over N aligned pairs, from the 2×2 contingency counts: Dice (how
// consistently they occur together) and the log-likelihood ratio G² (how unlikely by chance).

/** Dice coefficient 2·c(x,y) / (c(x) + c(y)). */
export function dice(both: number, x: number, y: number): number {
  return x + y === 0 ? 0 : (2 * both) / (x + y);
}

const xlogx = (k: number): number => (k > 0 ? k * Math.log(k) : 0);

/** Dunning's G² for a 2×2 table of `both`, `x` only, `y` only, neither (out of `n`). */
export function logLikelihood(both: number, x: number, y: number, n: number): number {
  const k11 = both;
  const k12 = x - both;
  const k21 = y - both;
  const k22 = n - x - y + both;
  if (k12 < 0 || k21 < 0 || k22 < 0) return 0;
  const g = 2 * (xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22) - xlogx(k11 + k12) - xlogx(k21 + k22) - xlogx(k11 + k21) - xlogx(k12 + k22) + xlogx(n));
  return Math.max(0, g);
}
