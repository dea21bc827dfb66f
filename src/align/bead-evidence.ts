// Measurements of one aligned bead, the inputs of its confidence: how well the lengths fit, how
// similar the two sides are, and how well the worst-covered unit is covered by the other side (a
// paragraph swallowed into a neighbour's bead shows up there); for an unaligned unit, how much of it
// the neighbouring pairs would cover.
import type { Bead } from './band.js';
import type { Features } from './features.js';
import { lengthCost, type CostParams } from './cost.js';
import { EMPTY_VEC, sparseAdd, sparseDot, type SparseVec } from './sparse.js';

export interface PairEvidence {
  kind: 'pair';
  /** Gale–Church probability of the length difference (1 = perfect fit). */
  lengthP: number;
  /** Pseudo-cosine of the two sides, 0..1. */
  similarity: number;
  /** Lowest coverage (0..1) of a unit with at least 3 content tokens by the other side. */
  weakest: number;
  /** Units in the bead (both sides). */
  units: number;
}

export interface NullEvidence {
  kind: 'null';
  /** Highest coverage (0..1) of the unaligned unit by any single unit of the neighbouring pairs. */
  neighbour: number;
  /** Content tokens of the unaligned unit(s). */
  size: number;
}

const sum = (vecs: readonly SparseVec[], a: number, b: number): SparseVec => {
  let v = EMPTY_VEC;
  for (let k = a; k < b; k++) v = sparseAdd(v, vecs[k]);
  return v;
};

/** Lexical similarity of German units [i0,i1) and English units [j0,j1). */
export function rangeSimilarity(f: Features, i0: number, i1: number, j0: number, j1: number): number {
  const proj = sum(f.de.proj, i0, i1);
  const own = sum(f.de.own, i0, i1);
  const en = sum(f.en.own, j0, j1);
  const nd = sparseDot(own, own);
  const ne = sparseDot(en, en);
  if (nd <= 0 || ne <= 0) return 0;
  return Math.min(1, sparseDot(proj, en) / Math.sqrt(nd * ne));
}

const cover = (cross: number, self: number): number => (self <= 0 ? 0 : Math.max(0, Math.min(1, cross / self)));

/** Evidence of a bead with both sides non-empty. */
export function pairEvidence(f: Features, b: Bead, ratio: number, params: CostParams): PairEvidence {
  let l1 = 0;
  let l2 = 0;
  for (let i = b.i0; i < b.i1; i++) l1 += f.de.len[i];
  for (let j = b.j0; j < b.j1; j++) l2 += f.en.len[j];
  const enSum = sum(f.en.own, b.j0, b.j1);
  const projSum = sum(f.de.proj, b.i0, b.i1);
  const covs: Array<[number, number]> = [];
  for (let i = b.i0; i < b.i1; i++) covs.push([cover(sparseDot(f.de.proj[i], enSum), sparseDot(f.de.own[i], f.de.own[i])), f.de.size[i]]);
  for (let j = b.j0; j < b.j1; j++) covs.push([cover(sparseDot(projSum, f.en.own[j]), sparseDot(f.en.own[j], f.en.own[j])), f.en.size[j]]);
  const substantial = covs.filter(([, size]) => size >= 3);
  const weakest = Math.min(...(substantial.length ? substantial : covs).map(([c]) => c));
  return {
    kind: 'pair',
    lengthP: Math.exp(-lengthCost(l1, l2, ratio, params.s2, params.relSpread)),
    similarity: rangeSimilarity(f, b.i0, b.i1, b.j0, b.j1),
    weakest,
    units: b.i1 - b.i0 + b.j1 - b.j0,
  };
}

/** Evidence of an unaligned (1:0 or 0:1) bead, given the beads before and after it. */
export function nullEvidence(f: Features, b: Bead, prev?: Bead, next?: Bead): NullEvidence {
  const de = b.i1 > b.i0;
  let neighbour = 0;
  for (const x of [prev, next]) {
    if (!x) continue;
    if (de) {
      const self = sparseDot(sum(f.de.own, b.i0, b.i1), sum(f.de.own, b.i0, b.i1));
      const proj = sum(f.de.proj, b.i0, b.i1);
      for (let j = x.j0; j < x.j1; j++) neighbour = Math.max(neighbour, cover(sparseDot(proj, f.en.own[j]), self));
    } else {
      const en = sum(f.en.own, b.j0, b.j1);
      const self = sparseDot(en, en);
      for (let i = x.i0; i < x.i1; i++) neighbour = Math.max(neighbour, cover(sparseDot(f.de.proj[i], en), self));
    }
  }
  let size = 0;
  for (let i = b.i0; i < b.i1; i++) size += f.de.size[i];
  for (let j = b.j0; j < b.j1; j++) size += f.en.size[j];
  return { kind: 'null', neighbour, size };
}
