// Text range → paired quotations and brackets, found with a stack. Returns the ranges inside pairs (so
// the `inside: 'pair'` rule can keep «A. B.» together) and the openers that found no partner (which
// then keep nothing together, so one stray « cannot swallow a paragraph).
// It runs for nearly every paragraph, so it works on character codes and flat arrays: the earlier form
// (a regex test per flank, a string switch, a Map per closing character) cost V8 several times more to
// optimize than to run.

/** A pair: the offsets of the opening and the closing character. */
export interface Pair {
  open: number;
  close: number;
}

export interface PairScan {
  pairs: Pair[];
  /** Offsets of opening quotes or brackets left without a partner. */
  unpaired: number[];
}

const QUOTE_OR_BRACKET = /,,|[«»„“”‚‘’‹›"()[\]]/g;
const WORDISH = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

// The characters that close an opener, by bit: an opener records the set of characters that may close it.
const LDQUO = 0; // “
const RDQUO = 1; // ”
const QUOT = 2; // "
const LSQUO = 3; // ‘
const RSQUO = 4; // ’
const RAQUO = 5; // »
const LAQUO = 6; // «
const RSAQUO = 7; // ›
const LSAQUO = 8; // ‹
const RPAREN = 9; // )
const RBRACK = 10; // ]
const CLOSER_COUNT = 11;

/** Finds pairs in `text[from, to)`; nothing outside the range is looked at. */
export function scanPairs(text: string, from: number, to: number): PairScan {
  const stack = new OpenerStack();
  const pairs: Pair[] = [];
  const unpaired: number[] = [];
  // scan the range alone: a search from `from` through the whole text would, for every line chunk of a
  // long plain text without quotes, run to its end (quadratic in the number of lines)
  const range = from === 0 && to === text.length ? text : text.slice(from, to);
  QUOTE_OR_BRACKET.lastIndex = 0;
  while (QUOTE_OR_BRACKET.test(range)) {
    const end = QUOTE_OR_BRACKET.lastIndex + from;
    const mark = text.charCodeAt(end - 1);
    const at = mark === 0x2c ? end - 2 : end - 1; // ,, is the only mark of two characters
    // flanking, as Markdown decides emphasis: an opener is followed by text and not glued to a word before it
    const prev = at > from ? text.charCodeAt(at - 1) : -1;
    const next = end < to ? text.charCodeAt(end) : -1;
    const canOpen = next !== -1 && !isSpace(next) && !isWordish(prev);
    const canClose = prev !== -1 && !isSpace(prev) && !isWordish(next);
    switch (mark) {
      case 0x201e: // „
      case 0x2c: // ,,
        if (canOpen) stack.push(at, (1 << LDQUO) | (1 << RDQUO) | (1 << QUOT));
        break;
      case 0x201a: // ‚
        if (canOpen) stack.push(at, (1 << LSQUO) | (1 << RSQUO));
        break;
      // «…» (Swiss, French) or »…« (German books): whichever is open decides the direction
      case 0xab: // «
        if (canClose && stack.close(LAQUO, at, pairs, unpaired)) break;
        if (canOpen) stack.push(at, 1 << RAQUO);
        break;
      case 0xbb: // »
        if (canClose && stack.close(RAQUO, at, pairs, unpaired)) break;
        if (canOpen) stack.push(at, 1 << LAQUO);
        break;
      case 0x2039: // ‹
        if (canClose && stack.close(LSAQUO, at, pairs, unpaired)) break;
        if (canOpen) stack.push(at, 1 << RSAQUO);
        break;
      case 0x203a: // ›
        if (canClose && stack.close(RSAQUO, at, pairs, unpaired)) break;
        if (canOpen) stack.push(at, 1 << LSAQUO);
        break;
      case 0x201c: // “
        if (canClose && stack.close(LDQUO, at, pairs, unpaired)) break;
        if (canOpen) stack.push(at, 1 << RDQUO);
        break;
      case 0x2018: // ‘
        if (canClose && stack.close(LSQUO, at, pairs, unpaired)) break;
        if (canOpen) stack.push(at, 1 << RSQUO);
        break;
      // ’ with no open ‘ is an apostrophe (Trump’s)
      case 0x201d: // ”
        if (canClose) stack.close(RDQUO, at, pairs, unpaired);
        break;
      case 0x2019: // ’
        if (canClose) stack.close(RSQUO, at, pairs, unpaired);
        break;
      case 0x22: // "
        if (canClose && stack.close(QUOT, at, pairs, unpaired)) break;
        if (canOpen) stack.push(at, 1 << QUOT);
        break;
      case 0x28: // (
        stack.push(at, 1 << RPAREN);
        break;
      case 0x5b: // [
        stack.push(at, 1 << RBRACK);
        break;
      // ) or ] without an opener: list labels like "a)" — nothing to pair
      case 0x29: // )
        stack.close(RPAREN, at, pairs, unpaired);
        break;
      default: // ]
        stack.close(RBRACK, at, pairs, unpaired);
    }
  }
  stack.drain(unpaired);
  unpaired.sort(byNumber);
  return { pairs, unpaired };
}

// Per UTF-16 code unit outside ASCII, what the regex said: 0 not asked yet, 1 no, 2 yes.
const spaceMemo = new Uint8Array(0x10000);
const wordishMemo = new Uint8Array(0x10000);

/** `/\s/u` on one UTF-16 code unit. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  if (spaceMemo[c] === 0) spaceMemo[c] = SPACE.test(String.fromCharCode(c)) ? 2 : 1;
  return spaceMemo[c] === 2;
}

/** `[\p{L}\p{M}\p{N}]` on one UTF-16 code unit (a lone surrogate is none); -1 (no character) is none. */
function isWordish(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (wordishMemo[c] === 0) wordishMemo[c] = WORDISH.test(String.fromCharCode(c)) ? 2 : 1;
  return wordishMemo[c] === 2;
}

/**
 * The openers still waiting for a partner, with an index per closing character: the nearest opener a
 * mark closes is found in O(1) instead of by walking down the stack past openers of other kinds (a
 * paragraph of 100,000 unclosed brackets followed by closing quotes was quadratic).
 */
class OpenerStack {
  private readonly at: number[] = [];
  /** Per opener, the bits of the characters that close it. */
  private readonly closers: number[] = [];
  /** Per closing character (by bit index), the stack positions of the openers it closes, ascending. */
  private readonly byCloser: Array<number[] | undefined> = [];

  push(at: number, closers: number): void {
    for (let b = 0; b < CLOSER_COUNT; b++) if (closers & (1 << b)) (this.byCloser[b] ??= []).push(this.at.length);
    this.at.push(at);
    this.closers.push(closers);
  }

  /** Pairs the closing character `closer` (a bit index) at `at` with the nearest opener it closes; openers above it stay unpaired. */
  close(closer: number, at: number, pairs: Pair[], unpaired: number[]): boolean {
    const list = this.byCloser[closer];
    if (list === undefined || list.length === 0) return false;
    const k = list[list.length - 1];
    pairs.push({ open: this.at[k], close: at });
    this.truncate(k, unpaired, false);
    return true;
  }

  /** Every opener left: unpaired. */
  drain(unpaired: number[]): void {
    this.truncate(0, unpaired, true);
  }

  /** Removes the openers from position k up; those above k go to `unpaired` (k itself too with `all`). */
  private truncate(k: number, unpaired: number[], all: boolean): void {
    for (let j = this.at.length - 1; j >= k; j--) {
      // each opener is the top of its closers' lists here, so this pop is O(1)
      const closers = this.closers[j];
      for (let b = 0; b < CLOSER_COUNT; b++) if (closers & (1 << b)) this.byCloser[b]!.pop();
      if (j > k || all) unpaired.push(this.at[j]);
    }
    this.at.length = k;
    this.closers.length = k;
  }
}

/**
 * Merges the inside of pairs into sorted, disjoint ranges `(open, close]`: a break position p lies
 * inside when open < p <= close (the break would fall before the closing mark).
 */
export function insideRanges(pairs: readonly Pair[]): Pair[] {
  const sorted = pairs.length > 1 ? [...pairs].sort(byOpen) : pairs;
  const out: Pair[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.open < last.close) last.close = Math.max(last.close, p.close);
    else out.push({ open: p.open, close: p.close });
  }
  return out;
}

function byNumber(a: number, b: number): number {
  return a - b;
}

function byOpen(a: Pair, b: Pair): number {
  return a.open - b.open;
}
