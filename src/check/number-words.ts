// German key + English → `number-word-mismatch` when a number written as a word changed in translation:
// "zwei Minister" → "three ministers", "seit einem Monat" → "for two months". Counted words are the
// cardinals (zwei, beide, zweimal), and "ein" only before a unit (einem Monat, ein Jahr, ein Mal), where
// it is a number and not an article; figures in digits are number-mismatch's business.
import { GERMAN_ARTICLE_ONE, GERMAN_CARDINALS, GERMAN_NUMBER_PREFIX } from '../lang/de/number-words.js';
import { ENGLISH_ARTICLE_ONE, ENGLISH_CARDINALS } from '../lang/en/number-words.js';
import { createWordLookup, englishNumbers, germanNumbers, type NumberMention } from './numbers.js';
import type { Finding } from './unit-checks.js';
import { runsOf } from '../lang/letter-runs.js';

/** Units after "ein"/"a" that make it a count, as German stems → the English unit. */
const DE_UNITS: Array<[RegExp, string]> = [
  [/^sekunden?$/, 'second'], [/^minuten?$/, 'minute'], [/^stunden?$/, 'hour'], [/^tag(?:e|es|s|en)?$/, 'day'],
  [/^wochen?$/, 'week'], [/^monat(?:e|es|s|en)?$/, 'month'], [/^jahr(?:e|es|s|en)?$/, 'year'], [/^jahrzehnt(?:e|es|s|en)?$/, 'decade'],
  [/^jahrhundert(?:e|es|s|en)?$/, 'century'], [/^mal$/, 'time'], [/^million(?:en)?$/, 'million'], [/^milliarden?$/, 'billion'],
  [/^dutzend$/, 'dozen'], [/^prozent$/, 'percent'],
];
const EN_UNITS: Array<[RegExp, string]> = [
  [/^seconds?$/, 'second'], [/^minutes?$/, 'minute'], [/^hours?$/, 'hour'], [/^days?$/, 'day'], [/^weeks?$/, 'week'], [/^months?$/, 'month'],
  [/^years?$/, 'year'], [/^decades?$/, 'decade'], [/^centur(?:y|ies)$/, 'century'], [/^times?$/, 'time'], [/^millions?$/, 'million'],
  [/^billions?$/, 'billion'], [/^dozens?$/, 'dozen'], [/^(?:percent|per)$/, 'percent'],
];
// Unicode-property patterns at module level: the CLI bundle builds such a literal on every call otherwise.
const STARTS_UPPER = /^\p{Lu}/u;
const DE_CARDINALS = createWordLookup(GERMAN_CARDINALS);
const EN_CARDINALS = createWordLookup(ENGLISH_CARDINALS);
const DE_ARTICLE: ReadonlySet<string> = new Set(GERMAN_ARTICLE_ONE);
const EN_ARTICLE: ReadonlySet<string> = new Set(ENGLISH_ARTICLE_ONE);

/**
 * Number words used as pronouns count nothing: "zwischen beiden" (beide before no noun), "one another",
 * "no one", "one of", "the one who".
 */
function pronoun(word: string, before: string | undefined, after: string | undefined, lang: 'de' | 'en'): boolean {
  if (lang === 'de') return word.startsWith('beide') && /^beide[nr]?$/.test(word) && !(after && STARTS_UPPER.test(after));
  if (word !== 'one') return false;
  return /^(?:no|the|this|that|any|every|each|which)$/.test(before ?? '') || /^(?:another|of|by|who|which|that|and)$/i.test(after ?? '');
}

interface Counted {
  value: number;
  unit?: string;
  text: string;
}

const unitOf = (word: string | undefined, table: Array<[RegExp, string]>): string | undefined => (word === undefined ? undefined : table.find(([re]) => re.test(word))?.[1]);

/** The counted number words of a text, each with the unit that follows it (if any). */
function counted(text: string, cardinals: (word: string) => number | undefined, article: ReadonlySet<string>, units: Array<[RegExp, string]>, lang: 'de' | 'en'): Counted[] {
  const words = runsOf(text.replace(/<\/?\d+\/?>/g, ' '), false);
  // lower-cased once per word; German and English lower-case as the root locale (toLowerCase)
  const lowers = words.map((w) => w.toLowerCase());
  const out: Counted[] = [];
  words.forEach((w, i) => {
    const lower = lowers[i];
    if (pronoun(lower, lowers[i - 1], words[i + 1], lang)) return;
    const prefix = lang === 'de' ? GERMAN_NUMBER_PREFIX.exec(lower)?.[1] : undefined;
    const value = cardinals(lower) ?? (prefix ? cardinals(prefix) : undefined);
    // the unit is looked for only after a number or an article (fourteen patterns for every word otherwise)
    if (value === undefined && !article.has(lower)) return;
    const unit = unitOf(lowers[i + 1], units);
    if (value !== undefined) out.push({ value, text: unit ? `${w} ${words[i + 1]}` : w, ...(unit ? { unit } : {}) });
    else if (unit) out.push({ value: 1, unit, text: `${w} ${words[i + 1]}` });
  });
  return out;
}

/**
 * The counted words of `mine` that the other side does not account for, as multisets: each counted
 * word (same number, same unit where both have one) or figure in digits of `theirs` pairs with one of
 * mine; `lenient` also lets any mention of the number there count (an ordinal, a bare "ein").
 */
function unaccounted(mine: Counted[], theirs: Counted[], figures: NumberMention[], lenient: boolean): Counted[] {
  const free = [...theirs];
  const digits = figures.filter((f) => !f.weak).map((f) => f.value);
  return mine.filter((c) => {
    const k = free.findIndex((o) => o.value === c.value && (!c.unit || !o.unit || o.unit === c.unit));
    if (k >= 0) return free.splice(k, 1), false;
    const d = digits.indexOf(String(c.value));
    if (d >= 0) return digits.splice(d, 1), false;
    return !(lenient && !c.unit && figures.some((f) => f.value === String(c.value)));
  });
}

/** `figures`: the figures of `de` and `en` when the caller has them (germanNumbers, englishNumbers). */
export function checkNumberWords(de: string, en: string, figures: { de?: NumberMention[]; en?: NumberMention[] } = {}): Finding[] {
  const deWords = counted(de, DE_CARDINALS, DE_ARTICLE, DE_UNITS, 'de');
  const enWords = counted(en, EN_CARDINALS, EN_ARTICLE, EN_UNITS, 'en');
  if (!deWords.length && !enWords.length) return [];
  const deFigures = figures.de ?? germanNumbers(de);
  const enFigures = figures.en ?? englishNumbers(en);
  const missing = unaccounted(deWords, enWords, enFigures, false);
  // An English count the German has in any form (also an ordinal or a bare "ein") is no change.
  const extra = unaccounted(enWords, deWords, deFigures, true);
  if (!missing.length || !extra.length) return [];
  const list = (cs: Counted[]) => cs.map((c) => `"${c.text}"`).join(', ');
  return [{ ruleId: 'number-word-mismatch', severity: 'error', message: `a number in words differs: the German has ${list(missing)}, the English ${list(extra)}`, hint: 'check the number: "zwei" is "two", "einem Monat" is "a month"' }];
}
