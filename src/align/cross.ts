// Cross similarities inside the band: for German unit a and English unit b near the band, the dot
// product of a's projection into the English key space with b's vector. Computed through an
// inverted index of the English side, so only pairs sharing a key cost anything.
import type { Band } from './band.js';
import type { Level } from './level.js';

export interface CrossBand {
  /** German unit a has values for English units [lo[a], hi[a]). */
  lo: Int32Array;
  hi: Int32Array;
  off: Int32Array;
  val: Float64Array;
  /**
   * With position vectors (fine level): the same dot products with the English (posEn) or the German
   * (posDe) side weighted by token place, so posEn/val is where a's words sit in b, posDe/val where b's
   * words sit in a (0 start … 1 end).
   */
  posEn?: Float64Array;
  posDe?: Float64Array;
}

/** D(a, b), 0 outside the stored window. */
export function crossAt(c: CrossBand, a: number, b: number): number {
  if (b < c.lo[a] || b >= c.hi[a]) return 0;
  return c.val[c.off[a] + b - c.lo[a]];
}

/** Computes D for every German unit over the English units any bead through the band can reach. */
export function computeCross(level: Level, band: Band, maxBead: number): CrossBand {
  const { nDe, nEn } = level;
  const lo = new Int32Array(nDe);
  const hi = new Int32Array(nDe);
  const off = new Int32Array(nDe + 1);
  for (let a = 0; a < nDe; a++) {
    lo[a] = Math.max(0, band.lo[Math.max(0, a - maxBead + 1)] - 1);
    hi[a] = Math.min(nEn, band.hi[a + 1] + 3);
    off[a + 1] = off[a] + Math.max(0, hi[a] - lo[a]);
  }
  const val = new Float64Array(off[nDe]);
  const withPos = level.enPos !== undefined && level.deProjPos !== undefined;
  const posEn = withPos ? new Float64Array(off[nDe]) : undefined;
  const posDe = withPos ? new Float64Array(off[nDe]) : undefined;
  // inverted index of the English side: key → (unit, value), units ascending (counting sort by key)
  let keys = 0;
  for (const v of level.enOwn) if (v.idx.length) keys = Math.max(keys, v.idx[v.idx.length - 1] + 1);
  for (const v of level.deProj) if (v.idx.length) keys = Math.max(keys, v.idx[v.idx.length - 1] + 1);
  const start = new Int32Array(keys + 1);
  for (const v of level.enOwn) for (let k = 0; k < v.idx.length; k++) start[v.idx[k] + 1]++;
  for (let k = 0; k < keys; k++) start[k + 1] += start[k];
  const fill = start.slice(0, keys);
  const postUnit = new Int32Array(start[keys]);
  const postVal = new Float64Array(start[keys]);
  const postPos = withPos ? new Float64Array(start[keys]) : undefined;
  level.enOwn.forEach((v, b) => {
    const pv = level.enPos?.[b];
    for (let k = 0; k < v.idx.length; k++) {
      const q = fill[v.idx[k]]++;
      postUnit[q] = b;
      postVal[q] = v.val[k];
      // the position vector has the same keys in the same order (every token has a place > 0)
      if (postPos && pv) postPos[q] = pv.val[k];
    }
  });
  for (let a = 0; a < nDe; a++) {
    const p = level.deProj[a];
    const pp = level.deProjPos?.[a];
    const base = off[a] - lo[a];
    const loA = lo[a];
    const hiA = hi[a];
    for (let k = 0; k < p.idx.length; k++) {
      const key = p.idx[k];
      let l = start[key];
      const end = start[key + 1];
      if (l === end) continue;
      // first posting at or after lo[a]
      let r = end;
      while (l < r) {
        const mid = (l + r) >> 1;
        if (postUnit[mid] < loA) l = mid + 1;
        else r = mid;
      }
      const x = p.val[k];
      if (posEn && posDe && postPos && pp) {
        const xp = pp.val[k];
        for (let q = l; q < end && postUnit[q] < hiA; q++) {
          val[base + postUnit[q]] += x * postVal[q];
          posEn[base + postUnit[q]] += x * postPos[q];
          posDe[base + postUnit[q]] += xp * postVal[q];
        }
      } else for (let q = l; q < end && postUnit[q] < hiA; q++) val[base + postUnit[q]] += x * postVal[q];
    }
  }
  return { lo, hi, off, val, ...(posEn && posDe ? { posEn, posDe } : {}) };
}
