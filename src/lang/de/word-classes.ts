// Closed German word classes as data (all folded: lower case, ß→ss): determiners, function words,
// verb particles, modifiers that are not nouns, derivational suffixes, pronouns, general adjectives.
// Each list says which rule of the glossary matcher or the term miner it serves.
import { INSEPARABLE_PREFIXES, SEPARABLE_PARTICLES, TWO_WAY_PREFIXES } from './separable-particles.js';

/** Any of these stands for any other in a multi-word entry ("einen Keil treiben" ~ "den Keil trieb"). */
export const DETERMINERS = new Set(
  [
    'der die das den dem des',
    'ein eine einen einem einer eines',
    'kein keine keinen keinem keiner keines',
    'dieser diese dieses diesen diesem',
    'jener jene jenes jenen jenem',
    'mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines',
    'sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres',
    'unser unsere unseren unserem unserer unseres euer eure euren eurem eurer eures',
    'welcher welche welches welchen welchem jeder jede jedes jeden jedem',
  ].join(' ').split(' '),
);

/** Lower-case words that are neither adjectives nor verbs: matched literally in multi-word entries. */
export const FUNCTION_WORDS = new Set(
  [
    'ab an auf aus bei bis durch für gegen hinter in mit nach neben ohne seit über um unter von vor während wegen zu zwischen',
    'am ans aufs beim im ins vom zum zur',
    'und oder aber sondern denn doch sowie als wie wenn dass ob weil',
    'nicht nur auch noch schon sehr so zu nie immer',
    'sich es er sie wir ihr man uns euch mich dich ihm ihn',
  ].join(' ').split(' '),
);

/**
 * Verb particles and verbal prefixes. A noun preceded by one of these inside a closed word is a
 * particle-verb nominalisation, not a compound of the noun: Aufgabe is not a Gabe, Vorrat not a Rat.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  ...SEPARABLE_PARTICLES,
  ...INSEPARABLE_PREFIXES,
  ...TWO_WAY_PREFIXES,
  // particles of fewer verbs, and the negating/original un-, ur- of nouns (Unrat, Ursache)
  ...'un ur empor rück herum voraus gegenüber überein bekannt kund preis wahr'.split(' '),
]);

/**
 * Prepositional prefixes that do make compounds with (longer) nouns: Gegensanktion, Zwischengipfel.
 * Allowed only before a term of five letters or more, where a particle-verb reading is unlikely.
 */
export const NOUN_PREFIXES = new Set(['gegen', 'neben', 'zwischen', 'aussen', 'innen', 'gesamt', 'haupt', 'sonder', 'vize', 'ex', 'anti', 'pro', 'top', 'ober', 'nachkriegs', 'vorkriegs']);

/** Adjective stems common as compound modifiers (Grossmacht, Neuwahl, Sondergipfel); nouns come from the lexicon. */
export const ADJECTIVE_MODIFIERS = new Set(
  [
    'gross klein neu alt hoch tief lang kurz früh spät erst letzt mittel voll halb doppel',
    'rot schwarz weiss grün blau gelb braun',
    'west ost nord süd inter multi super mega mini maxi ultra semi',
    'bundes landes staats stadt welt euro',
  ].join(' ').split(' '),
);

/**
 * Derivational suffixes (with their inflections). What remains after a term inside a word must not be
 * only one of these: Botschaft+er, Sanktion+ieren, Freund+schaft, Grenze+n+los are derived words.
 */
export const DERIVED_REST = new RegExp(
  '^(?:' +
    [
      'e', 'en', 'n', 's', 'es', 'er', 'ern', 'ers', 'erin', 'erinnen', 'in', 'innen', 'chen', 'lein',
      'ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tum', 'tümer', 'ling', 'linge', 'lingen',
      'ler', 'lers', 'lern', 'lerin', 'ner', 'ners', 'nern', 'ei', 'eien', 'ie', 'ien', 'ik', 'iken', 'ist', 'isten', 'istin',
      'ismus', 'ität', 'itäten', 'ion', 'ionen', 'al', 'ale', 'alen', 'ant', 'anten', 'ent', 'enten',
      'ier\\p{L}*', 'lich\\p{L}*', 'isch\\p{L}*', 'ig', 'ige\\p{L}*', 'bar\\p{L}*', 'sam\\p{L}*', 'haft\\p{L}*', 'los\\p{L}*',
      'mässig\\p{L}*', 'weise', 'artig\\p{L}*', 'ös\\p{L}*', 'ell\\p{L}*', 'iv\\p{L}*', 'end\\p{L}*',
      'te', 'ten', 'test', 'tet', 'st', 'et', 'le', 'ln', 'el', 'eln',
    ].join('|') +
    ')$',
  'u',
);

/** Suffixes that make a feminine noun take the linking -s (Sanktionspaket, Freundschaftsvertrag). */
export const FEMININE_S_LINK = /(?:ung|heit|keit|schaft|ion|tät|ität|ut|at|ft|cht|sicht)$/;

/** True when the folded string has a vowel (a constituent without one is no word). */
export const hasVowel = (s: string): boolean => /[aeiouyäöü]/.test(s);

/**
 * Names and lexicalised words that end like a term but are not compounds of it for QA purposes
 * (Russland is not a "Land" → "country" hit). A term inside the first letters of these is skipped.
 */
export const NOT_COMPOUNDS = [
  'deutschland', 'russland', 'england', 'finnland', 'irland', 'nordirland', 'island', 'schottland', 'griechenland', 'thailand',
  'lettland', 'estland', 'grönland', 'neuseeland', 'holland', 'rheinland', 'saarland', 'friesland', 'lappland', 'swasiland',
  'abendland', 'morgenland', 'falkland', 'frankreich', 'österreich',
  'heirat', 'zierrat', 'demokrat', 'bürokrat', 'technokrat', 'aristokrat', 'autokrat', 'quadrat', 'apparat', 'präparat', 'magistrat', 'kastrat',
].flatMap((w) => (w.endsWith('land') ? [w, `${w.slice(0, -4)}länd`] : [w]));

/**
 * Stems of adjectives and participles that German uses as nouns with adjective endings (der Abgeordnete,
 * ein Abgeordneter): past participles (ge…t, ge…en, be/ver/er/ent…t, …iert), present participles
 * (…end) and adjective suffixes. Tested on the stem left after dropping -e/-er/-en/-es/-em.
 */
export const ADJECTIVAL_STEM = /(?:ge\p{L}{2,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss)\p{L}{2,}(?:t|en)|\p{L}{2,}iert|\p{L}{3,}end|\p{L}{2,}(?:lich|ig|isch|los|bar|sam|haft|ell))$/u;

/** Plain adjectives used as nouns (der Kranke, die Grünen); with ADJECTIVE_MODIFIERS. */
export const NOUN_ADJECTIVES = new Set(['krank', 'deutsch', 'fremd', 'gut', 'jung', 'tot', 'arm', 'reich', 'weise', 'blind', 'link', 'recht', 'nah']);

/** Noun endings after which the genitive singular takes -es, never a bare -s (des Putsches, des Kreises). */
export const SIBILANT_END = /(?:s|x|z|sch|tch)$/;

/** Gender marks between a masculine stem and the feminine ending (Expert*innen, Expert:innen, Expert_innen). */
export const GENDER_MARKS = ['*', ':', '_'] as const;

/**
 * Adjective heads of compound adjectives (einfluss|reich, erfolg|reich, kriegs|müde). Such a word is
 * capitalised only at a sentence start, where it must not count as a compound of the noun term.
 */
export const ADJECTIVE_HEADS = /^(?:reich|arm|voll|los|frei|fähig|mässig|würdig|gerecht|feindlich|freundlich|bereit|müde|nah|fern|stark|schwach|treu|fest|sicher|bedingt|bezogen|orientiert|relevant|spezifisch|weit|lastig|kritisch|politisch)(?:e|en|er|es|em)?$/;

/**
 * Nouns of particle verbs (preis|geben → Preisgabe, teil|nehmen → Teilnahme): after a term that is
 * also a verb particle they make no compound of the term.
 */
export const PARTICLE_NOUN_HEADS = /^(?:gabe|nahme|habe|haber|gebung)/;

/** Folded adjective endings, for an adjective standing where a plural noun could (Komplexe Fragen). */
export const ADJECTIVE_ENDINGS = ['e', 'en', 'er', 'es', 'em'] as const;

// The term miner's word classes

/** Adjectives too general to make a term with their noun (neue Regierung, anderen Ländern). */
export const GENERAL_ADJECTIVES: ReadonlySet<string> = new Set(
  'ander neu alt gross klein erst zweit dritt letzt viel weit gut hoch lang ganz eigen jung gleich weiter bisherig heutig jetzig beid verschieden mehrer wenig einzig ersten gesamt bestimmt möglich wichtig ähnlich gross grösser ganze solch nächst vergangen kommend ehemalig'.split(' '),
);

/** Prepositions and adverbs that are also nouns (der Laut, der Dank): at a sentence start they are not. */
export const SENTENCE_START_NON_NOUNS: ReadonlySet<string> = new Set('laut dank statt trotz kraft mittels zwecks seitens angesichts anfang ende mitte heute morgen abend nachts dienstags zeit'.split(' '));

/** Personal pronouns: after one, a word in -en is a verb (wir schicken Hilfe), and before one a capitalised
 * word at the sentence start is a verb too (Schicken Sie …). */
export const PRONOUNS: ReadonlySet<string> = new Set('ich du er sie es wir ihr man'.split(' '));
