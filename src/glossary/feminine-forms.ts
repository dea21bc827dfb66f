// A masculine person noun's forms (folded, as from expandNoun) in, its feminine singular and plural
// forms out (Aussenminister → Aussenministerin, -innen; Experte → Expertin; Arzt → Ärztin), with the
// gender-mark spellings newsrooms use (Expert*innen, Expert:innen, Expert_innen).
import type { Lexicon } from './lexicon.js';
import { GENDER_MARKS } from '../lang/de/word-classes.js';
import { umlaut, type NounForms } from './noun-forms.js';

export interface FeminineForms {
  forms: string[];
  /** The plural as a compound modifier (Expertinnenrunde). */
  modifiers: string[];
}

const NONE: FeminineForms = { forms: [], modifiers: [] };

/** Masculine person-noun endings that form a feminine with -in (Diplomat → Diplomatin, Sekretär → Sekretärin). */
const PERSON_SUFFIX = /(?:[^e]er|ent|ant|ist|or|eur|at|ot|är|ekt|loge|oge|graf|soph|rat|e)$/;
const oneSyllable = (w: string): boolean => (w.match(/[aeiouäöüy]+/g) ?? []).length === 1;

/**
 * Feminine forms of the noun `w` (folded) with its expandNoun result. A candidate (stem + in, with or
 * without umlaut, on the word or its compound head) counts when the lexicon has it as a feminine noun,
 * also as the head of a compound it lacks (Aussen|ministerin): that says the masculine is a person
 * noun (no Wendin for Wende, no Gipfelin). The lexicon is incomplete (no Diplomatin, Staatssekretärin,
 * Bundesrätin), so a masculine head with a person-noun ending also gets stem + in by rule; for other
 * nouns the rule yields only non-words (Staatin), never another word.
 */
export function feminineForms(w: string, nf: NounForms, lexicon: Lexicon | null): FeminineForms {
  if (nf.gender === 'F' || /in(?:nen)?$/.test(w)) return NONE;
  // Experte → Expert-in, Beamte(r) → Beamt-in; the adjectival stem has no ending already.
  const baseOf = (word: string): string => (nf.adjectivalStem === undefined && word.endsWith('e') ? word.slice(0, -1) : word);
  const whole = nf.adjectivalStem ?? w;
  const prefix = nf.split?.prefix ?? '';
  const head = nf.split ? whole.slice(prefix.length) : whole;
  const candidatesOf = (base: string): string[] => [...new Set([`${base}in`, `${umlaut(base) ?? base}in`])];
  const feminine = (c: string, masculine: string): boolean => {
    if (!lexicon) return false;
    if (lexicon.paradigm(c)?.gender === 'F') return true;
    // Aussenministerin: the lexicon has Ministerin (and Minister), not the compound.
    for (let k = 1; k <= c.length - 6; k++) if (lexicon.paradigm(c.slice(k))?.gender === 'F' && lexicon.paradigm(masculine.slice(k))) return true;
    return false;
  };
  // The whole word first (Senatorin), then its head (Aussen | Ministerin).
  let found = candidatesOf(baseOf(whole)).filter((c) => feminine(c, whole));
  if (!found.length && prefix) found = candidatesOf(baseOf(head)).filter((c) => feminine(c, head)).map((c) => prefix + c);
  const base = baseOf(head);
  if (!found.length && base.length >= 2 && nf.adjectivalStem === undefined && PERSON_SUFFIX.test(head)) {
    found = (oneSyllable(base) ? candidatesOf(base) : [`${base}in`]).map((c) => prefix + c);
  }
  if (!found.length) return NONE;
  const forms = new Set<string>();
  const modifiers = new Set<string>();
  for (const fem of found) {
    const stem = fem.slice(0, -2);
    forms.add(`${stem}in`);
    forms.add(`${stem}innen`);
    modifiers.add(`${stem}innen`);
    for (const mark of GENDER_MARKS) {
      forms.add(`${stem}${mark}in`);
      forms.add(`${stem}${mark}innen`);
    }
  }
  return { forms: [...forms], modifiers: [...modifiers] };
}
