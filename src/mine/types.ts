// Types of term mining: aligned sentence pairs in, ranked glossary candidates and conflicts out.

/** One aligned pair: a German sentence (or group) and its English, with where it came from. */
export interface MinePair {
  de: string;
  en: string;
  /** `file:line:col` of the German, or `file pair N` for alignment output (for evidence). */
  where?: string;
}

export type CandidateKind = 'noun' | 'compound' | 'phrase' | 'name';

export interface MinedCandidate {
  /** German as proposed for `de:` (the commonest nominative-looking surface). */
  de: string;
  /** Folded lemma key (nouns: lexicon lemma; phrases: adjective stem + noun lemma). */
  key: string;
  /** English rendering proposed (the commonest surface of the chosen n-gram). */
  en: string;
  kind: CandidateKind;
  /** Pairs with the German / with the English / with both. */
  count: number;
  enCount: number;
  cooc: number;
  dice: number;
  /** Log-likelihood ratio G² of the 2×2 table. */
  llr: number;
  /** Share of the English words backed by the word list, a cognate or an identical spelling (0–1). */
  support: number;
  /** The ranking score (higher first). */
  score: number;
  /** The German is copied unchanged into the English (a name, or a loanword): flagged, not an error. */
  copied: boolean;
  /** Runner-up renderings with their Dice. */
  alternatives: Array<{ en: string; dice: number }>;
  evidence: MinePair[];
}

/** An existing entry whose approved renderings are missing where the aligned English uses another. */
export interface MinedConflict {
  term: string;
  approved: string[];
  /** The English the aligned pairs use instead. */
  found: string;
  /** Pairs with the term and without an approved rendering, of which `found` occurs in `count`. */
  unrendered: number;
  count: number;
  /** Pairs with the term at all. */
  total: number;
  evidence: MinePair[];
}

export interface MineOptions {
  /** Least number of pairs a German candidate and its English must share (default 2). */
  minCount?: number;
  /** Longest English n-gram (default 3). */
  maxNgram?: number;
  /** How many candidates to return (default 50). */
  limit?: number;
  /** Evidence pairs per candidate (default 3). */
  evidence?: number;
  /** Use the built-in German–English word list and cognates as a prior (default true). */
  lexicalPrior?: boolean;
}

export interface MineResult {
  candidates: MinedCandidate[];
  conflicts: MinedConflict[];
  pairs: number;
}
