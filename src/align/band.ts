// The DP band: for every German row i, the English columns [lo[i], hi[i]] (inclusive) the DP may visit.
// Either the full matrix, or a corridor of half-width `w` around a path found at the coarser level
// (coarse unit u = units 2u, 2u+1), which makes the DP cost linear in the document length.

export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/** A bead in unit coordinates: German units [i0, i1), English units [j0, j1). */
export interface Bead {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

/** The whole (n+1) × (m+1) matrix. */
export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/** Number of DP cells in a band. */
export function bandCells(band: Band): number {
  let s = 0;
  for (let i = 0; i < band.lo.length; i++) s += band.hi[i] - band.lo[i] + 1;
  return s;
}

/**
 * Projects a path onto a level with n × m units and widens it by `w` units in both directions; `scale`
 * is 2 for a path of the coarser level, 1 for a path of this level (a second pass).
 */
export function bandAroundPath(coarse: readonly Bead[], n: number, m: number, w: number, scale = 2): Band {
  const pathLo = new Int32Array(n + 1).fill(m);
  const pathHi = new Int32Array(n + 1).fill(0);
  for (const b of coarse) {
    const i0 = Math.min(n, scale * b.i0);
    const i1 = Math.min(n, scale * b.i1);
    const j0 = Math.min(m, scale * b.j0);
    const j1 = Math.min(m, scale * b.j1);
    for (let i = i0; i <= i1; i++) {
      if (j0 < pathLo[i]) pathLo[i] = j0;
      if (j1 > pathHi[i]) pathHi[i] = j1;
    }
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    let a = m;
    let z = 0;
    for (let k = Math.max(0, i - w); k <= Math.min(n, i + w); k++) {
      if (pathLo[k] < a) a = pathLo[k];
      if (pathHi[k] > z) z = pathHi[k];
    }
    lo[i] = Math.max(0, a - w);
    hi[i] = Math.min(m, z + w);
  }
  lo[0] = 0;
  hi[n] = m;
  for (let i = n - 1; i >= 0; i--) if (lo[i + 1] < lo[i]) lo[i] = lo[i + 1];
  for (let i = 1; i <= n; i++) if (hi[i - 1] > hi[i]) hi[i] = hi[i - 1];
  for (let i = 0; i <= n; i++) if (hi[i] < lo[i]) hi[i] = lo[i];
  return { lo, hi };
}
