// Expands one German noun (folded) into its inflected forms and the forms it takes as the first part
// of a compound (linking elements). Known nouns come from the lexicon; unknown compounds inflect like
// their longest known head (Schwatz|fest → Schwatzfeste); nouns made from adjectives decline like
// adjectives (ein Abgeordneter, des Abgeordneten); anything else follows suffix rules.
import type { Gender, Lexicon, NounParadigm } from './lexicon.js';
import { ADJECTIVAL_STEM, ADJECTIVE_MODIFIERS, FEMININE_S_LINK, NOUN_ADJECTIVES, SIBILANT_END } from '../lang/de/word-classes.js';

export interface NounForms {
  /** Case and number forms (the lemma first). */
  forms: string[];
  /** Forms as a compound modifier: lemma, linking -s/-es/-n/-en/-er, plural, final -e dropped. */
  modifiers: string[];
  /** Where the paradigm came from (for `diglot glossary explain` style reports and tests). */
  source: 'lexicon' | 'head' | 'rules' | 'adjectival';
  /** The known head of a compound the lexicon lacks, and what stands before it (ukraine | krieg). */
  split?: { prefix: string; head: string };
  /** Grammatical gender of the noun (or of its head), when the lexicon knows it. */
  gender?: Gender;
  /** For nouns declined like adjectives: the stem the endings go on (abgeordnet). */
  adjectivalStem?: string;
}

export const umlaut = (s: string): string | null => {
  const m = /^(.*?)(au|a|o|u)([^aeiouäöü]*)$/.exec(s);
  if (!m) return null;
  const u = m[2] === 'au' ? 'äu' : m[2] === 'a' ? 'ä' : m[2] === 'o' ? 'ö' : 'ü';
  return `${m[1]}${u}${m[3]}`;
};

/** Final syllables that are never stressed: their genitive is only -s. */
const UNSTRESSED_END = /(?:el|er|en|em|ling|ig|ich|ik|or|um|us|ar|chen|lein|mus|nis|ist)$/;
const syllables = (w: string): number => (w.match(/[aeiouäöüy]+/g) ?? []).length;

/**
 * Genitive singular forms, completed where the lexicon is short: after a sibilant German writes -es
 * (des Putsches, des Einflusses; the lexicon may give only "Putschs" or nothing), and a masculine or
 * neuter noun without any listed genitive gets the regular one.
 */
function genitives(p: NounParadigm): string[] {
  const l = p.lemma;
  const gen = new Set(p.genitive);
  if (p.gender === 'F' || l.endsWith('e')) return [...gen];
  if (SIBILANT_END.test(l) && !l.endsWith('nis')) gen.add(`${l}es`);
  else if (!gen.size) gen.add(`${l}s`);
  // -s and -es alternate after a stressed final syllable (des Verbands / Verbandes), never after an
  // unstressed one (des Gipfels, Computers, Königs).
  else if (gen.has(`${l}s`) && !/[aeiouäöüy]h?$/.test(l) && (syllables(l) === 1 || !UNSTRESSED_END.test(l))) gen.add(`${l}es`);
  return [...gen];
}

function fromParadigm(p: NounParadigm, prefix: string): { forms: string[]; modifiers: string[] } {
  const gen = genitives(p);
  const singular = new Set([...p.singular, ...gen]);
  let plural = p.plural;
  // A few paradigms list no plural at all (Einfluss, Prozess, Kongress): rules fill it in.
  if (!plural.length && p.gender !== 'F' && !p.genitive.length) plural = byRules(p.lemma).forms.filter((f) => f !== p.lemma && !singular.has(f) && !(SIBILANT_END.test(p.lemma) && f === `${p.lemma}s`));
  const forms = [...singular, ...plural].map((f) => prefix + f);
  const lemma = prefix + p.lemma;
  const mods = new Set<string>([lemma, ...p.genitive.map((g) => prefix + g), ...plural.map((f) => prefix + f)]);
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
    // Strong masculine/neuter: Krieg, Staat, Fest, Amt; after a sibilant only -es (Putsches, not Putschs).
    const sibilant = SIBILANT_END.test(w);
    add(f, ...(sibilant ? [] : [`${w}s`]), `${w}es`, `${w}e`, `${w}en`, `${w}er`, `${w}ern`);
    const u = umlaut(w);
    if (u) add(f, `${u}e`, `${u}en`, `${u}er`, `${u}ern`);
    add(m, ...(sibilant ? [] : [`${w}s`]), `${w}es`, `${w}er`, `${w}en`);
    if (u) add(m, `${u}er`);
  }
  if (FEMININE_S_LINK.test(w)) m.add(`${w}s`);
  return { forms: [...f], modifiers: [...m] };
}

/**
 * Every way to read a closed compound as modifier + a head the lexicon knows (Türkei | Deal and
 * Türke | Ideal), for its hyphenated spellings; at most `limit`, those with a known modifier first.
 */
export function compoundSplits(w: string, lexicon: Lexicon | null, isModifier: (prefix: string) => boolean, limit = 3): Array<{ prefix: string; head: string }> {
  const out: Array<{ prefix: string; head: string; known: boolean }> = [];
  if (!lexicon) return out;
  for (let k = 3; k <= w.length - 3; k++) {
    if (lexicon.paradigm(w.slice(k)) && isModifier(w.slice(0, k))) out.push({ prefix: w.slice(0, k), head: w.slice(k), known: lexicon.isModifier(w.slice(0, k)) });
  }
  // Splits whose modifier the lexicon knows first (Unterhaus | Wahl before Unterh | Auswahl).
  return out.sort((a, b) => Number(b.known) - Number(a.known)).slice(0, limit).map(({ prefix, head }) => ({ prefix, head }));
}

/**
 * Adjective endings a noun like der Abgeordnete takes (strong and weak declension). Not the neuter
 * -es: a person is never "ein Delegiertes", and "Delegiertes Parlament" is an adjective.
 */
const ADJ_NOUN_ENDINGS = ['e', 'en', 'er', 'em'];

/** The stem of an adjective-like word form: abgeordneter → abgeordnet (null when it has no ending). */
function stemOf(w: string): string | null {
  const m = /^(.{3,}?)(?:er|en|es|em|e)$/.exec(w);
  return m ? m[1] : null;
}

const looksAdjectival = (stem: string): boolean => ADJECTIVAL_STEM.test(stem) || ADJECTIVE_MODIFIERS.has(stem) || NOUN_ADJECTIVES.has(stem);

/**
 * A lexicon paradigm of a noun declined like an adjective: every form is stem + e/en/er (the lexicon
 * lists the weak forms: Abgeordnete, Abgeordneten; Beamter), not feminine, and the stem is a participle
 * or adjective. The stem test keeps weak nouns out (Experte, Kollege decline the same way in the lexicon).
 */
function adjectivalParadigm(p: NounParadigm | undefined): string | null {
  if (!p || p.gender === 'F' || !p.lemma.endsWith('e')) return null;
  const stem = p.lemma.slice(0, -1);
  const ok = (f: string): boolean => f === p.lemma || f === `${stem}en` || f === `${stem}er`;
  // Not the gender: the lexicon tags adjectival nouns N (Abgeordnete, Verwandte), but also Wüste and Runde.
  return p.singular.every(ok) && p.plural.every(ok) && looksAdjectival(stem) ? stem : null;
}

/** Forms of a noun declined like an adjective, on `stem` (folded). */
function adjectivalForms(stem: string): { forms: string[]; modifiers: string[] } {
  // As a modifier it takes -en (Abgeordnetenhaus, Angestelltenversicherung, Beamtenstatus).
  return { forms: ADJ_NOUN_ENDINGS.map((e) => stem + e), modifiers: [`${stem}en`] };
}

/**
 * The adjective stem of an entry word that is a noun made from an adjective or participle, found via
 * the lexicon: the word itself, its -e form (Abgeordneter → Abgeordnete), or a known head of a
 * compound (Sondergesandter → Sonder + Gesandte).
 */
function findAdjectival(w: string, lexicon: Lexicon, isModifier: (prefix: string) => boolean): { stem: string; split?: { prefix: string; head: string } } | null {
  const stem = stemOf(w);
  if (!stem) return null;
  const own = adjectivalParadigm(lexicon.paradigm(`${stem}e`));
  if (own) return { stem: own };
  const e = `${stem}e`;
  for (let k = 1; k <= e.length - 4; k++) {
    const headStem = adjectivalParadigm(lexicon.paradigm(e.slice(k)));
    if (headStem && (e.length - k >= 4 || isModifier(e.slice(0, k)))) return { stem: e.slice(0, k) + headStem, split: { prefix: e.slice(0, k), head: e.slice(k) } };
  }
  return null;
}

/** Without the lexicon, only the clearest participle shapes count (Vorsitzender, Gesandter), in their -er form. */
const RULES_ADJECTIVAL = /^(?:\p{L}{4,}end|(?:\p{L}*?)ge\p{L}{3,}(?:t|en))er$/u;

export interface ExpandOptions {
  /** Confirms the part before a short head (Sicherheits|rat), so that Demok|rat does not inflect like Rat. */
  isModifier?: (prefix: string) => boolean;
  /** The entry says it is an adjectival noun (`pos: adjectival noun`): decline it like an adjective. */
  adjectival?: boolean;
}

/** Forms of a noun given folded; `lexicon` may be null (rules only). */
export function expandNoun(w: string, lexicon: Lexicon | null, options: ExpandOptions | ((prefix: string) => boolean) = {}): NounForms {
  const opts = typeof options === 'function' ? { isModifier: options } : options;
  const isModifier = opts.isModifier ?? (() => false);
  const direct = lexicon?.paradigm(w);
  const directStem = adjectivalParadigm(direct);
  if (direct && directStem) return { ...adjectivalForms(directStem), source: 'adjectival', adjectivalStem: directStem, gender: direct.gender };
  // The lexicon has a few strong forms as nouns of their own (Erwachsener, with only "Erwachsene"):
  // when all their forms are adjective forms, the -e lemma decides (not for Alter, Alters).
  const ownStem = lexicon && w.endsWith('er') ? adjectivalParadigm(lexicon.paradigm(`${w.slice(0, -2)}e`)) : null;
  const fragment = (p: NounParadigm): boolean => [...p.singular, ...p.plural, ...p.genitive].every((f) => ownStem !== null && ADJ_NOUN_ENDINGS.some((e) => f === ownStem + e));
  if (ownStem && (!direct || fragment(direct))) return { ...adjectivalForms(ownStem), source: 'adjectival', adjectivalStem: ownStem };
  if (direct) return { ...fromParadigm(direct, ''), source: 'lexicon', gender: direct.gender };
  if (lexicon) {
    const adj = findAdjectival(w, lexicon, isModifier);
    if (adj) return { ...adjectivalForms(adj.stem), source: 'adjectival', adjectivalStem: adj.stem, ...(adj.split ? { split: adj.split } : {}) };
    // A compound the lexicon lacks inflects like its longest known head.
    for (let k = 1; k <= w.length - 3; k++) {
      const head = lexicon.paradigm(w.slice(k));
      if (head && (w.length - k >= 4 || isModifier(w.slice(0, k)))) {
        return { ...fromParadigm(head, w.slice(0, k)), source: 'head', split: { prefix: w.slice(0, k), head: w.slice(k) }, gender: head.gender };
      }
    }
  }
  const stem = stemOf(w);
  if (stem && (opts.adjectival || (!lexicon && RULES_ADJECTIVAL.test(w)))) return { ...adjectivalForms(stem), source: 'adjectival', adjectivalStem: stem };
  return { ...byRules(w), source: 'rules' };
}
