// Decides whether the rest of a closed word around a term makes it a compound of that term: the part
// before must be a modifier (noun with linking element, adjective stem, verb stem), the part after a
// noun head; derivational suffixes and verb particles do not count (Botschaft+er, Auf+gabe, Rat+te).
import type { Lexicon } from './lexicon.js';
import { ADJECTIVE_MODIFIERS, DERIVED_REST, NOUN_PREFIXES, PARTICLES, hasVowel } from '../lang/de/word-classes.js';

export interface CompoundRules {
  /** True when `left` (folded) can stand before a term of `termLength` letters in a closed compound. */
  left(left: string, termLength: number): boolean;
  /** True when `right` (folded) can follow a term used as modifier: it must be a noun or noun compound. */
  right(right: string, termLength: number): boolean;
}

/** Terms shorter than this need every other constituent confirmed by the lexicon (Rat, Amt, Gabe). */
export const SHORT_TERM = 5;

const DERIVED_START = /^(?:er|in|ung|e[lr]ung|heit|keit|schaft|chen|lein|ling|ler|ner|ist|ier|lich|isch|ig|tum|(?:e?n|e?s|e)(?:los|lich|isch|ig|bar|sam|haft|heit|keit|schaft|ung))/;

/**
 * No German noun starts like this: what follows the term is a derivation (Sanktion|ierung,
 * Präsident|schaftswahl, Verband|elung), also after a letter the term took as a linking -s (Anwalt|s|chaft).
 */
const NO_NOUN_START = /^(?:ier|ung|e[lr]ung|heit|keit|schaft|chaft|lich|isch)/;
/** A derivational suffix with a linking element is no modifier (Präsident|schafts|wahl). */
const DERIVED_UNIT = /^(?:er|in|innen|ung|heit|keit|schaft|ling|tum|chen|lein|ler|ner|ei|ist|ismus|ität|ion)(?:s|es|n|en)?$/;

/** Prefixes that never stand free before a noun in a compound (they belong to a verb). */
/** Quick test before the exact particle check (one regex instead of several slices per word). */
const PARTICLE_END = new RegExp(`(?:${[...PARTICLES].join('|')})$`);
const INSEPARABLE_PREFIXES = new Set(['be', 'ge', 'er', 'ent', 'emp', 'ver', 'zer', 'miss', 'un', 'ur']);


/** Unknown strings are accepted as constituents of long terms when they look like words. */
const plausible = (s: string): boolean => s.length >= 4 && hasVowel(s) && !PARTICLES.has(s) && !DERIVED_REST.test(s);

export function createCompoundRules(lexicon: Lexicon | null): CompoundRules {
  const unitMemo = new Map<string, boolean>();
  // One memo per strictness, keyed by the string itself (no key concatenation on the hot path).
  const leftMemo = [new Map<string, boolean>(), new Map<string, boolean>()];
  const rightMemo = [new Map<string, boolean>(), new Map<string, boolean>()];

  /** A single modifier constituent as found in the lexicon. */
  const knownUnit = (u: string): boolean => {
    const hit = unitMemo.get(u);
    if (hit !== undefined) return hit;
    let ok = false;
    if (u.length >= 3 && !PARTICLES.has(u)) ok = ADJECTIVE_MODIFIERS.has(u) || (lexicon?.isModifier(u) ?? false);
    unitMemo.set(u, ok);
    return ok;
  };

  const plausibleMemo = new Map<string, boolean>();
  const isPlausible = (u: string): boolean => {
    let hit = plausibleMemo.get(u);
    if (hit === undefined) plausibleMemo.set(u, (hit = plausible(u)));
    return hit;
  };
  const unit = (u: string, strict: boolean): boolean => knownUnit(u) || (!strict && isPlausible(u));

  const left = (l: string, termLength: number): boolean => {
    const strict = termLength < SHORT_TERM;
    const memo = leftMemo[strict ? 1 : 0];
    const hit = memo.get(l);
    if (hit !== undefined) return hit;
    // A particle right before the term makes a particle-verb noun (Freitags|aus|gabe, Bekannt|gabe), even
    // when another split would also read as nouns (Freitag|saus|gabe).
    if (PARTICLE_END.test(l)) for (let k = 2; k <= Math.min(8, l.length); k++) {
      const tail = l.slice(l.length - k);
      const head = l.slice(0, l.length - k);
      if (PARTICLES.has(tail) && !INSEPARABLE_PREFIXES.has(tail) && (head === '' || left(head, SHORT_TERM))) {
        memo.set(l, false);
        return false;
      }
    }
    let ok = NOUN_PREFIXES.has(l) ? !strict : unit(l, strict);
    // Several modifiers (Nord|atlantik|bündnis): the one next to the term must be a real constituent.
    for (let k = 3; !ok && k <= l.length - 3; k++) {
      const last = l.slice(k);
      if (unit(last, strict) && left(l.slice(0, k), termLength)) ok = true;
    }
    memo.set(l, ok);
    return ok;
  };

  const right = (r: string, termLength: number): boolean => {
    const strict = termLength < SHORT_TERM;
    const memo = rightMemo[strict ? 1 : 0];
    const hit = memo.get(r);
    if (hit !== undefined) return hit;
    let ok = false;
    if (r.length >= 3 && !DERIVED_REST.test(r) && !NO_NOUN_START.test(r)) {
      if (lexicon) {
        ok = lexicon.isNounForm(r);
        // A rest that starts like a derivation needs a confirmed first constituent (Kreml|inolo|gen is none).
        // After a short term it always does (Rat|ajkow|ski is no compound of Rat).
        const firstLength = strict || DERIVED_START.test(r) ? 0 : SHORT_TERM;
        for (let k = 3; !ok && k <= r.length - 3; k++) {
          const first = r.slice(0, k);
          if (!DERIVED_UNIT.test(first) && lexicon.isNounForm(r.slice(k)) && left(first, firstLength)) ok = true;
        }
      }
      // An unknown head is accepted only for long terms, and never when it starts like a derivation
      // (Botschaft|erkonferenz is Botschafter+Konferenz).
      if (!ok && (!strict || !lexicon)) ok = isPlausible(r) && r.length >= 5 && !DERIVED_START.test(r);
    }
    memo.set(r, ok);
    return ok;
  };

  return { left, right };
}
