// Sentence/paragraph alignment of two segment lists: features → coarse-to-fine banded DP → scored,
// explained pairs. Pure: no I/O beyond reading the committed word list once.
import { bandAroundPath, bandCells, fullBand, type Band, type Bead } from './band.js';
import { computeCross } from './cross.js';
import { DEFAULT_COST, type CostParams } from './cost.js';
import { coverageScale } from './calibrate.js';
import { backtrack, fillDp, type DpTable } from './dp.js';
import { pathMargins } from './margins.js';
import { explainBeads, type EvidenceRegime } from './explain.js';
import { buildFeatures, type Features } from './features.js';
import { coarsenLevel, selfNorms, type Level } from './level.js';
import { createLexicon } from './lexicon.js';
import { DEFAULT_PAIR, hasBuiltinDictionary, knownLanguage } from './language.js';
import type { AlignmentPair, AlignOptions } from './types.js';

/** Matrices up to this many cells are aligned with the full DP; larger ones coarse-to-fine. */
export const FULL_DP_CELLS = 40_000;
export const DEFAULT_BAND = 10;
export const DEFAULT_MAX_BEAD = 12;
/** Pairs whose estimated probability of being right is below this are flagged for review. */
export const DEFAULT_REVIEW_THRESHOLD = 0.9;
const COARSE_MAX_BEAD = 4;
/** Coarse levels only guide the band of the level below: a narrower corridor suffices there. */
const coarseBand = (band: number): number => (Number.isFinite(band) ? Math.max(4, Math.ceil(band * 0.6)) : band);

/** Block kinds that act like headings (short, standalone) and like captions, as kind ids. */
export function kindId(kind: string | undefined): number {
  if (kind === 'heading' || kind === 'title' || kind === 'summary-title') return 1;
  if (kind === 'caption') return 2;
  return 0;
}

export interface AlignInternals {
  params?: CostParams;
  /** Called with the number of DP cells per level (for benchmarks). */
  onLevel?: (info: { nDe: number; nEn: number; cells: number; full: boolean }) => void;
  /** Called with the final path, its margins and features (for the confidence calibration). */
  onPath?: (info: { beads: readonly Bead[]; margins: readonly number[]; features: Features; ratio: number }) => void;
}

function flags(n: number, idx: readonly number[] | undefined): Uint8Array {
  const out = new Uint8Array(n);
  for (const i of idx ?? []) if (Number.isInteger(i) && i >= 0 && i < n) out[i] = 1;
  return out;
}

/** The finest level of two feature sets: one unit per segment, with the anchors and kinds of the options. */
export function fineLevel(f: Features, opts: AlignOptions = {}): Level {
  const nDe = f.de.own.length;
  const nEn = f.en.own.length;
  const level: Level = {
    nDe,
    nEn,
    deOwn: f.de.own,
    deProj: f.de.proj,
    enOwn: f.en.own,
    deLen: Float64Array.from(f.de.len),
    enLen: Float64Array.from(f.en.len),
    deSize: Float64Array.from(f.de.size),
    enSize: Float64Array.from(f.en.size),
    deTerminal: Uint8Array.from(f.de.terminal, Number),
    enTerminal: Uint8Array.from(f.en.terminal, Number),
    deBoundary: flags(nDe, opts.anchors?.de),
    enBoundary: flags(nEn, opts.anchors?.en),
    hasAnchors: Boolean(opts.anchors && (opts.anchors.de.length || opts.anchors.en.length)),
    deProjPos: f.de.projPos,
    enPos: f.en.pos,
  };
  if (opts.kinds && opts.kinds.de.length === nDe && opts.kinds.en.length === nEn) {
    level.deKind = Int32Array.from(opts.kinds.de, kindId);
    level.enKind = Int32Array.from(opts.kinds.en, kindId);
  }
  return level;
}

/** German→English character ratio of typical news translation, used until the document says otherwise. */
export const PRIOR_RATIO = 0.9;
/** How many segments' worth of evidence the prior ratio counts for. */
const PRIOR_WEIGHT = 10;

/**
 * First guess of the expected English characters per German character: the document's totals, pulled
 * towards the prior, because a dropped or inserted paragraph in a short document skews the totals.
 */
export function lengthRatio(f: Features): number {
  const de = f.de.len.reduce((a, b) => a + b, 0);
  const en = f.en.len.reduce((a, b) => a + b, 0);
  if (de === 0 || en === 0) return PRIOR_RATIO;
  // the longer the document, the less one dropped paragraph moves the totals
  const n = Math.min(f.de.len.length, f.en.len.length);
  return Math.min(1.6, Math.max(0.6, (n * (en / de) + PRIOR_WEIGHT * PRIOR_RATIO) / (n + PRIOR_WEIGHT)));
}

/** The ratio measured on the aligned (non-null) beads of a first pass; null when too little is aligned. */
export function alignedRatio(f: Features, beads: readonly Bead[]): number | null {
  let de = 0;
  let en = 0;
  for (const b of beads) {
    if (b.i1 === b.i0 || b.j1 === b.j0) continue;
    for (let i = b.i0; i < b.i1; i++) de += f.de.len[i];
    for (let j = b.j0; j < b.j1; j++) en += f.en.len[j];
  }
  if (de < 200 || en < 200) return null;
  return Math.min(1.6, Math.max(0.6, en / de));
}

/** The path of one level and the DP table it came from. */
export interface LevelResult {
  beads: Bead[];
  table: DpTable;
}

/** Aligns one level: full DP when small, otherwise the coarser level's path widened into a band. */
export function alignLevel(level: Level, ratio: number, params: CostParams, band: number, maxBead: number, internals: AlignInternals): LevelResult {
  const { nDe, nEn } = level;
  const full = !Number.isFinite(band) || (nDe + 1) * (nEn + 1) <= FULL_DP_CELLS || nDe < 16 || nEn < 16;
  const b = full
    ? fullBand(nDe, nEn)
    : bandAroundPath(alignLevel(coarsenLevel(level), ratio, params, coarseBand(band), COARSE_MAX_BEAD, internals).beads, nDe, nEn, band);
  return runLevel(level, b, ratio, params, maxBead, internals, full);
}

/** The DP of one level inside a given band. */
function runLevel(level: Level, b: Band, ratio: number, params: CostParams, maxBead: number, internals: AlignInternals, full: boolean): LevelResult {
  internals.onLevel?.({ nDe: level.nDe, nEn: level.nEn, cells: bandCells(b), full });
  const table = fillDp({
    level,
    band: b,
    cross: computeCross(level, b, maxBead),
    deSelf: selfNorms(level.deOwn),
    enSelf: selfNorms(level.enOwn),
    maxBead,
    ratio,
    params,
  });
  return { beads: backtrack(table, level.nDe, level.nEn), table };
}

/**
 * The features of two segment lists under the options: the built-in word list only for German → English
 * and unless `lexicon: false`; glossary and extra dictionaries (German → English data) only when the
 * target is English. Everything else is pair-independent.
 */
export function alignFeatures(de: readonly string[], en: readonly string[], opts: AlignOptions): Features {
  const pair = opts.languages ?? DEFAULT_PAIR;
  const english = knownLanguage(pair.target) === 'en' && knownLanguage(pair.source) === 'de';
  const lexicon = createLexicon({
    glossary: english ? opts.glossary : [],
    lexicons: english ? opts.lexicons : [],
    builtin: hasBuiltinDictionary(pair) && opts.lexicon !== false,
  });
  return buildFeatures(de, en, lexicon, pair);
}

/** The confidence model's regime: a dictionary (the built-in word list or an extra one) or pair-independent evidence. */
export function evidenceRegime(opts: AlignOptions): EvidenceRegime {
  const pair = opts.languages ?? DEFAULT_PAIR;
  const english = knownLanguage(pair.target) === 'en' && knownLanguage(pair.source) === 'de';
  return (hasBuiltinDictionary(pair) && opts.lexicon !== false) || (english && (opts.lexicons?.length ?? 0) > 0) ? 'dictionary' : 'pairIndependent';
}

/** Beads for a side with nothing to align to (all 1:0 or all 0:1). */
function unalignedBeads(nDe: number, nEn: number): Bead[] {
  const beads: Bead[] = [];
  for (let i = 0; i < nDe; i++) beads.push({ i0: i, i1: i + 1, j0: 0, j1: 0 });
  for (let j = 0; j < nEn; j++) beads.push({ i0: 0, i1: 0, j0: j, j1: j + 1 });
  return beads;
}

/**
 * Aligns German segments with English segments. Returns pairs in order covering every index of both
 * sides exactly once; 1:0 and 0:1 pairs have an empty side.
 */
export function alignSegments(de: readonly string[], en: readonly string[], opts: AlignOptions = {}, internals: AlignInternals = {}): AlignmentPair[] {
  const features = alignFeatures(de, en, opts);
  let params = internals.params ?? DEFAULT_COST;
  const level = fineLevel(features, opts);
  const band = opts.band ?? DEFAULT_BAND;
  const maxBead = Math.max(1, opts.maxBead ?? DEFAULT_MAX_BEAD);
  const structure = level.hasAnchors ? { deBoundary: level.deBoundary, enBoundary: level.enBoundary, ...(level.deKind && level.enKind ? { deKind: level.deKind, enKind: level.enKind } : {}) } : undefined;
  const ctx = { features, params, reviewThreshold: opts.reviewThreshold ?? DEFAULT_REVIEW_THRESHOLD, regime: evidenceRegime(opts), ...(structure ? { structure } : {}) };
  if (level.nDe === 0 || level.nEn === 0) {
    return explainBeads({ ...ctx, ratio: lengthRatio(features) }, unalignedBeads(level.nDe, level.nEn), []);
  }
  // two passes: the length ratio measured on what the first pass aligned is free of dropped and
  // inserted material, which skews the document totals
  let ratio = lengthRatio(features);
  // how much lexical evidence true pairs of this document carry (thin without a dictionary)
  if (params.coverageScale === undefined) params = { ...params, coverageScale: coverageScale(level, ratio) };
  let result = alignLevel(level, ratio, params, band, maxBead, internals);
  const measured = alignedRatio(features, result.beads);
  if (measured !== null && Math.abs(measured - ratio) / ratio > 0.02) {
    ratio = measured;
    // the second pass stays near the first path, half the band away (or redoes the full DP when cheap)
    const full = !Number.isFinite(band) || (level.nDe + 1) * (level.nEn + 1) <= FULL_DP_CELLS;
    result = runLevel(level, full ? fullBand(level.nDe, level.nEn) : bandAroundPath(result.beads, level.nDe, level.nEn, Math.ceil(band / 2), 1), ratio, params, maxBead, internals, full);
  }
  const margins = pathMargins(level, result.table, result.beads, ratio, params, maxBead);
  internals.onPath?.({ beads: result.beads, margins, features, ratio });
  return explainBeads({ ...ctx, ratio }, result.beads, margins);
}
