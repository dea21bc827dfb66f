// Aligned DE/EN pairs (+ the existing glossary) → ranked glossary candidates: German nouns, compounds
// and adjective + noun phrases that recur, each paired with the English n-gram it co-occurs with most
// consistently (Dice over pairs, G² reported), with evidence pairs; existing entries are not proposed,
// but an entry whose approved English is missing where the pairs use another rendering is a conflict.
import type { Glossary } from '../model/glossary.js';
import type { Lexicon as NounLexicon } from '../glossary/lexicon.js';
import { findRenderings, matchTerms, type TermMatcher } from '../glossary/index.js';
import { termKey } from '../glossary/parse-glossary.js';
import { createLexicon, englishKey } from '../align/lexicon.js';
import { COGNATE_MIN_DICE, cognateForm, diceSimilarity } from '../align/cognates.js';
import { foldLatin } from '../align/normalize.js';
import { dice, logLikelihood } from './associate.js';
import { englishNgrams, englishWordKey, type EnglishNgram } from './english-ngrams.js';
import { germanTerms, type GermanTerm } from './german-candidates.js';
import { createNounLemmatizer } from './lemmatize.js';
import type { CandidateKind, MineOptions, MinePair, MineResult, MinedCandidate, MinedConflict } from './types.js';

export interface MineInput {
  pairs: readonly MinePair[];
  /** The project glossary: its entries are not proposed again, and conflicts with them are reported. */
  glossary?: Glossary;
  matcher?: TermMatcher;
  /** The glossary engine's noun lexicon (null: rules only). */
  lexicon: NounLexicon | null;
}

const PLACEHOLDER = /<\/?\d+\/?>/g;
const plain = (s: string): string => s.normalize('NFC').replace(PLACEHOLDER, '').replace(/\s+/g, ' ').trim();

interface PairData {
  pair: MinePair;
  de: string;
  en: string;
  german: Map<string, GermanTerm>;
  english: Map<string, EnglishNgram>;
  /** Existing entries found in the German: term → an approved rendering is in the English. */
  existing: Map<string, boolean>;
}

const inc = <K>(m: Map<K, number>, k: K, by = 1): void => {
  m.set(k, (m.get(k) ?? 0) + by);
};

/** The most frequent value of a list (first seen wins ties). */
function commonest(values: readonly string[], prefer: (v: string) => boolean = () => false): string {
  const counts = new Map<string, number>();
  for (const v of values) inc(counts, v, prefer(v) ? 1000 : 1);
  let best = values[0];
  for (const [v, c] of counts) if (c > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** Mines candidates from the pairs; deterministic for the same input. */
export function mineTerms(input: MineInput, opts: MineOptions = {}): MineResult {
  const minCount = opts.minCount ?? 2;
  const limit = opts.limit ?? 50;
  const keepEvidence = opts.evidence ?? 3;
  const prior = opts.lexicalPrior ?? true;
  const lemmatize = createNounLemmatizer(input.lexicon);
  const dict = createLexicon();
  const entries = new Map((input.glossary?.entries ?? []).map((e) => [e.de, e]));
  const known = new Set((input.glossary?.entries ?? []).flatMap((e) => [e.de, ...e.variants].map(termKey)));

  const data: PairData[] = input.pairs.map((pair) => {
    const de = plain(pair.de);
    const en = plain(pair.en);
    const german = new Map<string, GermanTerm>();
    for (const t of germanTerms(de, input.lexicon, lemmatize)) if (!german.has(t.key)) german.set(t.key, t);
    const english = new Map(englishNgrams(en, opts.maxNgram ?? 3).map((g) => [g.key, g]));
    const existing = new Map<string, boolean>();
    if (input.matcher) {
      for (const h of matchTerms(input.matcher, de)) {
        const entry = entries.get(h.term);
        if (!entry || existing.get(h.term)) continue;
        existing.set(h.term, findRenderings(en, entry.en, { verb: /\bverb\b/i.test(entry.pos ?? '') }).length > 0);
      }
    }
    return { pair, de, en, german, english, existing };
  });

  // An unknown word at a sentence start counts only when it also occurs inside a sentence (a name, not
  // a capitalised verb or adverb).
  const inside = new Set(data.flatMap((d) => [...d.german.values()].filter((t) => !t.atStart).map((t) => t.key)));
  for (const d of data) for (const [k, t] of [...d.german]) if (t.atStart && !inside.has(k)) d.german.delete(k);
  // A name the lexicon does not know, in the genitive (Chinas), is the name (China) when that occurs too.
  const allKeys = new Set(data.flatMap((d) => [...d.german.keys()]));
  for (const d of data) {
    for (const [k, t] of [...d.german]) {
      if (t.kind !== 'name' || !k.endsWith('s') || !allKeys.has(k.slice(0, -1))) continue;
      d.german.delete(k);
      if (!d.german.has(k.slice(0, -1))) d.german.set(k.slice(0, -1), { ...t, key: k.slice(0, -1) });
    }
  }
  const gCount = new Map<string, number>();
  const eCount = new Map<string, number>();
  for (const d of data) {
    for (const k of d.german.keys()) inc(gCount, k);
    for (const k of d.english.keys()) inc(eCount, k);
  }
  const cooc = new Map<string, Map<string, number>>();
  for (const d of data) {
    for (const g of d.german.keys()) {
      if ((gCount.get(g) ?? 0) < minCount) continue;
      let row = cooc.get(g);
      if (!row) cooc.set(g, (row = new Map()));
      for (const e of d.english.keys()) if ((eCount.get(e) ?? 0) >= minCount) inc(row, e);
    }
  }

  const isExisting = (key: string, surfaces: string[]): boolean => {
    if (known.has(termKey(key))) return true;
    if (!input.matcher) return false;
    // The entry's own forms: the matcher finds the whole surface as one hit (Gipfels → Gipfel).
    return surfaces.some((s) => matchTerms(input.matcher!, s).some((h) => h.start === 0 && h.end === s.length && known.has(termKey(h.term))));
  };

  // A noun that only ever occurs inside one phrase (Nationen in "Vereinten Nationen") is proposed as the phrase.
  const phraseHeads = new Map<string, number>();
  for (const [g, n] of gCount) if (g.includes(' ')) phraseHeads.set(g.slice(g.indexOf(' ') + 1), Math.max(phraseHeads.get(g.slice(g.indexOf(' ') + 1)) ?? 0, n));
  const candidates: MinedCandidate[] = [];
  for (const [g, row] of cooc) {
    if ((phraseHeads.get(g) ?? 0) >= (gCount.get(g) ?? 0)) continue;
    const occurrences = data.filter((d) => d.german.has(g));
    const surfaces = occurrences.map((d) => d.german.get(g)!.surface);
    if (isExisting(g, [...new Set(surfaces)])) continue;
    const term = occurrences[0].german.get(g)!;
    const deWords = [...new Set(surfaces.flatMap((s) => s.split(/[\s-]+/)))];
    const dictKeys = new Set(deWords.flatMap((w) => dict.translate(w).map((t) => t.key)));
    const scored = [...row]
      .filter(([, c]) => c >= minCount)
      .map(([e, c]) => {
        const words = e.split(' ').length;
        const lengthFit = Math.max(0.4, 1 - 0.3 * Math.abs(words - term.parts));
        return { e, c, n: eCount.get(e) ?? 0, words, lengthFit, dice: dice(c, gCount.get(g)!, eCount.get(e) ?? 0), support: 0, adjusted: 0 };
      })
      .sort((a, b) => b.dice * b.lengthFit - a.dice * a.lengthFit)
      // The prior can at most halve a score: the 12 best by association are enough to rank by it.
      .slice(0, 12)
      .map((x) => {
        const surface = occurrences.find((d) => d.english.has(x.e))!.english.get(x.e)!.surface;
        const support = lexicalSupport(surface, deWords, dictKeys);
        return { ...x, support, adjusted: x.dice * x.lengthFit * (prior ? 0.5 + 0.5 * support : 1) };
      })
      .sort((a, b) => b.adjusted - a.adjusted || b.c - a.c || b.words - a.words || a.e.localeCompare(b.e));
    const best = scored[0];
    if (!best) continue;
    const withBoth = occurrences.filter((d) => d.english.has(best.e));
    const en = displayEnglish(withBoth.map((d) => d.english.get(best.e)!), best.e);
    const de = displayGerman(surfaces, g, /^\p{Lu}/u.test(en) ? 'name' : term.kind);
    const copied = surfaces.some((s) => foldLatin(s) === foldLatin(en));
    const kind: CandidateKind = term.kind;
    candidates.push({
      de,
      key: g,
      en,
      kind,
      count: gCount.get(g)!,
      enCount: best.n,
      cooc: best.c,
      dice: round(best.dice),
      llr: round(logLikelihood(best.c, gCount.get(g)!, best.n, data.length)),
      support: round(best.support),
      // Rank by association, the word-list prior and recurrence (the length fit only chose the n-gram);
      // a copied name needs no translation decision: it is listed, flagged, after the terms that do.
      score: round(best.dice * (prior ? 0.5 + 0.5 * best.support : 1) * (1 - 0.5 ** best.c) * (copied ? 0.5 : 1)),
      copied,
      alternatives: scored.slice(1, 4).map((s) => ({ en: displayEnglish(occurrences.filter((d) => d.english.has(s.e)).map((d) => d.english.get(s.e)!), s.e), dice: round(s.dice) })),
      evidence: withBoth.slice(0, keepEvidence).map((d) => ({ de: d.de, en: d.en, ...(d.pair.where ? { where: d.pair.where } : {}) })),
    });
  }
  candidates.sort((a, b) => b.score - a.score || b.cooc - a.cooc || a.key.localeCompare(b.key));
  return { candidates: candidates.slice(0, limit), conflicts: findConflicts(data, entries, minCount, keepEvidence), pairs: data.length };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * The German for `de:`: a surface in the lemma form when one was seen (Gipfel, Fuß); otherwise the
 * commonest surface with its last part replaced by the capitalised lemma (Seen → See, Nato-Gipfels →
 * Nato-Gipfel). Phrases, and terms rendered by a name (Schweden → Sweden, not the lemma Schwede),
 * keep their commonest surface.
 */
function displayGerman(surfaces: readonly string[], key: string, kind: CandidateKind): string {
  const last = (s: string) => termKey(s).split('-').pop();
  const lemma = key.split('-').pop()!;
  const inLemmaForm = surfaces.filter((s) => last(s) === lemma);
  if (inLemmaForm.length || kind === 'phrase' || kind === 'name') return commonest(inLemmaForm.length ? inLemmaForm : surfaces);
  const s = commonest(surfaces);
  const cut = s.lastIndexOf('-') + 1;
  return `${s.slice(0, cut)}${lemma[0].toUpperCase()}${lemma.slice(1)}`;
}

/**
 * How much of an English n-gram the German explains without co-occurrence statistics: words the
 * built-in word list gives for the German (compound parts included), cognates and identical names.
 */
function lexicalSupport(english: string, deWords: readonly string[], dictKeys: ReadonlySet<string>): number {
  const words = english.split(/[\s-]+/).filter(Boolean);
  if (!words.length) return 0;
  const deForms = deWords.map((w) => cognateForm(w));
  const backed = words.filter((w) => {
    if (dictKeys.has(englishKey(w))) return true;
    const f = cognateForm(w);
    return deForms.some((d) => d === f || (f.length >= 4 && d.length >= 4 && (diceSimilarity(d, f) >= COGNATE_MIN_DICE || d.includes(f))));
  });
  return backed.length / words.length;
}

/** A glossary-style English: the singular surface when one was seen, lower case unless always capitalised. */
function displayEnglish(seen: ReadonlyArray<EnglishNgram>, key: string): string {
  // A capital at the start of a sentence says nothing: judge capitalisation inside sentences only.
  const inside = seen.filter((g) => !g.initial);
  const surfaces = (inside.length ? inside : seen).map((g) => (inside.length ? g.surface : g.surface.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase())));
  const singular = surfaces.filter((s) => s.toLowerCase().split(/\s+/).map(englishWordKey).join(' ') === s.toLowerCase().replace(/-/g, '-'));
  const pick = commonest(singular.length ? singular : surfaces);
  const alwaysCapitalised = surfaces.every((s) => /^\p{Lu}/u.test(s));
  // A name keeps its spelling (Massachusetts, Sundarbans): only common nouns are made singular.
  if (alwaysCapitalised && !singular.length) return commonest(surfaces);
  const base = singular.length ? pick : key;
  return alwaysCapitalised ? base.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => (pick.includes(c.toUpperCase()) ? sp + c.toUpperCase() : sp + c)) : allCapsWords(base, surfaces);
}

/** Keeps acronyms (NATO, UN) in upper case inside an otherwise lower-case rendering. */
function allCapsWords(base: string, surfaces: readonly string[]): string {
  const caps = new Set(surfaces.flatMap((s) => s.split(/\s+/)).filter((w) => /^\p{Lu}{2,}$/u.test(w)).map((w) => w.toLowerCase()));
  return base.split(' ').map((w) => (caps.has(w.toLowerCase()) ? w.toUpperCase() : /^\p{Lu}{2,}$/u.test(w) ? w : w.toLowerCase())).join(' ');
}

/** Existing entries whose approved English is absent in pairs that use one other rendering consistently. */
function findConflicts(data: readonly PairData[], entries: Map<string, { de: string; en: string[] }>, minCount: number, keepEvidence: number): MinedConflict[] {
  const out: MinedConflict[] = [];
  for (const [term, entry] of entries) {
    const withTerm = data.filter((d) => d.existing.has(term));
    const unrendered = withTerm.filter((d) => d.existing.get(term) === false);
    if (unrendered.length < minCount) continue;
    const counts = new Map<string, number>();
    for (const d of unrendered) for (const e of d.english.keys()) inc(counts, e);
    const eTotal = new Map<string, number>();
    for (const d of data) for (const e of d.english.keys()) if (counts.has(e)) inc(eTotal, e);
    const ranked = [...counts]
      .filter(([e, c]) => c >= minCount && findRenderings(e, entry.en).length === 0)
      .map(([e, c]) => ({ e, c, d: dice(c, unrendered.length, eTotal.get(e) ?? c) }))
      .sort((a, b) => b.d - a.d || b.c - a.c || a.e.localeCompare(b.e));
    const best = ranked[0];
    if (!best || best.d < 0.5) continue;
    const hits = unrendered.filter((d) => d.english.has(best.e));
    out.push({
      term,
      approved: entry.en,
      found: displayEnglish(hits.map((d) => d.english.get(best.e)!), best.e),
      unrendered: unrendered.length,
      count: best.c,
      total: withTerm.length,
      evidence: hits.slice(0, keepEvidence).map((d) => ({ de: d.de, en: d.en, ...(d.pair.where ? { where: d.pair.where } : {}) })),
    });
  }
  return out.sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}
