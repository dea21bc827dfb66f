// German verb particles and prefixes as data: which stand apart from their verb in a main clause
// ("bricht … ab", "nimmt … fest"), which never do (be-, ver-, zer-: no ge- in the participle), and
// which can be either (um-, über-, durch-). Folded (lower case, ß → ss).

/**
 * Separable particles, longest first so that a prefix test finds "zurück" before "zu" and "heraus"
 * before "her". The union of what the glossary's verb forms and the aligner's base forms each kept
 * (the glossary lacked "um", the aligner "hinein", "frei" and "hoch").
 */
export const SEPARABLE_PARTICLES: readonly string[] = [
  'zusammen', 'entgegen', 'zurück', 'heraus', 'hinaus', 'herein', 'hinein', 'vorbei', 'voran', 'weiter', 'nieder',
  'statt', 'teil', 'fest', 'frei', 'fort', 'hoch', 'nach', 'los', 'weg', 'dar', 'her', 'hin', 'mit', 'ein', 'bei',
  'auf', 'aus', 'vor', 'ab', 'an', 'zu', 'um',
].sort((a, b) => b.length - a.length);

/** Prefixes that never separate and take no ge- in the participle (verletzt, beendet, empfohlen). */
export const INSEPARABLE_PREFIXES: readonly string[] = ['miss', 'emp', 'ent', 'ver', 'zer', 'be', 'er', 'ge'];

/** A folded word that begins with an inseparable prefix. */
export const INSEPARABLE_PREFIX = new RegExp(`^(?:${INSEPARABLE_PREFIXES.join('|')})`);

/** Prefixes that separate in some verbs and not in others (umfahren: er fährt um / er umfährt). */
export const TWO_WAY_PREFIXES: readonly string[] = ['durch', 'über', 'unter', 'um', 'hinter', 'wider', 'wieder'];

/** The separable particle a folded verb starts with (longest first), when at least `minRest` letters remain. */
export function separableParticleOf(word: string, minRest = 3): string | undefined {
  return SEPARABLE_PARTICLES.find((p) => word.startsWith(p) && word.length - p.length >= minRest);
}
