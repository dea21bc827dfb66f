// Types of the segmentation engine: SRX-style rule sets (ordered break / no-break rules per language,
// cascaded through language maps), language packs (word lists the rules refer to) and options.

/** Where a rule was written (SRX import), for messages. */
export interface RuleOrigin {
  file: string;
  line: number;
  column: number;
}

/**
 * One rule, as in SRX 2.0: at a position between two characters, `before` must match the text ending
 * there and `after` the text starting there; the first rule (in cascade order) that matches decides
 * whether the position is a break. Patterns are JavaScript regular expressions (`u` flag); an absent
 * pattern matches anywhere.
 */
export interface SegRule {
  /** Stable id, shown by `diglot segment --explain` and in the README's rule table. */
  id?: string;
  break: boolean;
  before?: string;
  after?: string;
  /**
   * A structural condition instead of patterns: `pair` holds when the position lies inside a paired
   * quotation («…», „…“, "…", »…«, ‹…›) or bracket ((…), […]) of the same line chunk.
   */
  inside?: 'pair';
  /**
   * Speed hint for break rules: a pattern whose every match ends where a break of this rule may be —
   * usually the class of the last character before the break. The engine then scans for it (forwards)
   * instead of testing `before` at every position.
   */
  trigger?: string;
  /**
   * Scanner group of the trigger: `rare` puts it into a scanner of its own. V8 scans for one class of
   * common punctuation several times faster than for a class that also holds superscripts or emoji, so
   * triggers for rare endings (which start with the same punctuation) get a separate pass.
   */
  scan?: 'rare';
  /** Extra regex flags (`i` for SRX `(?i)` patterns). */
  flags?: string;
  /** The rule applies only under these policies (built-in rules; an SRX rule always applies). */
  when?: { quotes?: QuotePolicy };
  /** The example the rule exists for; `‖` marks where breaks must be (none: no break at all). */
  example?: string;
  origin?: RuleOrigin;
}

/** A named list of rules (SRX `<languagerule>`). */
export interface LanguageRule {
  name: string;
  rules: SegRule[];
}

/** SRX `<languagemap>`: languages whose code matches `pattern` (a regex, case-insensitive) use `languageRule`. */
export interface LanguageMap {
  pattern: string;
  languageRule: string;
}

/** A complete rule set: what an SRX file holds, and what the built-in rules are. */
export interface RuleSet {
  name: string;
  /** SRX `cascade`: every map that matches the language contributes its rules, in map order; otherwise only the first. */
  cascade: boolean;
  languageRules: LanguageRule[];
  maps: LanguageMap[];
  /** True for diglot's own rules, whose patterns use macros (`{T}`, `{list:titles}`); SRX files never do. */
  macros?: boolean;
  /** File the rules came from (SRX import). */
  file?: string;
}

/** Word lists of one language, referenced from rule patterns as `{list:name}`. */
export interface LanguagePack {
  /** BCP 47 primary subtag, e.g. `de`. */
  code: string;
  lists: Readonly<Record<string, readonly string[]>>;
}

/**
 * How line breaks inside a text count: `paragraph`: only blank lines end a sentence (Markdown
 * semantics, used inside blocks); `line`: every line break does; `auto` (plain text): blank lines
 * do, and a single line break does unless the line ends in a space or tab (the format=flowed / PDF
 * soft wrap convention) — a line that starts a list item (•, -, 1.) always starts a new segment.
 */
export type LineBreakPolicy = 'auto' | 'paragraph' | 'line';

/**
 * How quotations count: `keep` (the house policy, default): a quotation with several sentences is one
 * segment with its lead-in, and `«Kommst du?» fragte er.` is one sentence; `split`: sentences inside a
 * quotation are split like any others, and a closing quote after `!`, `?` or `.` ends the sentence even
 * before a lowercase speech verb (`«Kommst du?»‖ fragte er.`) — a comma after the quote still continues it.
 */
export type QuotePolicy = 'keep' | 'split';

export const QUOTE_POLICIES: readonly QuotePolicy[] = ['keep', 'split'];

export interface SegmentOptions {
  /** Language of the text (BCP 47; `de` when absent). Selects the language rules and word lists. */
  lang?: 'de' | 'en' | (string & {});
  /** Extra rules (e.g. from an SRX file): they come first in the cascade, so they override the built-in ones. */
  rules?: RuleSet;
  /** Set to false to use only `rules` (no built-in language rules). Default true. */
  builtin?: boolean;
  /** Extra abbreviations (e.g. a newsroom's, from config): `Ressort.` or `Ressort`; `z. B.` style allowed. */
  abbreviations?: readonly string[];
  /** Line break policy; `auto` for plain text, `paragraph` inside Markdown blocks. */
  lineBreaks?: LineBreakPolicy;
  /** Quotation policy (see QuotePolicy); default `keep`. */
  quotes?: QuotePolicy;
}

/** A trimmed span `[start, end)` of a text (UTF-16 code units). */
export interface TextSpan {
  start: number;
  end: number;
}
