// Types of the aligner: the pairs it returns, the options it takes and the structured input it reads.
import type { GlossaryEntry } from '../model/glossary.js';

/**
 * One bead of an alignment: German segment indices, English segment indices (0-based, contiguous, in
 * order; one side may be empty for a 1:0 or 0:1 bead), a confidence and the evidence behind it.
 */
export interface AlignmentPair {
  de: number[];
  en: number[];
  /** Confidence 0..1 that this bead is right. */
  score: number;
  /** Human-checkable evidence, e.g. `length 0.92`, `numbers 57=57`, `glossary Bündnis=alliance`. */
  why: string[];
  /** True when the confidence is below the review threshold. */
  review: boolean;
}

/** A German→English word list the aligner may use besides its built-in lexicon. */
export interface LexiconSource {
  /** Looks up a normalised German word (lower case, ß as ss); returns English words or phrases. */
  lookup(word: string): readonly string[] | undefined;
  /** Name shown in explanations (`dict`, `freedict`). */
  name: string;
}

export interface AlignOptions {
  /** Project glossary: its pairs are strong lexical anchors. */
  glossary?: readonly GlossaryEntry[];
  /**
   * Structural boundaries: indices after which a boundary (paragraph end, heading, caption) lies on each
   * side. Beads crossing a boundary, or ending at a boundary on one side only, pay a penalty.
   */
  anchors?: { de: readonly number[]; en: readonly number[] };
  /** Block kind of every segment (heading, paragraph, caption…): beads mixing kinds pay a penalty. */
  kinds?: { de: readonly string[]; en: readonly string[] };
  /** Half-width of the DP band around the coarse path, in segments (default 10); `Infinity` = full DP. */
  band?: number;
  /** Pairs scoring below this are flagged `review` (default 0.9; the score estimates the probability that the pair is right). */
  reviewThreshold?: number;
  /** Extra dictionaries (e.g. FreeDict when installed). */
  lexicons?: readonly LexiconSource[];
  /** Largest n of an n:1 or 1:n bead (default 12). */
  maxBead?: number;
  /**
   * Use the built-in German–English word list (default true). Without it, and for any pair other than
   * German → English, the evidence is pair-independent: numbers, names, cognates, punctuation, structure.
   */
  lexicon?: boolean;
  /** Source and target language (default `de` → `en`). */
  languages?: { source: string; target: string };
}

export interface AlignBlock {
  /** heading | paragraph | list-item | caption | summary-title | blockquote | title | table-cell … */
  kind: string;
  sentences: string[];
}

export interface AlignDoc {
  blocks: AlignBlock[];
}
