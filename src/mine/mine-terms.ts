// Aligned DE/EN pairs (+ the existing glossary) → ranked glossary candidates: German nouns, compounds
// and adjective + noun phrases that recur, each paired with the English n-gram it co-occurs with most
// consistently (Dice over pairs, G² reported), with evidence pairs; existing entries are not proposed,
// but an entry whose approved English is missing where the pairs use another rendering is a conflict.
import type { Glossary } from '../model/glossary.js';
import type { Lexicon as NounLexicon } from '../glossary/lexicon.js';
import { findRenderings, matchTerms, type TermMatcher } from '../glossary/index.js';
import { termKey } from '../glossary/parse-glossary.js';
import { createLexicon } from '../align/lexicon.js';
import { foldLatin } from '../lang/normalize-text.js';
import { dice, inc, lexicalSupport, logLikelihood } from './associate.js';
import { englishNgrams } from './english-ngrams.js';
import { germanTerms, type GermanTerm } from './german-candidates.js';
import { createNounLemmatizer } from './lemmatize.js';
import { displayEnglish, displayGerman } from './display-forms.js';
import { findConflicts, type PairData } from './find-conflicts.js';
import type { CandidateKind, MineOptions, MinePair, MineResult, MinedCandidate } from './types.js';

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

