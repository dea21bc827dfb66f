// Plain text → sentence spans: the built-in rules for the language (optionally after SRX rules and
// with extra abbreviations), applied by the engine. Spans are trimmed and index the input, so
// `text.slice(start, end)` is the sentence and only whitespace lies between spans.
import { compileRules, type CompiledRules, type RuleSource } from './compile-rules.js';
import { findBreaks, type Decision } from './engine.js';
import { BUILTIN_RULES, packFor } from './lang/builtin.js';
import type { RuleSet, SegmentOptions, TextSpan } from './types.js';

export type { TextSpan } from './types.js';

/** Spans plus what the engine noticed (unpaired quotes) and, when asked, every decision. */
export interface TextSegmentation {
  spans: TextSpan[];
  unpaired: number[];
  decisions?: Decision[];
}

/** Splits plain text into sentences; whitespace between sentences is not part of any span. */
export function segmentText(text: string, opts: SegmentOptions = {}): TextSpan[] {
  return segmentTextDetailed(text, opts).spans;
}

/** Like segmentText, with unpaired quote positions and (with `explain`) the deciding rule per candidate. */
export function segmentTextDetailed(text: string, opts: SegmentOptions = {}, explain = false): TextSegmentation {
  const rules = compiledFor(opts);
  const result = findBreaks(text, rules, opts.lineBreaks ?? 'auto', explain);
  return { spans: spansFromBreaks(text, result.breaks), unpaired: result.unpaired, ...(result.decisions ? { decisions: result.decisions } : {}) };
}

/**
 * A segmenter with the rules for `opts` compiled once: for callers that segment many texts with the same
 * options (the batch protocol), so each call skips the option look-up.
 */
export function createSegmenter(opts: SegmentOptions = {}): (text: string) => TextSpan[] {
  const rules = compiledFor(opts);
  const lineBreaks = opts.lineBreaks ?? 'auto';
  return (text) => spansFromBreaks(text, findBreaks(text, rules, lineBreaks).breaks);
}

/** Cuts `text` at the breaks and trims every piece (JS whitespace, BOM included); empty pieces vanish. */
export function spansFromBreaks(text: string, breaks: readonly number[]): TextSpan[] {
  const spans: TextSpan[] = [];
  let from = 0;
  for (let i = 0; i <= breaks.length; i++) {
    const to = i < breaks.length ? breaks[i] : text.length;
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    from = to;
  }
  return spans;
}

/** Same set as JavaScript's `\s`. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const cache = new Map<string, CompiledRules>();
const ruleSetIds = new WeakMap<RuleSet, number>();
let nextRuleSetId = 1;

/** Compiled rules for the options, cached (rule sets by identity, abbreviations by content). */
export function compiledFor(opts: SegmentOptions): CompiledRules {
  const lang = opts.lang ?? 'de';
  const builtin = opts.builtin !== false || !opts.rules;
  const extra = opts.abbreviations ?? [];
  let rsId = 0;
  if (opts.rules) {
    rsId = ruleSetIds.get(opts.rules) ?? nextRuleSetId++;
    ruleSetIds.set(opts.rules, rsId);
  }
  const quotes = opts.quotes ?? 'keep';
  const key = `${lang}\u0000${builtin}\u0000${rsId}\u0000${quotes}\u0000${extra.join('\u0001')}`;
  let compiled = cache.get(key);
  if (!compiled) {
    const pack = packFor(lang);
    const sources: RuleSource[] = [];
    if (opts.rules) sources.push({ ruleSet: opts.rules, pack });
    if (builtin) sources.push({ ruleSet: BUILTIN_RULES, pack });
    compiled = compileRules(sources, lang, { abbreviations: extra }, { quotes });
    if (cache.size > 64) cache.clear();
    cache.set(key, compiled);
  }
  return compiled;
}
