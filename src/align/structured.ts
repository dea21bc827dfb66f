// Structure-first alignment of two documents given as blocks of sentences: captions float (matched
// by content, wherever the photo sits in either edition); the rest is aligned with the block
// boundaries as anchors and block kinds (heading, paragraph) as constraints the evidence must
// overcome. Returns pairs over global sentence indices (reading order); the flow pairs are monotone,
// a caption pair sits after the flow pair that precedes its German (else English) caption.
import { alignFeatures, alignSegments, DEFAULT_REVIEW_THRESHOLD } from './align-segments.js';
import { rangeSimilarity } from './explain.js';
import type { AlignDoc, AlignmentPair, AlignOptions } from './types.js';

/** Kinds that float: they may sit elsewhere in the other edition. */
const FLOATING = new Set(['caption']);

/** Captions pair up when their whole-block similarity reaches this. */
export const CAPTION_MIN_SIMILARITY = 0.12;

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
  for (const s of scored) {
    if (s.sim < CAPTION_MIN_SIMILARITY || usedA.has(s.a) || usedB.has(s.b)) continue;
    usedA.add(s.a);
    usedB.add(s.b);
    const inner = alignSegments(dc[s.a].idx.map((g) => de.text[g]), ec[s.b].idx.map((g) => en.text[g]), { ...opts, anchors: undefined, kinds: undefined });
    for (const p of inner) {
      pairs.push({ ...p, de: p.de.map((i) => dc[s.a].idx[i]), en: p.en.map((j) => ec[s.b].idx[j]), why: ['caption', ...p.why] });
    }
  }
  const threshold = opts.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD;
  dc.forEach((c, a) => {
    if (!usedA.has(a)) pairs.push({ de: c.idx, en: [], score: 0.5, why: ['caption', 'no English caption with shared words'], review: 0.5 < threshold });
  });
  ec.forEach((c, b) => {
    if (!usedB.has(b)) pairs.push({ de: [], en: c.idx, score: 0.5, why: ['caption', 'no German caption with shared words'], review: 0.5 < threshold });
  });
  return pairs;
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
