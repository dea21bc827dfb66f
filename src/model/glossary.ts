// Glossary entries and term hits.

/** How an entry matches German text: see glossary/README in the docs for the full contract. */
export type MatchPolicy = 'inflect' | 'exact' | 'case';

/** Who sees an entry in the edition: readers (the reader page marks it), translators (QA and the review page), or both. */
export type TermAudience = 'reader' | 'translator' | 'both';

export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

export interface GlossaryEntry {
  /** Canonical German form. */
  de: string;
  /** Approved English renderings, preferred first (never empty after validation). */
  en: string[];
  /** English renderings not to use. */
  forbidden: string[];
  /** Extra German forms that count as this term. */
  variants: string[];
  match: MatchPolicy;
  /**
   * May the term stand inside a compound? Absent: `inflect` nouns are found in closed and hyphenated
   * compounds, `exact`/`case` terms in hyphenated ones only. `true`: closed compounds too (also for
   * exact/case); `false`: only as a word of its own. Single-word nouns and names only.
   */
  compound?: boolean;
  /** `false`: a masculine person noun does not also find its feminine forms (-in, -innen). Default true. */
  feminine?: boolean;
  note?: string;
  /** Default `translator`: a term reaches the reader page only when an editor says so. */
  audience?: TermAudience;
  /** A note for readers of the edition (English), apart from `note` (for translators and the matcher). */
  readerNote?: string;
  pos?: string;
  status?: string;
  domain?: string;
  /** Where the entry was defined (for messages and conflict reports). */
  origin?: SourceRef;
}

export interface Glossary {
  entries: GlossaryEntry[];
}

/** A term found in German text. Offsets are UTF-16 code units into the text that was searched. */
export interface TermHit {
  /** Canonical `de` of the entry. */
  term: string;
  /** The exact matched text (for a compound, the whole word). */
  surface: string;
  /** UTF-16 offsets into the source file (into the segment's text where a caller matches bare text). */
  start: number;
  end: number;
  /** Approved renderings of the entry (preferred first). */
  en: string[];
  /**
   * Where the hit lies in the plain text of its segment's key (placeholders removed): set by the term
   * stage; `null` when markup splits the hit, so it does not survive into the key.
   */
  key?: { start: number; end: number } | null;
}
