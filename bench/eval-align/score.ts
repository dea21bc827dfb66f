// Alignment metrics: strict bead F1 (a predicted bead counts only when identical to a gold bead) and
// relaxed link F1 (over the (de, en) index pairs the beads imply), pooled over documents.

export interface Beadish {
  de: readonly number[];
  en: readonly number[];
}

export interface Counts {
  tp: number;
  pred: number;
  gold: number;
  tpLinks: number;
  predLinks: number;
  goldLinks: number;
}

export const ZERO: Counts = { tp: 0, pred: 0, gold: 0, tpLinks: 0, predLinks: 0, goldLinks: 0 };

const key = (b: Beadish): string => `${[...b.de].sort((x, y) => x - y).join(',')}|${[...b.en].sort((x, y) => x - y).join(',')}`;

function links(beads: readonly Beadish[]): Set<string> {
  const s = new Set<string>();
  for (const b of beads) for (const i of b.de) for (const j of b.en) s.add(`${i},${j}`);
  return s;
}

/** Counts of one document. */
export function countBeads(gold: readonly Beadish[], pred: readonly Beadish[]): Counts {
  const G = new Set(gold.filter((b) => b.de.length || b.en.length).map(key));
  const P = new Set(pred.filter((b) => b.de.length || b.en.length).map(key));
  let tp = 0;
  for (const k of P) if (G.has(k)) tp++;
  const GL = links(gold);
  const PL = links(pred);
  let tpLinks = 0;
  for (const k of PL) if (GL.has(k)) tpLinks++;
  return { tp, pred: P.size, gold: G.size, tpLinks, predLinks: PL.size, goldLinks: GL.size };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    tp: a.tp + b.tp,
    pred: a.pred + b.pred,
    gold: a.gold + b.gold,
    tpLinks: a.tpLinks + b.tpLinks,
    predLinks: a.predLinks + b.predLinks,
    goldLinks: a.goldLinks + b.goldLinks,
  };
}

export function f1(tp: number, pred: number, gold: number): { p: number; r: number; f: number } {
  const p = pred === 0 ? (gold === 0 ? 1 : 0) : tp / pred;
  const r = gold === 0 ? 1 : tp / gold;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Strict and relaxed F1 of pooled counts. */
export function scores(c: Counts): { strict: number; relaxed: number; strictP: number; strictR: number } {
  const s = f1(c.tp, c.pred, c.gold);
  return { strict: s.f, strictP: s.p, strictR: s.r, relaxed: f1(c.tpLinks, c.predLinks, c.goldLinks).f };
}

/** Identity keys of gold beads, for "was this predicted bead right". */
export const beadKey = key;
