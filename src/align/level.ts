// One resolution of the alignment problem: units (segments, or pairs of units at coarser levels) with
// their vectors, lengths and structure. `coarsenLevel` halves both sides for the coarse-to-fine band:
// coarse unit u covers units 2u and 2u+1 of the level below.
import { sparseAdd, sparseDot, type SparseVec } from './sparse.js';

export interface Level {
  nDe: number;
  nEn: number;
  deOwn: SparseVec[];
  deProj: SparseVec[];
  enOwn: SparseVec[];
  deLen: Float64Array;
  enLen: Float64Array;
  /** Content tokens per unit (how much lexical evidence the unit can give). */
  deSize: Float64Array;
  enSize: Float64Array;
  /** 1 when the unit ends with terminal punctuation (a sentence), 0 when not (a heading, a credit). */
  deTerminal: Uint8Array;
  enTerminal: Uint8Array;
  /**
   * The level is read backwards (margins.ts): a bead's last units, whose final punctuation the DP
   * compares, are then its first.
   */
  reversed?: boolean;
  /** 1 when a structural boundary follows the unit. */
  deBoundary: Uint8Array;
  enBoundary: Uint8Array;
  hasAnchors: boolean;
  /** Kind ids per unit (fine level only; -1 when unknown). Heading-like kinds have ids ≥ 1. */
  deKind?: Int32Array;
  enKind?: Int32Array;
  /**
   * Fine level only: the vectors weighted by where each token sits in its unit (features.ts), so that a
   * bead can check that its units' shared words come in the same order on both sides.
   */
  deProjPos?: SparseVec[];
  enPos?: SparseVec[];
}

function mergePairs<T>(xs: readonly T[], add: (a: T, b: T) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i += 2) out.push(i + 1 < xs.length ? add(xs[i], xs[i + 1]) : xs[i]);
  return out;
}

function mergeFlags(flags: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(flags.length / 2));
  for (let u = 0; u < out.length; u++) out[u] = flags[Math.min(flags.length - 1, 2 * u + 1)];
  return out;
}

function mergeLengths(len: Float64Array): Float64Array {
  const out = new Float64Array(Math.ceil(len.length / 2));
  for (let u = 0; u < out.length; u++) out[u] = len[2 * u] + (2 * u + 1 < len.length ? len[2 * u + 1] : 0);
  return out;
}

/** The level with every two consecutive units of each side merged into one. */
export function coarsenLevel(level: Level): Level {
  return {
    nDe: Math.ceil(level.nDe / 2),
    nEn: Math.ceil(level.nEn / 2),
    deOwn: mergePairs(level.deOwn, sparseAdd),
    deProj: mergePairs(level.deProj, sparseAdd),
    enOwn: mergePairs(level.enOwn, sparseAdd),
    deLen: mergeLengths(level.deLen),
    enLen: mergeLengths(level.enLen),
    deSize: mergeLengths(level.deSize),
    enSize: mergeLengths(level.enSize),
    deTerminal: mergeFlags(level.deTerminal),
    enTerminal: mergeFlags(level.enTerminal),
    deBoundary: mergeFlags(level.deBoundary),
    enBoundary: mergeFlags(level.enBoundary),
    hasAnchors: level.hasAnchors,
  };
}

/** Squared norm of every vector. */
export function selfNorms(vecs: readonly SparseVec[]): Float64Array {
  return Float64Array.from(vecs, (v) => sparseDot(v, v));
}
