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
  const stack: Opener[] = [];
  const pairs: Pair[] = [];
  const unpaired: number[] = [];
  QUOTE_OR_BRACKET.lastIndex = from;
  for (let m = QUOTE_OR_BRACKET.exec(text); m !== null && m.index < to; m = QUOTE_OR_BRACKET.exec(text)) {
    const at = m.index;
    const mark = m[0];
    const prev = at > from ? text[at - 1] : '';
    const next = at + mark.length < to ? text[at + mark.length] : '';
    // flanking, as Markdown decides emphasis: an opener is followed by text and not glued to a word before it
    const canOpen = next !== '' && !SPACE.test(next) && !WORDISH.test(prev);
    const canClose = prev !== '' && !SPACE.test(prev) && !WORDISH.test(next);
    switch (mark) {
      case '„':
      case ',,':
        if (canOpen) stack.push({ at, closers: '“”"' });
        break;
      case '‚':
        if (canOpen) stack.push({ at, closers: '‘’' });
        break;
      case '«':
      case '»':
      case '‹':
      case '›': {
        // «…» (Swiss, French) or »…« (German books): whichever is open decides the direction
        if (canClose && closeFrom(stack, mark, at, pairs, unpaired)) break;
        if (canOpen) stack.push({ at, closers: MIRROR[mark] });
        break;
      }
      case '“':
        if (canClose && closeFrom(stack, mark, at, pairs, unpaired)) break;
        if (canOpen) stack.push({ at, closers: '”' });
        break;
      case '‘':
        if (canClose && closeFrom(stack, mark, at, pairs, unpaired)) break;
        if (canOpen) stack.push({ at, closers: '’' });
        break;
      case '”':
      case '’':
        // ’ with no open ‘ is an apostrophe (Trump’s)
        if (canClose) closeFrom(stack, mark, at, pairs, unpaired);
        break;
      case '"':
        if (canClose && closeFrom(stack, mark, at, pairs, unpaired)) break;
        if (canOpen) stack.push({ at, closers: '"' });
        break;
      case '(':
        stack.push({ at, closers: ')' });
        break;
      case '[':
        stack.push({ at, closers: ']' });
        break;
      default:
        // ) or ] without an opener: list labels like "a)" — nothing to pair
        closeFrom(stack, mark, at, pairs, unpaired);
    }
  }
  for (const o of stack) unpaired.push(o.at);
  unpaired.sort(byNumber);
  return { pairs, unpaired };
}

/** Pairs `mark` at `at` with the nearest opener it closes; openers above that one stay unpaired. */
function closeFrom(stack: Opener[], mark: string, at: number, pairs: Pair[], unpaired: number[]): boolean {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (!stack[k].closers.includes(mark)) continue;
    pairs.push({ open: stack[k].at, close: at });
    for (let j = k + 1; j < stack.length; j++) unpaired.push(stack[j].at);
    stack.length = k;
    return true;
  }
  return false;
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
