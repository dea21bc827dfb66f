// A German sentence → the noun terms it contains: nouns and compounds (lemmatised by the glossary
// engine), hyphenated compounds, adjective + noun phrases; function words, numbers and verbs at the
// sentence start are not candidates. Expects plain text (placeholders removed); returns keys + surfaces.
import type { Lexicon } from '../glossary/lexicon.js';
import { foldGerman } from '../lang/de/fold.js';
import { GERMAN_STOPWORDS } from '../lang/de/stopwords.js';
import { DETERMINERS, GENERAL_ADJECTIVES, PRONOUNS, SENTENCE_START_NON_NOUNS } from '../lang/de/word-classes.js';
import type { NounLemma } from './lemmatize.js';
import type { CandidateKind } from './types.js';

export interface GermanTerm {
  /** Folded lemma key: `gipfel`, `nato-gipfel`, `kalt krieg`. */
  key: string;
  surface: string;
  kind: CandidateKind;
  /** Number of constituents (hyphen parts, closed compounds count 2): the expected English length. */
  parts: number;
  /** An unknown capitalised word at a sentence start: a name only if it also occurs inside a sentence. */
  atStart?: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const ADJ_ENDING = /^(.{3,}?)(e|en|er|es|em)$/;
const fold = foldGerman;
const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const hasLetter = (w: string): boolean => /\p{L}/u.test(w);

/** True when the text between the previous token and this one ends a sentence (or there is none). */
const startsSentence = (between: string, first: boolean): boolean => first || /[.!?:;«»„“"]\s*$/.test(between);

/** Candidate terms of one German sentence. */
export function germanTerms(text: string, lexicon: Lexicon | null, lemmatize: (folded: string) => NounLemma): GermanTerm[] {
  const tokens = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index ?? 0 }));
  const out: GermanTerm[] = [];
  const nounAt: Array<{ key: string; lemma: NounLemma; atStart: boolean } | undefined> = tokens.map((t, i) => {
    const w = t.text;
    const f = fold(w);
    if (!isCapitalised(w) || !hasLetter(w) || w.length < 2 || GERMAN_STOPWORDS.has(f)) return undefined;
    const parts = f.split('-');
    const last = parts[parts.length - 1];
    const lemma = lemmatize(last);
    const between = i ? text.slice(tokens[i - 1].start + tokens[i - 1].text.length, t.start) : '';
    // At a sentence start any word is capitalised: only a known noun counts there.
    const initial = startsSentence(between, i === 0) && parts.length === 1;
    if (initial && (SENTENCE_START_NON_NOUNS.has(f) || (tokens[i + 1] && PRONOUNS.has(fold(tokens[i + 1].text))))) return undefined;
    const atStart = initial && lemma.source === 'none' && !/^\p{Lu}{2,}$/u.test(w);
    return { key: [...parts.slice(0, -1), lemma.lemma].join('-'), lemma, atStart };
  });
  // "die Vereinten Nationen", "des Kalten Krieges": a capitalised adjective form between a determiner
  // (or an unknown word) and a noun belongs to a phrase; it is no noun of its own.
  const adjectiveLike = tokens.map((t, i) => {
    const f = fold(t.text);
    if (!nounAt[i] || !nounAt[i + 1] || !ADJ_ENDING.test(f) || text.slice(t.start + t.text.length, tokens[i + 1].start) !== ' ') return false;
    const afterDeterminer = i > 0 && DETERMINERS.has(fold(tokens[i - 1].text));
    return afterDeterminer || (nounAt[i]!.lemma.source === 'none' && !(lexicon?.isNounForm(f) ?? false));
  });
  tokens.forEach((t, i) => {
    const noun = nounAt[i];
    if (!noun || adjectiveLike[i]) return;
    const w = t.text;
    const hyphenParts = w.split('-').length;
    const kind: CandidateKind = noun.lemma.source === 'none' ? (hyphenParts > 1 ? 'compound' : 'name') : hyphenParts > 1 || noun.lemma.source === 'head' ? 'compound' : 'noun';
    out.push({ key: noun.key, surface: w, kind, parts: hyphenParts + (noun.lemma.source === 'head' ? 1 : 0), ...(noun.atStart ? { atStart: true } : {}) });
    const prev = tokens[i - 1];
    if (!prev || text.slice(prev.start + prev.text.length, t.start) !== ' ') return;
    const pf = fold(prev.text);
    const m = ADJ_ENDING.exec(pf);
    if (!m || GERMAN_STOPWORDS.has(pf) || GENERAL_ADJECTIVES.has(m[1]) || !hasLetter(pf)) return;
    // a lower-case adjective, or a capitalised one found above; never a noun before a noun (Präsident Trump)
    if (isCapitalised(prev.text) && !adjectiveLike[i - 1] && !(i - 1 === 0 && (!nounAt[i - 1] || nounAt[i - 1]!.atStart))) return;
    // after a noun or a pronoun, a word in -en before a noun is a verb: "Nationen schicken Hilfe"
    const before = tokens[i - 2];
    if (!isCapitalised(prev.text) && before && ((nounAt[i - 2] && !adjectiveLike[i - 2]) || PRONOUNS.has(fold(before.text)))) return;
    out.push({ key: `${m[1]} ${noun.key}`, surface: `${prev.text} ${w}`, kind: 'phrase', parts: 2 });
  });
  return out;
}
