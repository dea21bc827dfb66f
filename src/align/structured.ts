// Structure-first alignment of two documents given as blocks of sentences: captions float (matched
// by content, wherever the photo sits in either edition); the rest is aligned with the block
// boundaries as anchors and block kinds (heading, paragraph) as constraints the evidence must
// overcome. Returns pairs over global sentence indices (reading order); the flow pairs are monotone,
// a caption pair sits after the flow pair that precedes its German (else English) caption.
import { alignFeatures, alignSegments, DEFAULT_REVIEW_THRESHOLD, evidenceRegime, PRIOR_RATIO } from './align-segments.js';
import { DEFAULT_COST, lengthCost } from './cost.js';
import { rangeSimilarity } from './explain.js';
import type { AlignDoc, AlignmentPair, AlignOptions } from './types.js';

/** Kinds that float: they may sit elsewhere in the other edition. */
const FLOATING = new Set(['caption']);

/**
 * Captions pair up when their whole-block similarity reaches this: with a dictionary 0.12; with
 * pair-independent evidence any shared name, number or cognate already makes two captions likely the
 * same photo's (on the disturbed evaluation, without a dictionary, 34 right caption pairs and 2 wrong
 * ones lie between 0 and 0.12, and 0.05 finds as many as any lower value).
 */
export const CAPTION_MIN_SIMILARITY = { dictionary: 0.12, pairIndependent: 0.05 } as const;
/** Score of captions paired by elimination (no shared evidence): a coin the reviewer should look at. */
export const ELIMINATION_SCORE = 0.5;

interface Flat {
  text: string[];
  kind: string[];
  block: number[];
}

function flatten(doc: AlignDoc): Flat {
  const out: Flat = { text: [], kind: [], block: [] };
  doc.blocks.forEach((b, k) => {
    for (const s of b.sentences) {
      out.text.push(s);
      out.kind.push(b.kind);
      out.block.push(k);
    }
  });
  return out;
}

/** Global indices of the flow (non-floating) sentences and the anchors after each flow block. */
function flow(f: Flat): { idx: number[]; anchors: number[] } {
  const idx: number[] = [];
  const anchors: number[] = [];
  for (let g = 0; g < f.text.length; g++) {
    if (FLOATING.has(f.kind[g])) continue;
    idx.push(g);
    const next = f.text.length > g + 1 ? g + 1 : -1;
    if (next < 0 || f.block[next] !== f.block[g]) anchors.push(idx.length - 1);
  }
  return { idx, anchors };
}

/** Caption blocks: [block index, global sentence indices]. */
function captionBlocks(f: Flat): Array<{ block: number; idx: number[] }> {
  const out: Array<{ block: number; idx: number[] }> = [];
  for (let g = 0; g < f.text.length; g++) {
    if (!FLOATING.has(f.kind[g])) continue;
    const last = out[out.length - 1];
    if (last && last.block === f.block[g]) last.idx.push(g);
    else out.push({ block: f.block[g], idx: [g] });
  }
  return out;
}

/** Matches caption blocks by content (best pairs first); returns the pairs of their sentences. */
function alignCaptions(de: Flat, en: Flat, opts: AlignOptions): AlignmentPair[] {
  const dc = captionBlocks(de);
  const ec = captionBlocks(en);
  if (!dc.length && !ec.length) return [];
  const deText = dc.map((c) => c.idx.map((g) => de.text[g]).join(' '));
  const enText = ec.map((c) => c.idx.map((g) => en.text[g]).join(' '));
  const features = alignFeatures(deText, enText, opts);
  const scored: Array<{ a: number; b: number; sim: number }> = [];
  for (let a = 0; a < dc.length; a++) for (let b = 0; b < ec.length; b++) scored.push({ a, b, sim: rangeSimilarity(features, a, a + 1, b, b + 1) });
  scored.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: AlignmentPair[] = [];
  const threshold = opts.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD;
  const minSimilarity = CAPTION_MIN_SIMILARITY[evidenceRegime(opts)];
  const pairUp = (a: number, b: number, how?: string): void => {
    usedA.add(a);
    usedB.add(b);
    const inner = alignSegments(dc[a].idx.map((g) => de.text[g]), ec[b].idx.map((g) => en.text[g]), { ...opts, anchors: undefined, kinds: undefined });
    for (const p of inner) {
      const score = how ? Math.min(p.score, ELIMINATION_SCORE) : p.score;
      pairs.push({ ...p, de: p.de.map((i) => dc[a].idx[i]), en: p.en.map((j) => ec[b].idx[j]), score, review: score < threshold, why: ['caption', ...(how ? [how] : []), ...p.why] });
    }
  };
  for (const s of scored) {
    if (s.sim < minSimilarity || usedA.has(s.a) || usedB.has(s.b)) continue;
    pairUp(s.a, s.b);
  }
  // what is left shares nothing: the same number of captions left on both sides are most likely the
  // same photos' (editions rarely drop one photo and add another), paired by length, flagged for review
  const leftA = dc.map((_, a) => a).filter((a) => !usedA.has(a));
  const leftB = ec.map((_, b) => b).filter((b) => !usedB.has(b));
  if (leftA.length && leftA.length === leftB.length) {
    for (const [a, b] of pairByLength(leftA.map((a) => deText[a].length), leftB.map((b) => enText[b].length))) pairUp(leftA[a], leftB[b], 'paired by elimination: the only captions left on both sides');
  }
  dc.forEach((c, a) => {
    if (!usedA.has(a)) pairs.push({ de: c.idx, en: [], score: 0.5, why: ['caption', 'no English caption with shared words'], review: 0.5 < threshold });
  });
  ec.forEach((c, b) => {
    if (!usedB.has(b)) pairs.push({ de: [], en: c.idx, score: 0.5, why: ['caption', 'no German caption with shared words'], review: 0.5 < threshold });
  });
  return pairs;
}

/**
 * Pairs two equally long lists of lengths (German, English) so that the summed length cost is lowest:
 * every assignment for up to five, longest with longest beyond. Returns index pairs.
 */
export function pairByLength(de: readonly number[], en: readonly number[]): Array<[number, number]> {
  const n = de.length;
  const cost = (a: number, b: number): number => lengthCost(de[a], en[b], PRIOR_RATIO, DEFAULT_COST.s2);
  if (n > 5) {
    const byLen = (xs: readonly number[]) => xs.map((x, k) => [x, k]).sort((p, q) => q[0] - p[0] || p[1] - q[1]).map(([, k]) => k);
    const da = byLen(de);
    const eb = byLen(en);
    return da.map((a, k) => [a, eb[k]]);
  }
  let best: number[] = [];
  let bestCost = Infinity;
  const perm = (prefix: number[], rest: number[]): void => {
    if (!rest.length) {
      const c = prefix.reduce((s, b, a) => s + cost(a, b), 0);
      if (c < bestCost) {
        bestCost = c;
        best = prefix;
      }
      return;
    }
    rest.forEach((b, k) => perm([...prefix, b], [...rest.slice(0, k), ...rest.slice(k + 1)]));
  };
  perm([], en.map((_, b) => b));
  return best.map((b, a) => [a, b]);
}

/**
 * Aligns two structured documents. Sentence indices are global (reading order over all blocks);
 * every sentence of both documents is in exactly one pair.
 */
export function alignStructured(de: AlignDoc, en: AlignDoc, opts: AlignOptions = {}): AlignmentPair[] {
  const D = flatten(de);
  const E = flatten(en);
  const fd = flow(D);
  const fe = flow(E);
  const flowPairs = alignSegments(fd.idx.map((g) => D.text[g]), fe.idx.map((g) => E.text[g]), {
    ...opts,
    anchors: { de: fd.anchors, en: fe.anchors },
    kinds: { de: fd.idx.map((g) => D.kind[g]), en: fe.idx.map((g) => E.kind[g]) },
  }).map((p) => ({ ...p, de: p.de.map((i) => fd.idx[i]), en: p.en.map((j) => fe.idx[j]) }));
  const captions = alignCaptions(D, E, opts);
  // place each caption pair after the last flow pair that comes before it in reading order
  const keyed = flowPairs.map((p, k) => ({ p, key: k }));
  for (const c of captions) {
    const side = c.de.length ? 'de' : 'en';
    const first = c[side][0];
    let after = -1;
    flowPairs.forEach((p, k) => {
      if (p[side].length && p[side][p[side].length - 1] < first) after = k;
    });
    keyed.push({ p: c, key: after + 0.5 });
  }
  keyed.sort((x, y) => x.key - y.key);
  return keyed.map((x) => x.p);
}
