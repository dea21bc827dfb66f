// Public API of term mining: aligned pairs → ranked glossary candidates and conflicts, and their formats.
export { mineTerms, type MineInput } from './mine-terms.js';
export { createNounLemmatizer, type NounLemma } from './lemmatize.js';
export { germanTerms, type GermanTerm } from './german-candidates.js';
export { englishNgrams, englishWordKey, type EnglishNgram } from './english-ngrams.js';
export { dice, logLikelihood } from './associate.js';
export type { MinePair, MinedCandidate, MinedConflict, MineOptions, MineResult, CandidateKind } from './types.js';
export { pairsFromUnits, pairsFromAlignJson } from './read-pairs.js';
export { formatMinedYaml, formatMinedJson } from './format-mined.js';
