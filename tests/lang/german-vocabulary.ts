// The words the stray-list test calls German: everything src/lang/de knows (stop words, verb forms,
// particles, word classes, number and month words), any word with ä, ö, ü or ß, and — when the noun
// lexicon is installed — every form of its 66,000 nouns.
import { loadLexicon } from '../../src/glossary/lexicon.js';
import { foldGerman } from '../../src/lang/de/fold.js';
import { GERMAN_MONTHS } from '../../src/lang/de/calendar.js';
import { GERMAN_ARTICLE_ONE, GERMAN_CARDINALS, GERMAN_ORDINALS, GERMAN_QUANTITY_WORDS } from '../../src/lang/de/number-words.js';
import { SEPARABLE_PARTICLES, TWO_WAY_PREFIXES } from '../../src/lang/de/separable-particles.js';
import { GERMAN_STOPWORDS } from '../../src/lang/de/stopwords.js';
import { irregularForms, STRONG_VERBS } from '../../src/lang/de/strong-verbs.js';
import * as classes from '../../src/lang/de/word-classes.js';

/** A predicate over lower-case words. */
export function germanVocabulary(): (word: string) => boolean {
  const known = new Set<string>([
    ...GERMAN_STOPWORDS,
    ...[...STRONG_VERBS.values()].flatMap((v) => [v.infinitive, ...irregularForms(v)]),
    ...SEPARABLE_PARTICLES,
    ...TWO_WAY_PREFIXES,
    ...Object.keys(GERMAN_CARDINALS),
    ...Object.keys(GERMAN_ORDINALS),
    ...GERMAN_ARTICLE_ONE,
    ...Object.keys(GERMAN_QUANTITY_WORDS),
    ...Object.keys(GERMAN_MONTHS),
    ...Object.values(classes).flatMap((v) => (v instanceof Set ? [...v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])),
  ]);
  const lexicon = loadLexicon();
  return (word) => {
    const folded = foldGerman(word);
    return known.has(folded) || /[äöüß]/.test(word) || (lexicon !== null && folded.length > 3 && lexicon.isNounForm(folded));
  };
}
