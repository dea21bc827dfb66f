// Display forms of mined terms: the German for `de:` (a lemma-form surface, or the capitalised lemma)
// and the English for `en:` (singular, lower case unless a name), from the surfaces seen in the pairs.
import { termKey } from '../glossary/parse-glossary.js';
import type { EnglishNgram } from './english-ngrams.js';
import { englishWordKey } from './english-ngrams.js';
import type { CandidateKind } from './types.js';
import { inc } from './associate.js';

/** The most frequent value of a list (first seen wins ties). */
export function commonest(values: readonly string[], prefer: (v: string) => boolean = () => false): string {
  const counts = new Map<string, number>();
  for (const v of values) inc(counts, v, prefer(v) ? 1000 : 1);
  let best = values[0];
  for (const [v, c] of counts) if (c > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * The German for `de:`: a surface in the lemma form when one was seen (Gipfel, Fuß); otherwise the
 * commonest surface with its last part replaced by the capitalised lemma (Seen → See, Nato-Gipfels →
 * Nato-Gipfel). Phrases, and terms rendered by a name (Schweden → Sweden, not the lemma Schwede),
 * keep their commonest surface.
 */
export function displayGerman(surfaces: readonly string[], key: string, kind: CandidateKind): string {
  const last = (s: string) => termKey(s).split('-').pop();
  const lemma = key.split('-').pop()!;
  const inLemmaForm = surfaces.filter((s) => last(s) === lemma);
  if (inLemmaForm.length || kind === 'phrase' || kind === 'name') return commonest(inLemmaForm.length ? inLemmaForm : surfaces);
  const s = commonest(surfaces);
  const cut = s.lastIndexOf('-') + 1;
  return `${s.slice(0, cut)}${lemma[0].toUpperCase()}${lemma.slice(1)}`;
}

/** A glossary-style English: the singular surface when one was seen, lower case unless always capitalised. */
export function displayEnglish(seen: ReadonlyArray<EnglishNgram>, key: string): string {
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

