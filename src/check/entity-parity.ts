// German key + English + NameTable (+ the unit's glossary hits) → entity-parity findings: names of
// people, places and organisations in the German must appear in their English form in the English and
// the other way round. "Scholz … Berlin" rendered "Merkel … Paris" is `entity-mismatch` (error); a
// known place of the German missing from the English is `entity-missing`, one the English adds is
// `entity-extra` (warnings). Names the lists do not know (Scholz, Merkel) count only in a swap, where
// both sides have one the other lacks: a capitalised German word that is no name (Avance) or an
// English one (Strongmen) cannot make an error alone.
import type { TermHit } from '../model/glossary.js';
import { bigramCodes, cognateForm, diceOfBigrams } from '../align/cognates.js';
import { foldLatin } from '../lang/normalize-text.js';
import { ENGLISH_STOPWORDS } from '../lang/en/stopwords.js';
import { memoizeWord, type NameTable } from './name-table.js';
import { englishKeys, germanKeys, wordsOf, type Word } from './name-words.js';
import { runsOf } from '../lang/letter-runs.js';
import type { Finding } from './unit-checks.js';

interface Entity {
  text: string;
  /** English forms that render it (the name itself counts too). */
  forms: string[];
  /** In the exonym list or the glossary, not guessed from capitalisation. */
  known: boolean;
  /** A glossary name: term QA already reports it when missing. */
  glossary: boolean;
  /** A place or state of the exonym list (not a people or an adjective). */
  place?: boolean;
}

/** Similar spellings across languages (Selenskyj ~ Zelensky, Wolodymyr ~ Volodymyr). */
const COGNATE = 0.6;
/** Capitalised abbreviations of titles, months and companies: no names. */
const ENGLISH_COMMON_CAPITALISED = new Set('i mr mrs ms dr prof st jr sr lt col gen sgt capt gov sen rep co corp inc ltd jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** Days and months follow a place without making a name of it: "leaves Moscow Tuesday". */
const ENGLISH_CALENDAR = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));
/**
 * Endings of common nouns and adjectives, not names: an unknown capitalised word with one is no name
 * guess (German Auflistung, Fischerei, Einflussnahme; English Representatives, Cemetery, Libyan).
 */
const GERMAN_COMMON_END = /(?:ung|ungen|heit|keit|schaft|ion|ionen|tät|ismus|ei|erei|nahme|gabe|ik|ur|ist|isten|ier|iere|eur|ment|ling|nis|sal|tum|ens|chen|lein)$/;
const ENGLISH_COMMON_END = /(?:tion|sion|ment|ness|ity|ism|ist|ery|ary|ance|ence|ship|ure|ology|ics|ive|ives|ian|ians|an|ans|ese|ish|ine|ium|sis|ar|al|ic|ous|ing|ed|ly|er|ers|or|ors)$/;

// Regular expressions with Unicode properties live at module level: the CLI bundle (esbuild) turns a
// literal with \p{…} into `new RegExp(…)`, which inside a function is built again on every call.
const UPPER = /\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}s?$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const NEXT_CAPITALISED = /^[ \u00a0]+(\p{Lu}[\p{L}\p{M}]*)/u;
const DOTTED_ABBREVIATION = /\b((?:\p{Lu}\.){2,})/gu;

/**
 * What the checks of one unit derive from its words, made once per word: the same fold recurs in every
 * comparison of a German name with the English words and of an English name with the German ones.
 */
interface UnitMemo {
  germanKeys(fold: string): string[];
  englishKeys(fold: string): string[];
  /** The word's cognate form (cognateForm) with its letter bigrams (bigramCodes). */
  cognate(word: string): Cognate;
}

interface Cognate {
  form: string;
  grams: Uint32Array;
}

function createUnitMemo(): UnitMemo {
  return {
    germanKeys: memoizeWord(germanKeys),
    englishKeys: memoizeWord(englishKeys),
    cognate: memoizeWord((word) => {
      const form = cognateForm(word);
      return { form, grams: bigramCodes(form) };
    }),
  };
}

/** Names of the German: glossary names (from the unit's hits), listed places, and unknown capitalised words. */
function germanEntities(deWords: readonly Word[], table: NameTable, hits: readonly TermHit[], memo: UnitMemo): Entity[] {
  const out: Entity[] = [];
  const covered = new Set<string>();
  for (const h of hits) {
    if (!table.glossaryNames.has(h.term)) continue;
    out.push({ text: h.surface, forms: [...h.en], known: true, glossary: true });
    for (const w of wordsOf(h.surface)) covered.add(w.fold);
  }
  for (const w of deWords) {
    if (!w.cap || covered.has(w.fold)) continue;
    const key = memo.germanKeys(w.fold).find((k) => table.german.has(k));
    if (key) {
      out.push({ text: w.text, forms: [...(table.german.get(key) ?? [])], known: true, glossary: false, place: table.places.has(key) });
      continue;
    }
    const lower = w.text.toLowerCase().replace(/ß/g, 'ss');
    if (w.text.length < 2 || table.isCommonGermanForm(lower)) continue;
    // At a sentence start any word is capitalised: only an acronym or a word with inner capitals counts.
    if (w.initial && !UPPER.test(w.text.slice(1))) continue;
    if (GERMAN_COMMON_END.test(lower) || (w.text === w.text.toUpperCase() && w.text.length < 5)) continue;
    out.push({ text: w.text, forms: [], known: false, glossary: false });
  }
  return out;
}

/** Capitalised English words that are names: listed ones, and words no list knows (not at a sentence start). */
function englishNames(enWords: readonly Word[], table: NameTable, memo: UnitMemo): Array<{ word: Word; known: boolean }> {
  const out: Array<{ word: Word; known: boolean }> = [];
  for (const w of enWords) {
    if (!w.cap || w.text.length < 2 || ENGLISH_STOPWORDS.has(w.fold) || ENGLISH_COMMON_CAPITALISED.has(w.fold)) continue;
    const keys = memo.englishKeys(w.fold);
    const known = keys.some((k) => table.englishNames.has(k));
    if (!known && (w.initial || keys.some((k) => table.english.has(k)) || ENGLISH_COMMON_END.test(w.fold) || ACRONYM.test(w.text))) continue;
    out.push({ word: w, known });
  }
  return out;
}

/**
 * Dice of the two words' cognate bigrams at least `min`. Dice cannot exceed 2·min(|A|, |B|) / (|A| + |B|):
 * words whose lengths differ that much are not compared (most pairs of a sentence).
 */
function diceAtLeast(a: Cognate, b: Cognate, min: number): boolean {
  const x = a.grams.length;
  const y = b.grams.length;
  return (2 * Math.min(x, y)) / (x + y) >= min && diceOfBigrams(a.grams, b.grams) >= min;
}

const similar = (a: string, b: string, memo: UnitMemo): boolean => a.length >= 4 && b.length >= 4 && diceAtLeast(memo.cognate(a), memo.cognate(b), COGNATE);

/** Does the English render the German entity: one of its English forms, the name itself, or a cognate? */
function renders(e: Entity, enWords: readonly Word[], enFolded: () => string, table: NameTable, memo: UnitMemo): boolean {
  for (const form of e.forms) {
    const f = foldLatin(form).replace(/\s+/g, ' ');
    if (findWord(enFolded(), f, 0, false) >= 0) return true;
  }
  const fold = foldLatin(e.text);
  // France ~ French, Germany ~ German, Russia ~ Russian: the adjective names the place too (also via
  // the list: French → französisch, which shares its stem with Frankreich).
  const stems = e.forms.map((f) => foldLatin(f).slice(0, 4)).filter((x) => x.length === 4);
  const deStem = fold.slice(0, 3);
  const demonym = (w: Word): boolean => e.known && (table.english.get(w.fold) ?? []).some((d) => d.startsWith(deStem));
  const keys = memo.germanKeys(fold);
  // (loops, not closures per word: this runs for every word of the English, for every name)
  for (const w of enWords) {
    if (shareKey(memo.englishKeys(w.fold), keys)) return true;
    if (!w.cap) continue;
    if (startsWithAny(w.fold, stems) || demonym(w) || (!e.known && similar(w.fold, fold, memo))) return true;
  }
  return false;
}

/** Does the German account for the English name: the same name, a list word it translates, or a cognate? */
function accounts(w: Word, deWords: readonly Word[], table: NameTable, glossaryEnglish: Set<string>, memo: UnitMemo): boolean {
  const keys = memo.englishKeys(w.fold);
  if (keys.some((k) => glossaryEnglish.has(k))) return true;
  const stems = keys.flatMap((k) => table.english.get(k) ?? []);
  const heads = stems.map((s) => s.replace(/e$/, ''));
  const prefixes = keys.filter((k) => k.length >= 5).map((k) => k.slice(0, 5));
  for (const d of deWords) {
    if (shareKey(memo.germanKeys(d.fold), keys)) return true;
    if (startsWithAny(d.fold, heads) || endsWithAny(d.fold, stems)) return true;
    // Demonyms and derived names share the stem: Argentine ~ argentinischen, Koreans ~ Nordkoreaner.
    if (containsAny(d.fold, prefixes)) return true;
    if (d.cap && similar(d.fold, w.fold, memo)) return true;
  }
  return false;
}

/** Do two short key lists share a key? */
function shareKey(a: readonly string[], b: readonly string[]): boolean {
  for (const k of a) if (b.includes(k)) return true;
  return false;
}

function startsWithAny(word: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (word.startsWith(p)) return true;
  return false;
}

function endsWithAny(word: string, suffixes: readonly string[]): boolean {
  for (const x of suffixes) if (word.endsWith(x)) return true;
  return false;
}

function containsAny(word: string, parts: readonly string[]): boolean {
  for (const x of parts) if (word.includes(x)) return true;
  return false;
}

const escapeRe = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SURROGATE = /[\ud800-\udfff]/;

/** Is the code point that ends just before `i` (a surrogate pair read as one) a letter or digit? */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  return WORD_CHAR.test(pair ? text.slice(i - 2, i) : text[i - 1]);
}

/** Is the code point that starts at `i` (a surrogate pair read as one) a letter or digit? */
function wordCharAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const high = text.charCodeAt(i);
  const pair = high >= 0xd800 && high <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
  return WORD_CHAR.test(pair ? text.slice(i, i + 2) : text[i]);
}

/**
 * The first index from `from` where `needle` stands after no letter or digit (and, with `end`, before
 * none): what `(?<![\p{L}\p{N}])needle(?![\p{L}\p{N}])` with the u flag finds, by indexOf instead of a
 * pattern compiled for every name of every sentence. A needle with surrogates goes through that pattern.
 */
function findWord(text: string, needle: string, from: number, end: boolean): number {
  if (SURROGATE.test(needle)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(needle)}${end ? '(?![\\p{L}\\p{N}])' : ''}`, 'gu');
    re.lastIndex = from;
    return re.exec(text)?.index ?? -1;
  }
  for (let i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (!wordCharBefore(text, i) && !(end && wordCharAt(text, i + needle.length))) return i;
  }
  return -1;
}

/**
 * Does a longer name start with the place that ends at `end`: a space, then a capitalised word that is
 * neither a function word nor another place ("Munich Security Conference", "Vienna Philharmonic",
 * "Paris Agreement", "New York Times")? Such a name is an event, a treaty or a newspaper, not the
 * place. A comma, a possessive or a lower-case word after the place ("Munich, Germany", "Germany’s
 * CDU", "US sanctions") leaves it a place.
 */
function opensLongerName(en: string, end: number, table: NameTable): boolean {
  const next = NEXT_CAPITALISED.exec(en.slice(end));
  if (!next) return false;
  const fold = foldLatin(next[1]);
  if (ENGLISH_STOPWORDS.has(fold) || ENGLISH_COMMON_CAPITALISED.has(fold) || ENGLISH_CALENDAR.has(fold)) return false;
  const at = end + next[0].length - next[1].length;
  return !table.placeNames.some((p) => en.startsWith(p.en, at) && !WORD_CHAR.test(en[at + p.en.length] ?? ''));
}

/** The English names the place on its own at least once, not only as the start of a longer name. */
function namesPlace(en: string, name: string, table: NameTable): boolean {
  for (let i = findWord(en, name, 0, true); i >= 0; i = findWord(en, name, i + name.length, true)) if (!opensLongerName(en, i + name.length, table)) return true;
  return false;
}
/** The German names the place in any form: its German stem (Russland, Russlands, russische) or the English name's (UN-Generaldebatte, französische). */
function placeInGerman(deWords: readonly Word[], p: { en: string; de: string }, table: NameTable): boolean {
  const key = p.de.split(/[-\s]/)[0];
  const deStem = key.slice(0, Math.max(4, key.length - 2));
  const first = foldLatin(p.en.split(/\s/)[0]);
  const enStem = first.slice(0, Math.min(4, first.length));
  // Vereinigten Staaten for United States, Nahen Osten for Middle East: the list's words for the name's words.
  const stems = wordsOf(p.en).flatMap((w) => table.english.get(w.fold) ?? []).filter((x) => x.length >= 4);
  return deWords.some((d) => d.fold.includes(deStem) || d.fold.startsWith(enStem) || stems.some((x) => d.fold.startsWith(x)));
}

/** Entity parity of one unit. `hits` are the unit's glossary hits (their names and renderings). */
export function checkEntities(de: string, en: string, table: NameTable, hits: readonly TermHit[] = []): Finding[] {
  // U.S., U.K., U.N. are the abbreviations US, UK, UN.
  en = en.replace(DOTTED_ABBREVIATION, (m) => m.replace(/\./g, ''));
  const deWords = wordsOf(de);
  const enWords = wordsOf(en);
  const memo = createUnitMemo();
  // the folded English only for an entity with English forms to look for (most units have none)
  let folded: string | undefined;
  const enFolded = (): string => (folded ??= foldLatin(en.replace(/<\/?\d+\/?>/g, ' ')).replace(/\s+/g, ' '));
  const glossaryEnglish = new Set(hits.flatMap((h) => h.en.flatMap((r) => wordsOf(r).map((w) => w.fold))));
  const missing = germanEntities(deWords, table, hits, memo).filter((e) => !renders(e, enWords, enFolded, table, memo));
  const seen = new Set<string>();
  const extra = englishNames(enWords, table, memo).filter(({ word }) => !accounts(word, deWords, table, glossaryEnglish, memo) && !seen.has(word.fold) && seen.add(word.fold));
  // Spellings of one name the lists lack (Gizeh ~ Giza, Moldawien ~ Moldova, Mohammeds ~ Muhammad) are no swap.
  const alike = (a: string, b: string): boolean => memo.cognate(a).form.slice(0, 3) === memo.cognate(b).form.slice(0, 3) || diceAtLeast(memo.cognate(a), memo.cognate(b), 0.5);
  for (let i = missing.length - 1; i >= 0; i--) {
    const j = extra.findIndex((x) => !missing[i].known && alike(foldLatin(missing[i].text), x.word.fold));
    if (j >= 0) {
      missing.splice(i, 1);
      extra.splice(j, 1);
    }
  }
  const list = (xs: string[]) => [...new Set(xs)].map((x) => `"${x}"`).join(', ');
  if (missing.length && extra.length) {
    return [{
      ruleId: 'entity-mismatch',
      severity: 'error',
      message: `the names differ: the German has ${list(missing.map((e) => e.text))}, the English ${list(extra.map((x) => x.word.text))}`,
      hint: 'check the names: a person, place or organisation was changed in translation (exonyms such as Moskau → Moscow are understood)',
    }];
  }
  const out: Finding[] = [];
  const places = missing.filter((e) => e.place);
  if (places.length) out.push({ ruleId: 'entity-missing', severity: 'warning', message: `the English does not name ${list(places.map((e) => e.text))} (${list(places.flatMap((e) => e.forms.slice(0, 1)))})`, hint: 'name the place in the English, or check that the sentence still says the same' });
  // One English name may render several German ones (America: Amerika, USA): any of them accounts for it.
  // (a place can only stand where the English has its first word: the rest are not searched for)
  // (looked up by the sentence's words, then in the list's order: the message names them in it)
  const candidates = [...table.headlessPlaces];
  const heads = new Set<string>();
  for (const run of runsOf(en, true)) {
    const found = table.placesByHead.get(run);
    if (!found || heads.has(run)) continue;
    heads.add(run);
    candidates.push(...found);
  }
  const named = candidates.sort((a, b) => a - b).map((i) => table.placeEnglish[i]).filter((p) => namesPlace(en, p.name, table)).map((p) => p.name);
  const added = named.filter((name) => !table.placeNames.some((p) => p.en === name && placeInGerman(deWords, p, table)));
  if (added.length) out.push({ ruleId: 'entity-extra', severity: 'warning', message: `the English names ${list(added)}, which the German does not`, hint: 'check that the English does not add or change a place' });
  return out;
}
