// How sure the DP is of each boundary on its path: the best path forced through a nearby cell
// instead costs this much more (min-marginals from a forward and a backward pass; the backward pass
// is the same DP run on both sequences reversed). A bead is as sure as its less sure end.
import type { Band, Bead } from './band.js';
import { computeCross } from './cross.js';
import type { CostParams } from './cost.js';
import { cellCost, fillDp, type DpTable } from './dp.js';
import { selfNorms, type Level } from './level.js';
import { sparseAdd, sparseScale } from './sparse.js';

const rev = <T>(xs: readonly T[]): T[] => [...xs].reverse();

/** The level with both sequences reversed (boundaries move with their units). */
export function reverseLevel(level: Level): Level {
  const flip = (flags: Uint8Array): Uint8Array => {
    const out = new Uint8Array(flags.length);
    // a boundary after unit a lies before unit a+1, i.e. after reversed unit len-2-a
    for (let a = 0; a + 1 < flags.length; a++) out[flags.length - 2 - a] = flags[a];
    return out;
  };
  return {
    nDe: level.nDe,
    nEn: level.nEn,
    deOwn: rev(level.deOwn),
    deProj: rev(level.deProj),
    enOwn: rev(level.enOwn),
    deLen: Float64Array.from(rev([...level.deLen])),
    enLen: Float64Array.from(rev([...level.enLen])),
    deSize: Float64Array.from(rev([...level.deSize])),
    enSize: Float64Array.from(rev([...level.enSize])),
    deTerminal: Uint8Array.from(rev([...level.deTerminal])),
    enTerminal: Uint8Array.from(rev([...level.enTerminal])),
    reversed: !level.reversed,
    deBoundary: flip(level.deBoundary),
    enBoundary: flip(level.enBoundary),
    hasAnchors: level.hasAnchors,
    ...(level.deKind ? { deKind: Int32Array.from(rev([...level.deKind])) } : {}),
    ...(level.enKind ? { enKind: Int32Array.from(rev([...level.enKind])) } : {}),
    // a unit read backwards: a token at place p sits at 1 − p
    ...(level.deProjPos ? { deProjPos: rev(level.deProjPos.map((v, a) => sparseAdd(level.deProj[a], sparseScale(v, -1)))) } : {}),
    ...(level.enPos ? { enPos: rev(level.enPos.map((v, b) => sparseAdd(level.enOwn[b], sparseScale(v, -1)))) } : {}),
  };
}

function reverseBand(band: Band, n: number, m: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = m - band.hi[n - i];
    hi[i] = m - band.lo[n - i];
  }
  return { lo, hi };
}

/** Margin (cost units, ≥ 0; Infinity at the document ends) of each bead of the path. */
export function pathMargins(level: Level, forward: DpTable, beads: readonly Bead[], ratio: number, params: CostParams, maxBead: number): number[] {
  const { nDe: n, nEn: m } = level;
  const rl = reverseLevel(level);
  const rb = reverseBand(forward.band, n, m);
  const backward = fillDp({ level: rl, band: rb, cross: computeCross(rl, rb, maxBead), deSelf: selfNorms(rl.deOwn), enSelf: selfNorms(rl.enOwn), maxBead, ratio, params });
  const best = cellCost(forward, n, m);
  const through = (i: number, j: number): number => cellCost(forward, i, j) + cellCost(backward, n - i, m - j);
  // cells on the path itself are not alternatives
  const onPath = new Set<number>([0]);
  for (const b of beads) onPath.add(b.i1 * (m + 1) + b.j1);
  const margin = (i: number, j: number): number => {
    if ((i === 0 && j === 0) || (i === n && j === m)) return Infinity;
    let alt = Infinity;
    for (let di = -2; di <= 2; di++) {
      for (let dj = -2; dj <= 2; dj++) {
        const x = i + di;
        const y = j + dj;
        if (x >= 0 && x <= n && y >= 0 && y <= m && !onPath.has(x * (m + 1) + y)) alt = Math.min(alt, through(x, y));
      }
    }
    return Math.max(0, alt - best);
  };
  const ends = new Map<string, number>();
  const at = (i: number, j: number): number => {
    const k = `${i},${j}`;
    let v = ends.get(k);
    if (v === undefined) {
      v = margin(i, j);
      ends.set(k, v);
    }
    return v;
  };
  return beads.map((b) => Math.min(at(b.i0, b.j0), at(b.i1, b.j1)));
}
