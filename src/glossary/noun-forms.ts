// Expands one German noun (folded) into its inflected forms and the forms it takes as the first part
// of a compound (linking elements). Known nouns come from the lexicon; unknown compounds inflect like
// their longest known head (Schwatz|fest → Schwatzfeste); anything else follows suffix rules.
import type { Lexicon, NounParadigm } from './lexicon.js';
import { FEMININE_S_LINK } from './german-words.js';

export interface NounForms {
  /** Case and number forms (the lemma first). */
  forms: string[];
  /** Forms as a compound modifier: lemma, linking -s/-es/-n/-en/-er, plural, final -e dropped. */
  modifiers: string[];
  /** Where the paradigm came from (for `diglot glossary explain` style reports and tests). */
  source: 'lexicon' | 'head' | 'rules';
}

const umlaut = (s: string): string | null => {
  const m = /^(.*?)(au|a|o|u)([^aeiouäöü]*)$/.exec(s);
  if (!m) return null;
  const u = m[2] === 'au' ? 'äu' : m[2] === 'a' ? 'ä' : m[2] === 'o' ? 'ö' : 'ü';
  return `${m[1]}${u}${m[3]}`;
};

function fromParadigm(p: NounParadigm, prefix: string): { forms: string[]; modifiers: string[] } {
  const forms = [...p.singular, ...p.plural].map((f) => prefix + f);
  const lemma = prefix + p.lemma;
  const mods = new Set<string>([lemma, ...p.genitive.map((g) => prefix + g), ...p.plural.map((f) => prefix + f)]);
  if (lemma.endsWith('e')) mods.add(lemma.slice(0, -1));
  if ((p.gender === 'F' || FEMININE_S_LINK.test(lemma)) && !lemma.endsWith('e') && !lemma.endsWith('s')) mods.add(`${lemma}s`);
  if (p.gender === 'F' && lemma.endsWith('e')) mods.add(`${lemma}ns`);
  return { forms: [...new Set(forms)], modifiers: [...mods] };
}

/** Suffix rules for nouns the lexicon does not know (names of things, new coinages). */
function byRules(w: string): { forms: string[]; modifiers: string[] } {
  const f = new Set<string>([w]);
  const m = new Set<string>([w]);
  const add = (list: Set<string>, ...xs: string[]): void => { for (const x of xs) list.add(x); };
  if (/(ung|heit|keit|schaft|ion|tät|ik|ei|ur|enz|anz|ade|age|ur)$/.test(w) && !w.endsWith('e')) {
    add(f, `${w}en`);
    add(m, `${w}s`, `${w}en`);
  } else if (w.endsWith('ie')) {
    add(f, `${w}n`);
    add(m, `${w}n`);
  } else if (w.endsWith('in') && w.length > 5) {
    add(f, `${w}nen`);
    add(m, `${w}nen`);
  } else if (w.endsWith('e')) {
    add(f, `${w}n`, `${w}ns`);
    add(m, w.slice(0, -1), `${w}n`, `${w}ns`);
  } else if (w.endsWith('nis')) {
    add(f, `${w}se`, `${w}ses`, `${w}sen`);
    add(m, `${w}se`);
  } else if (w.endsWith('ismus')) {
    add(f, `${w.slice(0, -2)}en`);
  } else if (/(um)$/.test(w)) {
    add(f, `${w}s`, `${w.slice(0, -2)}en`);
    add(m, `${w}s`);
  } else if (/(ist|ant|ent|at|ot|et)$/.test(w) && w.length > 5) {
    add(f, `${w}en`);
    add(m, `${w}en`);
  } else if (/(er|el|en|chen|lein)$/.test(w)) {
    add(f, `${w}s`, ...(w.endsWith('en') ? [] : [`${w}n`]));
    add(m, `${w}s`);
  } else if (/[aiouy]$/.test(w)) {
    add(f, `${w}s`);
    add(m, `${w}s`);
  } else {
    // Strong masculine/neuter: Gipfel-type endings were handled above; here Krieg, Staat, Fest, Amt.
    add(f, `${w}s`, `${w}es`, `${w}e`, `${w}en`, `${w}er`, `${w}ern`);
    const u = umlaut(w);
    if (u) add(f, `${u}e`, `${u}en`, `${u}er`, `${u}ern`);
    add(m, `${w}s`, `${w}es`, `${w}er`, `${w}en`);
    if (u) add(m, `${u}er`);
  }
  if (FEMININE_S_LINK.test(w)) m.add(`${w}s`);
  return { forms: [...f], modifiers: [...m] };
}

/**
 * Forms of a noun given folded; `lexicon` may be null (rules only). `isModifier` confirms the part
 * before a short head (Sicherheits|rat), so that Demok|rat does not inflect like Rat.
 */
export function expandNoun(w: string, lexicon: Lexicon | null, isModifier: (prefix: string) => boolean = () => false): NounForms {
  const direct = lexicon?.paradigm(w);
  if (direct) return { ...fromParadigm(direct, ''), source: 'lexicon' };
  if (lexicon) {
    // A compound the lexicon lacks inflects like its longest known head.
    for (let k = 1; k <= w.length - 3; k++) {
      const head = lexicon.paradigm(w.slice(k));
      if (head && (w.length - k >= 4 || isModifier(w.slice(0, k)))) return { ...fromParadigm(head, w.slice(0, k)), source: 'head' };
    }
  }
  return { ...byRules(w), source: 'rules' };
}
