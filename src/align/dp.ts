// The alignment DP over a band: beads 1:0, 0:1, n:1 and 1:n up to `maxBead`, 2:2; each bead's cost
// combines the shape prior, the Gale–Church length cost, the lexical coverage of every unit by the
// other side of its bead, and structure/kind penalties. Returns the cheapest monotone path as beads.
// Written for speed (typed arrays, no allocation per cell): this loop is the aligner's hot path.
import type { Band, Bead } from './band.js';
import type { CrossBand } from './cross.js';
import { lengthCost, shapePrior, type CostParams } from './cost.js';
import type { Level } from './level.js';
import { createOrderCheck } from './bead-order.js';

export interface DpInput {
  level: Level;
  band: Band;
  cross: CrossBand;
  /** Squared norm of every unit's own vector, per side. */
  deSelf: Float64Array;
  enSelf: Float64Array;
  maxBead: number;
  /** Expected English characters per German character. */
  ratio: number;
  params: CostParams;
}

/**
 * How much of a unit's content the other side of its bead covers: the cross dot product over the unit's
 * own squared norm, capped at 1. A unit without content words is neutral, so it may join any bead.
 */
export function coverage(cross: number, self: number, neutral: number): number {
  if (self <= 0) return neutral;
  return cross <= 0 ? 0 : Math.min(1, cross / self);
}

/**
 * A bead already too long on its multi-unit side by this much length cost is not grown further:
 * every further unit makes the length worse and costs another shape step.
 */
const PRUNE_LENGTH = 10;

/** Share of units without any shared key at which the word-list evidence was tuned (near none). */
const ZERO_SHARE_TUNED = 0.02;

/** The filled DP table: best cost of aligning the first i German and j English units, per band cell. */
export interface DpTable {
  band: Band;
  rowOff: Int32Array;
  cost: Float64Array;
  backDi: Uint8Array;
  backDj: Uint8Array;
}

/** Cost of cell (i, j), Infinity outside the band. */
export function cellCost(t: DpTable, i: number, j: number): number {
  if (i < 0 || i >= t.band.lo.length || j < t.band.lo[i] || j > t.band.hi[i]) return Infinity;
  return t.cost[t.rowOff[i] + j - t.band.lo[i]];
}

/** Runs the DP; returns the beads of the best path in order. */
export function runDp(input: DpInput): Bead[] {
  return backtrack(fillDp(input), input.level.nDe, input.level.nEn);
}

/** Fills the DP table. */
export function fillDp(input: DpInput): DpTable {
  const { level, band, cross, deSelf, enSelf, maxBead, ratio, params: p } = input;
  const { nDe: n, nEn: m, deLen, enLen } = level;
  const half = p.wLex / 2;
  const scaleDe = p.coverageScale?.de ?? 1;
  const scaleEn = p.coverageScale?.en ?? 1;
  const wLen = p.wLen;
  const s2 = p.s2;
  const rel = p.relSpread;
  const nullCost = p.nullCost;
  // coverage cost of one unit: 0 at tau; log-shaped so that no shared word at all weighs heavily and
  // ever more coverage (as from merging neighbours) earns less and less
  const coverageCost = (scale: number, zero: number) => {
    const tau = p.simRef * scale;
    // where true pairs often share nothing (thin evidence), sharing nothing is weaker evidence against a
    // pair: the cost at zero coverage shrinks with the share of units whose best partner shares nothing
    const atZero = Math.log(1 + p.simRef / p.covEps) / (1 + p.zeroWeight * Math.max(0, zero - ZERO_SHARE_TUNED));
    const eps = p.covEps > 0 ? tau / Math.expm1(atZero) : 0;
    const logTau = Math.log(tau + eps);
    return (x: number, self: number): number => {
      const c = self <= 0 ? tau : x <= 0 ? 0 : x < self ? x / self : 1;
      return eps > 0 ? logTau - Math.log(c + eps) : tau - c;
    };
  };
  const deCost = coverageCost(scaleDe, p.coverageScale?.zeroDe ?? 0);
  const enCost = coverageCost(scaleEn, p.coverageScale?.zeroEn ?? 0);
  // evidence mass of each unit: a long paragraph with no shared word is strong evidence, a heading weak
  const deMass = Float64Array.from(level.deSize, (x) => Math.pow(x, p.sizeExp));
  const enMass = Float64Array.from(level.enSize, (x) => Math.pow(x, p.sizeExp));
  const prior = new Float64Array(maxBead + 1);
  for (let d = 1; d <= maxBead; d++) prior[d] = shapePrior(d, 1, p);
  const prior22 = shapePrior(2, 2, p);

  const lo = band.lo;
  const hi = band.hi;
  const rowOff = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowOff[i + 1] = rowOff[i] + (hi[i] - lo[i] + 1);
  const cost = new Float64Array(rowOff[n + 1]).fill(Infinity);
  const backDi = new Uint8Array(rowOff[n + 1]);
  const backDj = new Uint8Array(rowOff[n + 1]);
  const cLo = cross.lo;
  const cHi = cross.hi;
  const cOff = cross.off;
  const cVal = cross.val;
  const D = (a: number, b: number): number => (b < cLo[a] || b >= cHi[a] ? 0 : cVal[cOff[a] + b - cLo[a]]);

  // order inside a bead (bead-order.ts): the first unit's shared words early, the last unit's late
  const order = p.wOrder > 0 ? createOrderCheck({ level, cross, deSelf, enSelf, deMass, enMass }) : null;

  // structure: prefix counts of boundaries; a bead crossing one, or ending on one side only, pays
  const anchors = level.hasAnchors;
  const bcDe = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) bcDe[a + 1] = bcDe[a] + level.deBoundary[a];
  const bcEn = new Int32Array(m + 1);
  for (let b = 0; b < m; b++) bcEn[b + 1] = bcEn[b] + level.enBoundary[b];
  const structure = (i0: number, j0: number, i: number, j: number): number => {
    if (!anchors) return 0;
    let c = 0;
    if (i - i0 >= 2) c += p.wCross * (bcDe[i - 1] - bcDe[i0]);
    if (j - j0 >= 2) c += p.wCross * (bcEn[j - 1] - bcEn[j0]);
    const atDe = i === 0 || i === n || level.deBoundary[i - 1] === 1;
    const atEn = j === 0 || j === m || level.enBoundary[j - 1] === 1;
    return atDe !== atEn ? c + p.wMismatch : c;
  };
  const deKind = level.deKind;
  const enKind = level.enKind;
  const wKind = p.wKind;
  const kindPenalty = (a: number, b: number): number =>
    deKind !== undefined && enKind !== undefined && deKind[a] !== enKind[b] && (deKind[a] > 0 || enKind[b] > 0) ? wKind : 0;

  // final punctuation of a bead's last units (its first ones when the level is read backwards)
  const wEnd = p.wEnd;
  const deTerm = level.deTerminal;
  const enTerm = level.enTerminal;
  const rev = level.reversed === true;
  const endCost = (a: number, b: number): number => (deTerm[a] === enTerm[b] ? 0 : wEnd);

  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    const loI = lo[i];
    const hiI = hi[i];
    for (let j = loI; j <= hiI; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bdi = 0;
      let bdj = 0;
      // 1:0 and 0:1
      if (i >= 1 && j >= lo[i - 1] && j <= hi[i - 1]) {
        const prev = cost[rowOff[i - 1] + j - lo[i - 1]];
        if (prev < Infinity) {
          const c = prev + nullCost + structure(i - 1, j, i, j);
          if (c < best) { best = c; bdi = 1; bdj = 0; }
        }
      }
      if (j > loI) {
        const prev = cost[rowOff[i] + j - 1 - loI];
        if (prev < Infinity) {
          const c = prev + nullCost + structure(i, j - 1, i, j);
          if (c < best) { best = c; bdi = 0; bdj = 1; }
        }
      }
      // n:1 (German n units, one English unit), n = 1 … maxBead
      if (j >= 1) {
        const b = j - 1;
        const lb = enLen[b];
        let crossAcc = 0;
        let lenAcc = 0;
        let kind = 0;
        let unitLex = 0;
        for (let d = 1; d <= maxBead && d <= i; d++) {
          const a = i - d;
          if (b > hi[a]) break; // above the band; rows further up end even earlier
          const x = D(a, b);
          crossAcc += x;
          lenAcc += deLen[a];
          kind += kindPenalty(a, b);
          unitLex += deMass[a] * deCost(x, deSelf[a]);
          if (b < lo[a]) continue;
          const len = wLen * lengthCost(lenAcc, lb, ratio, s2, rel);
          // more German only makes the length worse once it is too long already
          if (len > PRUNE_LENGTH && ratio * lenAcc > lb) break;
          const prev = cost[rowOff[a] + b - lo[a]];
          if (prev === Infinity) continue;
          const lex = unitLex + enMass[b] * enCost(crossAcc, enSelf[b]);
          let c = prev + prior[d] + len + half * lex + kind + structure(a, b, i, j) + endCost(rev ? a : i - 1, b);
          // the order check is never negative: only a bead that could still win pays for computing it
          if (order && d >= 2 && c < best) c += p.wOrder * order.germanIn(a, i, b);
          if (c < best) { best = c; bdi = d; bdj = 1; }
        }
      }
      // 1:n (one German unit, English n units), n = 2 … maxBead
      if (i >= 1 && j >= 2) {
        const a = i - 1;
        const la = deLen[a];
        let crossAcc = D(a, j - 1);
        let lenAcc = enLen[j - 1];
        let kind = kindPenalty(a, j - 1);
        let unitLex = enMass[j - 1] * enCost(crossAcc, enSelf[j - 1]);
        const loA = lo[a];
        for (let d = 2; d <= maxBead && d <= j; d++) {
          const b = j - d;
          if (b < loA) break; // left of the band; further left stays outside
          const x = D(a, b);
          crossAcc += x;
          lenAcc += enLen[b];
          kind += kindPenalty(a, b);
          unitLex += enMass[b] * enCost(x, enSelf[b]);
          if (b > hi[a]) continue;
          const len = wLen * lengthCost(la, lenAcc, ratio, s2, rel);
          if (len > PRUNE_LENGTH && lenAcc > ratio * la) break;
          const prev = cost[rowOff[a] + b - loA];
          if (prev === Infinity) continue;
          const lex = unitLex + deMass[a] * deCost(crossAcc, deSelf[a]);
          let c = prev + prior[d] + len + half * lex + kind + structure(a, b, i, j) + endCost(a, rev ? b : j - 1);
          if (order && c < best) c += p.wOrder * order.englishIn(a, b, j);
          if (c < best) { best = c; bdi = 1; bdj = d; }
        }
      }
      // 2:2
      if (i >= 2 && j >= 2 && maxBead >= 2 && j - 2 >= lo[i - 2] && j - 2 <= hi[i - 2]) {
        const prev = cost[rowOff[i - 2] + j - 2 - lo[i - 2]];
        if (prev < Infinity) {
          const x00 = D(i - 2, j - 2);
          const x01 = D(i - 2, j - 1);
          const x10 = D(i - 1, j - 2);
          const x11 = D(i - 1, j - 1);
          const lex = deMass[i - 2] * deCost(x00 + x01, deSelf[i - 2]) + deMass[i - 1] * deCost(x10 + x11, deSelf[i - 1])
            + enMass[j - 2] * enCost(x00 + x10, enSelf[j - 2]) + enMass[j - 1] * enCost(x01 + x11, enSelf[j - 1]);
          const kind = kindPenalty(i - 2, j - 2) + kindPenalty(i - 1, j - 1);
          const c = prev + prior22 + wLen * lengthCost(deLen[i - 2] + deLen[i - 1], enLen[j - 2] + enLen[j - 1], ratio, s2, rel)
            + half * lex + kind + structure(i - 2, j - 2, i, j) + (rev ? endCost(i - 2, j - 2) : endCost(i - 1, j - 1));
          if (c < best) { best = c; bdi = 2; bdj = 2; }
        }
      }
      const here = rowOff[i] + j - loI;
      cost[here] = best;
      backDi[here] = bdi;
      backDj[here] = bdj;
    }
  }
  return { band, rowOff, cost, backDi, backDj };
}

/** The best path of a filled table, as beads in order. */
export function backtrack(t: DpTable, n: number, m: number): Bead[] {
  const { band, rowOff, cost, backDi, backDj } = t;
  const lo = band.lo;
  const hi = band.hi;
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = j < lo[i] || j > hi[i] ? -1 : rowOff[i] + j - lo[i];
    if (k < 0 || cost[k] === Infinity) throw new Error(`alignment DP: no path through the band at (${i}, ${j})`);
    const di = backDi[k];
    const dj = backDj[k];
    beads.push({ i0: i - di, i1: i, j0: j - dj, j1: j });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}
