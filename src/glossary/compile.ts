// Compiles a glossary into a TermMatcher: every entry form (canonical + variants) becomes slots with
// their inflected and compound-modifier forms, indexed once in an Aho–Corasick automaton (for terms
// that may sit inside compounds) and in hash maps (for whole words and multi-word phrases).
import type { Glossary, GlossaryEntry } from '../model/glossary.js';
import { HYPHEN, INVISIBLE } from '../lang/normalize-text.js';
import { buildAutomaton, type Automaton } from './aho-corasick.js';
import { createCompoundRules, SHORT_TERM, type CompoundRules } from './compound-rules.js';
import { foldString } from './fold-text.js';
import { DETERMINERS, FUNCTION_WORDS } from '../lang/de/word-classes.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { feminineForms } from './feminine-forms.js';
import { compoundSplits, expandNoun, type NounForms } from './noun-forms.js';
import type { CompileOptions } from './types.js';
import { expandAdjective, expandVerb, looksLikeInfinitive } from './word-forms.js';

export type SlotKind = 'noun' | 'adj' | 'verb' | 'det' | 'lit' | 'exact' | 'case';

/** One word of an entry form, ready to be compared with one text token. */
export interface Slot {
  kind: SlotKind;
  /** Folded hyphen parts of the entry word (`ukraine`, `krieg`). */
  parts: string[];
  /** The parts as written, for `match: case` (ß/ss and invisible characters still folded). */
  caseParts: string[];
  /** The entry word starts with a capital: the text word must too (Abkommen ≠ abkommen). */
  capital: boolean;
  /** Accepted forms of the last part. */
  forms: Set<string>;
  /** Forms of the last part as the first member of a compound (noun slots only). */
  modifiers: Set<string>;
  /** Verb slots: finite forms valid only with the separated particle later in the clause. */
  detached: Set<string>;
  particle?: string;
  /** The term may stand inside a closed compound (single-word nouns; exact/case with `compound: true`). */
  compound: boolean;
  /** The word may be one part of a longer hyphenated compound (Nato-Gipfel); false with `compound: false`. */
  hyphenPart: boolean;
  /** A noun declined like an adjective (der Abgeordnete): at a sentence start it may be an attribute instead. */
  adjectival: boolean;
}

export interface Lemma {
  entry: number;
  slots: Slot[];
  /** A verb phrase: the last slot is a verb that may stand apart from the rest (trieb einen Keil). */
  verbPhrase: boolean;
  /** Folded length of the term word, to decide how strict compound checks are. */
  length: number;
}

/** How a key relates to its lemma: a full form, a compound-modifier form, or the first hyphen part. */
export const Role = { Form: 0, Modifier: 1, FirstPart: 2 } as const;
export type Role = (typeof Role)[keyof typeof Role];

export interface KeyRef {
  lemma: number;
  role: Role;
}

/** A compiled glossary; build once with compileGlossary, use with matchTerms. */
export interface TermMatcher {
  glossary: Glossary;
  lemmas: Lemma[];
  automaton: Automaton;
  automatonRefs: KeyRef[][];
  /** Whole closed-word look-up: folded part → refs. */
  parts: Map<string, KeyRef[]>;
  /** Multi-word entries by the folded first token. */
  phrases: Map<string, number[]>;
  /** Lengths of the keys of `parts` and `phrases` (a cheap filter before slicing a word). */
  partLengths: Set<number>;
  phraseLengths: Set<number>;
  /** Every automaton key belongs to a capitalised entry word: lower-case words need not be scanned. */
  automatonNeedsCapital: boolean;
  /**
   * Analyses of closed words already seen, as (lemma, start, end) triples relative to the word; four
   * maps by (hyphen follows, starts with a capital). Filled by matchTerms, bounded in size.
   */
  wordCache: Array<Map<string, number[]>>;
  rules: CompoundRules;
  lexicon: Lexicon | null;
}

/** `case` keeps letter case but folds what is spelling, not case: ß/ss, invisible characters, hyphens. */
export function caseKey(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '').replace(/ß/g, 'ss').replace(/ẞ/g, 'SS').replace(HYPHEN, '-');
}

const isAllCaps = (w: string): boolean => w.length >= 2 && /\p{Lu}/u.test(w) && w === w.toUpperCase() && /^[\p{L}\d-]+$/u.test(w);
const isVerbPos = (pos?: string): boolean => !!pos && /verb|vp|\bv\b/i.test(pos);
const isAdjPos = (pos?: string): boolean => !!pos && /adj/i.test(pos) && !isAdjectivalNounPos(pos);
const isAdjectivalNounPos = (pos?: string): boolean => !!pos && /adjectival noun|nominali[sz]ed|substantiviert/i.test(pos);

/** A slot with its noun analysis, so that compileGlossary can derive spelling variants from the split. */
interface MadeSlot {
  slot: Slot;
  noun?: NounForms;
}

function makeSlot(word: string, entry: GlossaryEntry, index: number, count: number, lexicon: Lexicon | null, rules: CompoundRules): MadeSlot {
  const rawParts = word.split(/[-\u2010\u2011]/).filter(Boolean);
  const parts = rawParts.map(foldString);
  const last = parts[parts.length - 1];
  const capital = /^\p{Lu}/u.test(word);
  const multi = count > 1;
  const slot: Slot = { kind: 'lit', parts, caseParts: rawParts.map(caseKey), capital, forms: new Set([last]), modifiers: new Set(), detached: new Set(), compound: false, hyphenPart: entry.compound !== false, adjectival: false };
  if (entry.match === 'exact' || entry.match === 'case') {
    slot.kind = entry.match;
    // Literal terms stand in closed compounds only when the entry asks for it (Natostaaten).
    if (!multi && parts.length === 1 && entry.compound === true) {
      slot.compound = true;
      slot.modifiers = new Set([last]);
    }
    return { slot };
  }
  if (multi && DETERMINERS.has(parts.join('-'))) {
    slot.kind = 'det';
    slot.forms = new Set(DETERMINERS);
    return { slot };
  }
  if (!capital) {
    if (multi && FUNCTION_WORDS.has(last)) return { slot };
    const verb = (multi ? index === count - 1 : !isAdjPos(entry.pos)) && (isVerbPos(entry.pos) || looksLikeInfinitive(last));
    if (verb) {
      const v = expandVerb(last);
      slot.kind = 'verb';
      slot.forms = new Set(v.forms);
      slot.detached = new Set(v.detached);
      slot.particle = v.particle;
      // A single lower-case word may be an adjective ending in -en (offen) as well.
      if (!multi && !isVerbPos(entry.pos)) for (const f of expandAdjective(last)) slot.forms.add(f);
      return { slot };
    }
    slot.kind = 'adj';
    slot.forms = new Set(expandAdjective(last));
    return { slot };
  }
  slot.kind = 'noun';
  if (isAllCaps(word)) {
    // Acronyms (EU, UNO) take at most a genitive -s and never hide inside a closed word.
    slot.forms = new Set([last, `${last}s`]);
    return { slot };
  }
  const lastWord = index === count - 1;
  const nf = expandNoun(last, lexicon, { isModifier: (prefix) => rules.left(prefix, SHORT_TERM), adjectival: isAdjectivalNounPos(entry.pos) });
  slot.forms = new Set(nf.forms);
  slot.modifiers = new Set(nf.modifiers);
  slot.adjectival = nf.adjectivalStem !== undefined;
  if (lastWord && entry.feminine !== false) {
    const fem = feminineForms(last, nf, lexicon);
    for (const f of fem.forms) slot.forms.add(f);
    for (const f of fem.modifiers) slot.modifiers.add(f);
  }
  if (multi && !lastWord) for (const f of expandAdjective(last)) slot.forms.add(f); // Kalter Krieg
  slot.compound = !multi && entry.compound !== false;
  return { slot, noun: nf };
}

/**
 * The other spellings of a single compound noun: Ukraine-Krieg ↔ Ukrainekrieg. A hyphenated entry
 * gets its closed form (not for acronyms and figures, which German always hyphenates: US-Präsident);
 * a closed entry gets a hyphenated form for each way the lexicon splits it (Türkei-Deal, Türke-Ideal:
 * the wrong reading costs nothing, since nobody writes it).
 */
function otherSpellings(word: string, made: MadeSlot, lexicon: Lexicon | null, rules: CompoundRules): string[] {
  const { slot, noun } = made;
  if (slot.kind !== 'noun' || isAllCaps(word)) return [];
  const raw = word.split(/[-\u2010\u2011]/).filter(Boolean);
  if (raw.length > 1) {
    if (raw.slice(0, -1).some((p) => isAllCaps(p) || /\d/.test(p) || p.length < 3)) return [];
    return [raw[0] + raw.slice(1).map((p) => p.toLowerCase()).join('')];
  }
  const folded = slot.parts[0];
  const splits = noun?.split ? [noun.split] : [];
  // Both parts need three letters: only words of seven or more can split.
  if (folded.length >= 7) for (const sp of compoundSplits(folded, lexicon, (prefix) => rules.left(prefix, SHORT_TERM))) if (!splits.some((x) => x.prefix === sp.prefix)) splits.push(sp);
  const out: string[] = [];
  for (const split of splits) {
    if (split.prefix.length < 3 || split.head.length < 3) continue;
    for (let k = 1; k < word.length; k++) {
      if (foldString(word.slice(0, k)) !== split.prefix) continue;
      const rest = word.slice(k);
      out.push(`${word.slice(0, k)}-${rest[0].toUpperCase()}${rest.slice(1)}`);
      break;
    }
  }
  return out;
}

/** Builds the matcher once for a glossary (the lexicon is loaded on first use). */
export function compileGlossary(glossary: Glossary, options: CompileOptions = {}): TermMatcher {
  const lexicon = options.lexicon === false ? null : loadLexicon();
  const rules = createCompoundRules(lexicon);
  const lemmas: Lemma[] = [];
  glossary.entries.forEach((entry, ei) => {
    const seen = new Set<string>();
    const queue = [entry.de, ...entry.variants];
    for (let qi = 0; qi < queue.length; qi++) {
      const form = queue[qi];
      const words = form.trim().split(/\s+/u).filter(Boolean);
      const key = `${entry.match}:${words.join(' ')}`;
      if (!words.length || seen.has(key)) continue;
      seen.add(key);
      const made = words.map((w, i) => makeSlot(w, entry, i, words.length, lexicon, rules));
      const slots = made.map((x) => x.slot);
      const verbPhrase = slots.length > 1 && slots[slots.length - 1].kind === 'verb' && slots.slice(0, -1).some((s) => s.kind === 'noun');
      const lastSlot = slots[slots.length - 1];
      lemmas.push({ entry: ei, slots, verbPhrase, length: lastSlot.parts[lastSlot.parts.length - 1].length });
      if (words.length === 1) for (const other of otherSpellings(words[0], made[0], lexicon, rules)) if (!seen.has(`${entry.match}:${other}`)) queue.push(other);
      // A leading article is optional in the text: "die Guten Dienste" also finds "Im Kalten Krieg"-style
      // uses without it (the longer hit wins where the article is there).
      if (slots.length > 1 && slots[0].kind === 'det' && !verbPhrase) queue.push(words.slice(1).join(' '));
    }
  });

  const keys: string[] = [];
  const keyIds = new Map<string, number>();
  const automatonRefs: KeyRef[][] = [];
  const parts = new Map<string, KeyRef[]>();
  const phrases = new Map<string, number[]>();
  const addKey = (key: string, ref: KeyRef): void => {
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keys.length;
      keys.push(key);
      keyIds.set(key, id);
      automatonRefs.push([]);
    }
    automatonRefs[id].push(ref);
  };
  const addPart = (key: string, ref: KeyRef): void => {
    const list = parts.get(key);
    if (list) list.push(ref);
    else parts.set(key, [ref]);
  };

  lemmas.forEach((lemma, li) => {
    const first = lemma.slots[0];
    if (lemma.slots.length === 1) {
      const multiPart = first.parts.length > 1;
      if (first.compound) {
        if (multiPart) addKey(first.parts[0], { lemma: li, role: Role.FirstPart });
        else {
          for (const f of first.forms) addKey(f, { lemma: li, role: Role.Form });
          for (const m of first.modifiers) addKey(m, { lemma: li, role: Role.Modifier });
        }
      } else if (multiPart) addPart(first.parts[0], { lemma: li, role: Role.FirstPart });
      else for (const f of first.forms) addPart(f, { lemma: li, role: Role.Form });
      return;
    }
    const prefix = first.parts.slice(0, -1).map((p) => `${p}-`).join('');
    for (const f of first.forms) {
      const key = prefix + f;
      const list = phrases.get(key);
      if (list) list.push(li);
      else phrases.set(key, [li]);
    }
  });

  const lengths = (m: Map<string, unknown>): Set<number> => new Set([...m.keys()].map((k) => k.length));
  const automatonNeedsCapital = automatonRefs.every((refs) => refs.every((r) => lemmas[r.lemma].slots[0].capital));
  return { glossary, lemmas, automaton: buildAutomaton(keys), automatonRefs, parts, phrases, partLengths: lengths(parts), phraseLengths: lengths(phrases), automatonNeedsCapital, wordCache: [new Map(), new Map(), new Map(), new Map()], rules, lexicon };
}
