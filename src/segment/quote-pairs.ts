// Text range → paired quotations and brackets, found with a stack. Returns the ranges inside pairs (so
// the `inside: 'pair'` rule can keep «A. B.» together) and the openers that found no partner (which
// then keep nothing together, so one stray « cannot swallow a paragraph).

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

interface Opener {
  at: number;
  /** Characters that close it. */
  closers: string;
}

const QUOTE_OR_BRACKET = /,,|[«»„“”‚‘’‹›"()[\]]/g;
const WORDISH = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

/** Finds pairs in `text[from, to)`; nothing outside the range is looked at. */
export function scanPairs(text: string, from: number, to: number): PairScan {
  const stack = new OpenerStack();
  const pairs: Pair[] = [];
  const unpaired: number[] = [];
  // scan the range alone: a search from `from` through the whole text would, for every line chunk of a
  // long plain text without quotes, run to its end (quadratic in the number of lines)
  const range = from === 0 && to === text.length ? text : text.slice(from, to);
  QUOTE_OR_BRACKET.lastIndex = 0;
  for (let m = QUOTE_OR_BRACKET.exec(range); m !== null; m = QUOTE_OR_BRACKET.exec(range)) {
    const at = m.index + from;
    const mark = m[0];
    const prev = at > from ? text[at - 1] : '';
    const next = at + mark.length < to ? text[at + mark.length] : '';
    // flanking, as Markdown decides emphasis: an opener is followed by text and not glued to a word before it
    const canOpen = next !== '' && !SPACE.test(next) && !WORDISH.test(prev);
    const canClose = prev !== '' && !SPACE.test(prev) && !WORDISH.test(next);
    switch (mark) {
      case '„':
      case ',,':
        if (canOpen) stack.push(at, '“”"');
        break;
      case '‚':
        if (canOpen) stack.push(at, '‘’');
        break;
      case '«':
      case '»':
      case '‹':
      case '›': {
        // «…» (Swiss, French) or »…« (German books): whichever is open decides the direction
        if (canClose && stack.close(mark, at, pairs, unpaired)) break;
        if (canOpen) stack.push(at, MIRROR[mark]);
        break;
      }
      case '“':
        if (canClose && stack.close(mark, at, pairs, unpaired)) break;
        if (canOpen) stack.push(at, '”');
        break;
      case '‘':
        if (canClose && stack.close(mark, at, pairs, unpaired)) break;
        if (canOpen) stack.push(at, '’');
        break;
      case '”':
      case '’':
        // ’ with no open ‘ is an apostrophe (Trump’s)
        if (canClose) stack.close(mark, at, pairs, unpaired);
        break;
      case '"':
        if (canClose && stack.close(mark, at, pairs, unpaired)) break;
        if (canOpen) stack.push(at, '"');
        break;
      case '(':
        stack.push(at, ')');
        break;
      case '[':
        stack.push(at, ']');
        break;
      default:
        // ) or ] without an opener: list labels like "a)" — nothing to pair
        stack.close(mark, at, pairs, unpaired);
    }
  }
  stack.drain(unpaired);
  unpaired.sort(byNumber);
  return { pairs, unpaired };
}

/**
 * The openers still waiting for a partner, with an index per closing character: the nearest opener a
 * mark closes is found in O(1) instead of by walking down the stack past openers of other kinds (a
 * paragraph of 100,000 unclosed brackets followed by closing quotes was quadratic).
 */
class OpenerStack {
  private readonly stack: Opener[] = [];
  /** Per closing character, the stack positions of the openers it closes, ascending. */
  private readonly byCloser = new Map<string, number[]>();

  push(at: number, closers: string): void {
    for (const c of closers) {
      let list = this.byCloser.get(c);
      if (!list) {
        list = [];
        this.byCloser.set(c, list);
      }
      list.push(this.stack.length);
    }
    this.stack.push({ at, closers });
  }

  /** Pairs `mark` at `at` with the nearest opener it closes; openers above that one stay unpaired. */
  close(mark: string, at: number, pairs: Pair[], unpaired: number[]): boolean {
    const list = this.byCloser.get(mark);
    if (!list?.length) return false;
    const k = list[list.length - 1];
    pairs.push({ open: this.stack[k].at, close: at });
    this.truncate(k, unpaired);
    return true;
  }

  /** Every opener left: unpaired. */
  drain(unpaired: number[]): void {
    this.truncate(0, unpaired, true);
  }

  /** Removes the openers from position k up; those above k go to `unpaired` (k itself too with `all`). */
  private truncate(k: number, unpaired: number[], all = false): void {
    for (let j = this.stack.length - 1; j >= k; j--) {
      const o = this.stack[j];
      // each opener is the top of its closers' lists here, so this pop is O(1)
      for (const c of o.closers) this.byCloser.get(c)!.pop();
      if (j > k || all) unpaired.push(o.at);
    }
    this.stack.length = k;
  }
}

const MIRROR: Record<string, string> = { '«': '»', '»': '«', '‹': '›', '›': '‹' };

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
