// Sparse vectors over integer ids (sorted ids, parallel values): build, add and dot, the only
// operations the similarity needs. Sums stay exact, so merged segments behave like their concatenation.

export interface SparseVec {
  idx: Int32Array;
  val: Float64Array;
}

export const EMPTY_VEC: SparseVec = { idx: new Int32Array(0), val: new Float64Array(0) };

/** Builds a vector from an id → value map (zero values dropped). */
export function sparseFromMap(map: ReadonlyMap<number, number>): SparseVec {
  const ids = [...map.keys()].filter((k) => map.get(k) !== 0).sort((a, b) => a - b);
  const idx = new Int32Array(ids.length);
  const val = new Float64Array(ids.length);
  ids.forEach((k, i) => {
    idx[i] = k;
    val[i] = map.get(k) as number;
  });
  return { idx, val };
}

/** a + b. */
export function sparseAdd(a: SparseVec, b: SparseVec): SparseVec {
  const idx = new Int32Array(a.idx.length + b.idx.length);
  const val = new Float64Array(idx.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.idx.length || j < b.idx.length) {
    if (j >= b.idx.length || (i < a.idx.length && a.idx[i] < b.idx[j])) {
      idx[k] = a.idx[i];
      val[k++] = a.val[i++];
    } else if (i >= a.idx.length || b.idx[j] < a.idx[i]) {
      idx[k] = b.idx[j];
      val[k++] = b.val[j++];
    } else {
      idx[k] = a.idx[i];
      val[k++] = a.val[i++] + b.val[j++];
    }
  }
  return { idx: idx.slice(0, k), val: val.slice(0, k) };
}

/** a · b. */
export function sparseDot(a: SparseVec, b: SparseVec): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.idx.length && j < b.idx.length) {
    const x = a.idx[i];
    const y = b.idx[j];
    if (x === y) s += a.val[i++] * b.val[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** k · a. */
export function sparseScale(a: SparseVec, k: number): SparseVec {
  return { idx: a.idx, val: a.val.map((x) => x * k) };
}
