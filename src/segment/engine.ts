// Text + compiled rules → break positions. Language-neutral: it only knows SRX semantics (at a
// candidate position the first matching rule decides), line chunks and paired quotes/brackets.
import { ruleTest, type CompiledRules, type RuleRun } from './compile-rules.js';
import { lineChunks, type Chunk } from './line-chunks.js';
import { tierOf } from './narrow-classes.js';
import { insideRanges, scanPairs, type Pair } from './quote-pairs.js';
import type { LineBreakPolicy } from './types.js';

/** One decision at a candidate position (kept only when explaining). */
export interface Decision {
  at: number;
  break: boolean;
  rule: string;
}

export interface BreakResult {
  /** Sorted break positions strictly inside the text (rule breaks and hard line breaks). */
  breaks: number[];
  /** Opening quotes or brackets without a partner (they keep nothing together). */
  unpaired: number[];
  decisions?: Decision[];
}

/** Finds the breaks of `text`; with `explain`, also which rule decided at each candidate. */
export function findBreaks(text: string, rules: CompiledRules, policy: LineBreakPolicy, explain = false): BreakResult {
  const chunks = lineChunks(text, policy);
  // the regexes narrowed to the characters of the text (cheaper to compile) decide as the originals
  const tier = tierOf(text);
  const candidates = findCandidates(text, rules, tier);
  const breaks: number[] = [];
  const unpaired: number[] = [];
  const decisions: Decision[] | undefined = explain ? [] : undefined;
  let c = 0;
  for (const chunk of chunks) {
    if (chunk.start > 0) breaks.push(chunk.start);
    while (c < candidates.length && candidates[c] <= chunk.start) c++;
    let inside: Pair[] | null = null;
    let r = 0;
    for (; c < candidates.length && candidates[c] < chunk.end; c++) {
      const at = candidates[c];
      let decided: RuleRun | null = null;
      for (const run of rules.runs) {
        if (run.tiered === null) {
          if (inside === null) inside = pairsOf(text, chunk, unpaired);
          while (r < inside.length && inside[r].close < at) r++;
          if (r < inside.length && inside[r].open < at) decided = run;
        } else {
          const test = run.tiered.forTier(tier);
          test.lastIndex = at;
          if (test.test(text)) decided = run;
        }
        if (decided) break;
      }
      if (decided?.break) breaks.push(at);
      if (decisions && decided) decisions.push({ at, break: decided.break, rule: deciding(decided, text, at) });
    }
    if (chunk.end < text.length) breaks.push(chunk.end);
    if (inside === null && rules.usesPairs) pairsOf(text, chunk, unpaired);
  }
  return { breaks: dedupe(breaks), unpaired, ...(decisions ? { decisions } : {}) };
}

/** The first rule of a run that matches at `at` (what SRX would name as the deciding rule). */
function deciding(run: RuleRun, text: string, at: number): string {
  if (run.test === null) return run.rules[0].id;
  for (const rule of run.rules) {
    const re = ruleTest(rule);
    re.lastIndex = at;
    if (re.test(text)) return rule.id;
  }
  return run.rules[0].id;
}

/** Sorted, unique candidate positions from every break rule's scanner. */
function findCandidates(text: string, rules: CompiledRules, tier: number): number[] {
  const out: number[] = [];
  // each scan finds its candidates in order: only a second scan adding to the first ones needs a sort
  let sorted = true;
  for (const s of rules.scanners) {
    const re = s.tiered.forTier(tier);
    const earlier = out.length;
    re.lastIndex = 0;
    // test() instead of exec(): the match end is lastIndex, and no match array is allocated per candidate
    for (let from = 0; re.test(text); from = re.lastIndex) {
      const at = re.lastIndex;
      if (at === from) re.lastIndex = at + (isHighSurrogate(text, at) ? 2 : 1); // an empty match: step on
      if (at > 0 && at < text.length) out.push(at);
    }
    if (earlier > 0 && out.length > earlier) sorted = false;
  }
  if (!sorted) out.sort(byNumber);
  return dedupe(out);
}

function pairsOf(text: string, chunk: Chunk, unpaired: number[]): Pair[] {
  const scan = scanPairs(text, chunk.start, chunk.end);
  for (const u of scan.unpaired) if (isQuote(text[u])) unpaired.push(u);
  return insideRanges(scan.pairs);
}

function isQuote(c: string | undefined): boolean {
  return c !== undefined && c !== '(' && c !== '[';
}

function isHighSurrogate(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff;
}

function dedupe(sorted: number[]): number[] {
  let w = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[w - 1]) sorted[w++] = sorted[i];
  sorted.length = w;
  return sorted;
}

function byNumber(a: number, b: number): number {
  return a - b;
}
