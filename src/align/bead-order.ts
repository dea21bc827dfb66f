// Order inside a bead: in a 2:1 bead the first German unit's shared words should sit in the first part
// of the English unit and the second's in the rest (likewise for 1:n). Expects the cross band with its
// position sums (cross.ts); returns, per bead, how far its units' words sit from where their lengths put
// them, weighted by evidence mass and coverage. A headline attached to the wrong paragraph, or a merged
// sentence given to the wrong neighbour, shows up here without any dictionary: it is word order.
import type { CrossBand } from './cross.js';
import type { Level } from './level.js';

/** Disorder below this (as a share of the unit's length) is ordinary word-order difference, free. */
const ORDER_SLACK = 0.15;

export interface OrderInput {
  level: Level;
  cross: CrossBand;
  deSelf: Float64Array;
  enSelf: Float64Array;
  deMass: Float64Array;
  enMass: Float64Array;
}

export interface OrderCheck {
  /** Disorder of German units [a, i) inside English unit b. */
  germanIn(a: number, i: number, b: number): number;
  /** Disorder of English units [b, j) inside German unit a. */
  englishIn(a: number, b: number, j: number): number;
}

/** The order check of one DP level, or null when the level has no position sums (coarse levels). */
export function createOrderCheck(x: OrderInput): OrderCheck | null {
  const { level, cross, deSelf, enSelf, deMass, enMass } = x;
  const posEn = cross.posEn;
  const posDe = cross.posDe;
  if (!posEn || !posDe) return null;
  const { lo, hi, off, val } = cross;
  const dot = (a: number, b: number): number => (b < lo[a] || b >= hi[a] ? 0 : val[off[a] + b - lo[a]]);
  /** Mean place (0 … 1) of the shared words, from a position-weighted sum; −1 when nothing is shared. */
  const place = (arr: Float64Array, a: number, b: number): number => {
    if (b < lo[a] || b >= hi[a]) return -1;
    const k = off[a] + b - lo[a];
    return val[k] > 0 ? arr[k] / val[k] : -1;
  };
  const deCum = new Float64Array(level.nDe + 1);
  for (let a = 0; a < level.nDe; a++) deCum[a + 1] = deCum[a] + level.deLen[a];
  const enCum = new Float64Array(level.nEn + 1);
  for (let b = 0; b < level.nEn; b++) enCum[b + 1] = enCum[b] + level.enLen[b];
  return {
    germanIn(a, i, b) {
      const total = deCum[i] - deCum[a];
      if (total <= 0) return 0;
      let s = 0;
      for (let u = a; u < i; u++) {
        const at = place(posEn, u, b);
        if (at < 0 || deSelf[u] <= 0) continue;
        const expected = (deCum[u] - deCum[a] + level.deLen[u] / 2) / total;
        const miss = Math.abs(at - expected) - ORDER_SLACK;
        if (miss > 0) s += deMass[u] * Math.min(1, dot(u, b) / deSelf[u]) * miss;
      }
      return s;
    },
    englishIn(a, b, j) {
      const total = enCum[j] - enCum[b];
      if (total <= 0) return 0;
      let s = 0;
      for (let v = b; v < j; v++) {
        const at = place(posDe, a, v);
        if (at < 0 || enSelf[v] <= 0) continue;
        const expected = (enCum[v] - enCum[b] + level.enLen[v] / 2) / total;
        const miss = Math.abs(at - expected) - ORDER_SLACK;
        if (miss > 0) s += enMass[v] * Math.min(1, dot(a, v) / enSelf[v]) * miss;
      }
      return s;
    },
  };
}
