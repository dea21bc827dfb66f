// Level + length ratio → how much lexical evidence this document's true pairs carry, per side. With the
// German–English word list a sentence and its translation share ~60 % of their content keys; with
// pair-independent evidence only (names, numbers, cognates, punctuation) ~15–25 %, and sentences that
// share nothing are common. The coverage cost is tuned for the first; this scale carries it over to the
// second, so that a translation pair is not priced like a mismatch just because the evidence is thinner;
// and the share of units whose best partner shares nothing at all says how weak "nothing shared" is as
// evidence against a pair (dp.ts lowers the zero-coverage cost by it).
import type { Band } from './band.js';
import { computeCross } from './cross.js';
import { selfNorms, type Level } from './level.js';

/** Median best-local coverage of true pairs with the built-in word list (what DEFAULT_COST was tuned on). */
export const TUNED_COVERAGE = 0.6;
/** Below this many units per side the statistic is too noisy: keep the tuned scale. */
const MIN_UNITS = 4;
/** Half-width of the window around the length diagonal in which each unit's best partner is sought. */
const WINDOW = 4;

export interface CoverageScale {
  de: number;
  en: number;
  /** Share of units (with content) whose best partner near the diagonal shares nothing, per side. */
  zeroDe: number;
  zeroEn: number;
}

/** The band of ±WINDOW units around the diagonal that matches cumulative lengths (ratio-corrected). */
function lengthDiagonal(level: Level, ratio: number): Band {
  const { nDe: n, nEn: m } = level;
  const enEnds = new Float64Array(m);
  let acc = 0;
  for (let b = 0; b < m; b++) enEnds[b] = acc += level.enLen[b];
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let deAcc = 0;
  let b = 0;
  for (let i = 0; i <= n; i++) {
    // the English unit whose text covers the same share of the document as the end of German unit i-1
    while (b < m - 1 && enEnds[b] < deAcc * ratio) b++;
    lo[i] = Math.max(0, b - WINDOW);
    hi[i] = Math.min(m, b + WINDOW + 1);
    if (i < n) deAcc += level.deLen[i];
  }
  return { lo, hi };
}

const median = (xs: number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor((s.length - 1) / 2)];
};

/**
 * Scale of the coverage cost per side: the median, over units with content, of each unit's best
 * coverage by one unit of the other side near the length diagonal, relative to TUNED_COVERAGE (≤ 1).
 */
export function coverageScale(level: Level, ratio: number): CoverageScale {
  const { nDe: n, nEn: m } = level;
  if (n < MIN_UNITS || m < MIN_UNITS) return { de: 1, en: 1, zeroDe: 0, zeroEn: 0 };
  const band = lengthDiagonal(level, ratio);
  const cross = computeCross(level, band, 1);
  const deSelf = selfNorms(level.deOwn);
  const enSelf = selfNorms(level.enOwn);
  const bestDe = new Float64Array(n);
  const bestEn = new Float64Array(m);
  for (let a = 0; a < n; a++) {
    for (let b = cross.lo[a]; b < cross.hi[a]; b++) {
      const x = cross.val[cross.off[a] + b - cross.lo[a]];
      if (x <= 0) continue;
      if (deSelf[a] > 0) bestDe[a] = Math.max(bestDe[a], Math.min(1, x / deSelf[a]));
      if (enSelf[b] > 0) bestEn[b] = Math.max(bestEn[b], Math.min(1, x / enSelf[b]));
    }
  }
  const scale = (best: Float64Array, self: Float64Array): number => {
    const vals: number[] = [];
    best.forEach((v, k) => {
      if (self[k] > 0) vals.push(v);
    });
    const med = median(vals);
    return Number.isFinite(med) ? Math.min(1, Math.max(0.1, med / TUNED_COVERAGE)) : 1;
  };
  const zeros = (best: Float64Array, self: Float64Array): number => {
    let z = 0;
    let k = 0;
    best.forEach((v, u) => {
      if (self[u] <= 0) return;
      k++;
      if (v <= 0) z++;
    });
    return k ? z / k : 0;
  };
  return { de: scale(bestDe, deSelf), en: scale(bestEn, enSelf), zeroDe: zeros(bestDe, deSelf), zeroEn: zeros(bestEn, enSelf) };
}
