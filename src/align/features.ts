// Segments of both languages → vectors in two spaces: each German segment's own vector (over German
// word ids, for its norm) and its projection into the English key space (through the lexicon, names,
// cognates, numbers and punctuation); each English segment's vector over English keys. Weights are
// document IDF, so words found everywhere ("Trump" in every paragraph) count for little.
import type { Lexicon } from './lexicon.js';
import { englishKey } from './lexicon.js';
import { createCognateIndex } from './cognates.js';
import { foldGerman } from '../lang/de/fold.js';
import { foldLatin } from '../lang/normalize-text.js';
import { DEFAULT_PAIR, knownLanguage, type LanguagePair } from './language.js';
import { sparseFromMap, type SparseVec } from './sparse.js';
import { tokenizeSegment } from './tokenize.js';

/** Where a German token's link to an English key comes from (shown in explanations). */
export type LinkSource = 'glossary' | 'dict' | 'same' | 'cognate' | 'number' | 'punct' | (string & {});

export interface TokenLink {
  key: number;
  weight: number;
  source: LinkSource;
  /** The German entry or term behind a dictionary or glossary link. */
  entry?: string;
}

export interface DeToken {
  surface: string;
  own: number;
  weight: number;
  links: TokenLink[];
}

export interface EnToken {
  surface: string;
  key: number;
  weight: number;
}

export interface SideFeatures {
  own: SparseVec[];
  len: number[];
  /** Content tokens (words and numbers) per segment: how much evidence the segment can give. */
  size: number[];
  /** Per segment: it ends with terminal punctuation (tokenize.ts). */
  terminal: boolean[];
}

export interface Features {
  /** `projPos`: the projection with every token weighted by its place in the segment (0 start … 1 end). */
  de: SideFeatures & { proj: SparseVec[]; projPos: SparseVec[]; tokens: DeToken[][] };
  /** `pos`: the own vector with every token weighted by its place in the segment. */
  en: SideFeatures & { pos: SparseVec[]; tokens: EnToken[][] };
}

// How much a token kind counts: numbers are near-certain anchors, punctuation is a weak hint.
const KIND_WEIGHT = { word: 1, number: 1.5, punct: 0.4 } as const;
const COGNATE_WEIGHT = 0.7;

/** Light German stem for the German-side space (inflected forms of one word share an id). */
const ownCache = new Map<string, string>();
function germanOwnKey(word: string): string {
  let k = ownCache.get(word);
  if (k === undefined) {
    const w = foldGerman(word);
    const m = /^(.{4,}?)(en|er|es|em|e|n|s)$/.exec(w);
    k = `d:${m ? m[1] : w}`;
    if (ownCache.size > 200_000) ownCache.clear();
    ownCache.set(word, k);
  }
  return k;
}

interface RawToken {
  surface: string;
  kind: keyof typeof KIND_WEIGHT;
  key: string;
  /** Where in the segment the token sits, 0 (start) … 1 (end), never exactly 0. */
  at: number;
}

/** The key of a word of a language without stemming here: its accent-free lower case. */
const plainKey = (prefix: string) => (word: string): string => `${prefix}${foldLatin(word)}`;

/** How the words of one side become keys: German stems its own space, English stems into the shared one. */
export interface SideKeys {
  lang: string;
  /** Key of a word in this side's own space. */
  word(word: string): string;
}

/** The source side's own-space keys (German: light stemming; other languages: folded words). */
export function sourceKeys(lang: string): SideKeys {
  return { lang, word: knownLanguage(lang) === 'de' ? germanOwnKey : plainKey('d:') };
}

/** The target side's keys, which the source is projected into (English: Porter stems; others: folded words). */
export function targetKeys(lang: string): SideKeys {
  return { lang, word: knownLanguage(lang) === 'en' ? (w) => englishKey(w === 'US' ? 'USA' : w) : plainKey('w:') };
}

function rawTokens(text: string, side: SideKeys): { tokens: RawToken[]; length: number; terminal: boolean } {
  const t = tokenizeSegment(text, side.lang);
  const tokens: RawToken[] = [];
  const rel = (offset: number | undefined, width: number): number => Math.min(1, ((offset ?? 0) + width / 2 + 0.5) / Math.max(1, t.length));
  t.words.forEach((w, k) => tokens.push({ surface: w, kind: 'word', key: side.word(w), at: rel(t.wordAt[k], w.length) }));
  for (const n of t.numbers) {
    // a numeric date also yields a month word; it is looked up as an English word
    for (const k of n.keys) tokens.push({ surface: n.surface, kind: k.startsWith('#') || k.startsWith('t') ? 'number' : 'word', key: k.startsWith('#') || k.startsWith('t') ? k : englishKey(k), at: rel(n.at, n.surface.length) });
  }
  t.punct.forEach((p, k) => tokens.push({ surface: p, kind: 'punct', key: `p:${p}`, at: rel(t.punctAt[k], 1) }));
  return { tokens, length: t.length, terminal: t.terminal };
}

const contentSize = (r: { tokens: RawToken[] }): number => r.tokens.filter((t) => t.kind !== 'punct').length;

const idf = (n: number, df: number): number => Math.log(1 + n / Math.max(1, df));

/** Builds the features of a source (German) and a target (English) segment list. */
export function buildFeatures(de: readonly string[], en: readonly string[], lexicon: Lexicon, pair: LanguagePair = DEFAULT_PAIR): Features {
  const target = targetKeys(pair.target);
  const enRaw = en.map((s) => rawTokens(s, target));
  const deRaw = de.map((s) => rawTokens(s, sourceKeys(pair.source)));

  const keyIds = new Map<string, number>();
  const enDf: number[] = [];
  const enWords = new Set<string>();
  for (const r of enRaw) {
    const seen = new Set<number>();
    for (const t of r.tokens) {
      let id = keyIds.get(t.key);
      if (id === undefined) {
        id = keyIds.size;
        keyIds.set(t.key, id);
        enDf.push(0);
      }
      if (!seen.has(id)) {
        seen.add(id);
        enDf[id]++;
      }
      if (t.kind === 'word') enWords.add(t.surface);
    }
  }
  const ownIds = new Map<string, number>();
  const deDf: number[] = [];
  for (const r of deRaw) {
    const seen = new Set<number>();
    for (const t of r.tokens) {
      let id = ownIds.get(t.key);
      if (id === undefined) {
        id = ownIds.size;
        ownIds.set(t.key, id);
        deDf.push(0);
      }
      if (!seen.has(id)) {
        seen.add(id);
        deDf[id]++;
      }
    }
  }

  const cognates = createCognateIndex(enWords);
  const linkCache = new Map<string, TokenLink[]>();
  const linksOf = (t: RawToken): TokenLink[] => {
    if (t.kind !== 'word') {
      const id = keyIds.get(t.key);
      return id === undefined ? [] : [{ key: id, weight: 1, source: t.kind }];
    }
    if (t.key.startsWith('w:')) {
      // a month word from a numeric German date
      const id = keyIds.get(t.key);
      return id === undefined ? [] : [{ key: id, weight: 1, source: 'number' }];
    }
    const cached = linkCache.get(t.surface);
    if (cached) return cached;
    const links: TokenLink[] = [];
    const have = new Set<number>();
    const add = (key: string, weight: number, source: LinkSource, entry?: string): void => {
      const id = keyIds.get(key);
      if (id === undefined || have.has(id)) return;
      have.add(id);
      links.push({ key: id, weight, source, ...(entry ? { entry } : {}) });
    };
    const translations = lexicon.translate(t.surface);
    for (const tr of translations) add(tr.key, 1, tr.source, tr.entry);
    add(target.word(t.surface), 1, 'same');
    if (!translations.length) for (const w of cognates.find(t.surface)) add(target.word(w), COGNATE_WEIGHT, 'cognate');
    linkCache.set(t.surface, links);
    return links;
  };

  const nEn = en.length;
  const nDe = de.length;
  const enIdf = enDf.map((df) => idf(nEn, df));
  const deIdf = deDf.map((df) => idf(nDe, df));
  const add = (map: Map<number, number>, id: number, x: number): void => {
    map.set(id, (map.get(id) ?? 0) + x);
  };
  const enTokens: EnToken[][] = [];
  const enOwn: SparseVec[] = [];
  const enPos: SparseVec[] = [];
  for (const r of enRaw) {
    const map = new Map<number, number>();
    const pos = new Map<number, number>();
    const toks: EnToken[] = [];
    for (const t of r.tokens) {
      const id = keyIds.get(t.key) as number;
      const w = enIdf[id] * KIND_WEIGHT[t.kind];
      add(map, id, w);
      add(pos, id, w * t.at);
      toks.push({ surface: t.surface, key: id, weight: w });
    }
    enOwn.push(sparseFromMap(map));
    enPos.push(sparseFromMap(pos));
    enTokens.push(toks);
  }
  const deTokens: DeToken[][] = [];
  const deOwn: SparseVec[] = [];
  const deProj: SparseVec[] = [];
  const deProjPos: SparseVec[] = [];
  for (const r of deRaw) {
    const own = new Map<number, number>();
    const proj = new Map<number, number>();
    const projPos = new Map<number, number>();
    const toks: DeToken[] = [];
    for (const t of r.tokens) {
      const id = ownIds.get(t.key) as number;
      const w = deIdf[id] * KIND_WEIGHT[t.kind];
      add(own, id, w);
      const links = linksOf(t);
      for (const l of links) {
        add(proj, l.key, w * l.weight);
        add(projPos, l.key, w * l.weight * t.at);
      }
      toks.push({ surface: t.surface, own: id, weight: w, links });
    }
    deOwn.push(sparseFromMap(own));
    deProj.push(sparseFromMap(proj));
    deProjPos.push(sparseFromMap(projPos));
    deTokens.push(toks);
  }
  return {
    de: { own: deOwn, proj: deProj, projPos: deProjPos, len: deRaw.map((r) => r.length), terminal: deRaw.map((r) => r.terminal), size: deRaw.map(contentSize), tokens: deTokens },
    en: { own: enOwn, pos: enPos, len: enRaw.map((r) => r.length), terminal: enRaw.map((r) => r.terminal), size: enRaw.map(contentSize), tokens: enTokens },
  };
}
