// Two texts → a unified diff (3 lines of context), what `diglot sync --dry-run` prints. Myers' O(ND)
// algorithm in its linear-space form (the middle snake, divide and conquer): memory grows with the
// size of the files, not with size × edits (a 5 MB article used 11 GB with the whole trace kept).
// Large regions are first split at lines that occur exactly once on each side (patience diff, as
// `git diff --patience`; a resource's keys are such lines), and a region that still needs more than
// a work budget is written as delete-all / insert-all: a correct diff, just not the shortest.

type Op = { op: ' ' | '-' | '+'; line: string };

/** Regions up to this many lines (both sides together) get the shortest diff. */
const EXACT_LINES = 2000;
/** Edit-graph steps one middle-snake search may take before giving up on minimality. */
const BUDGET = 20_000_000;

/** Unified diff of `before` → `after` with `--- a/path` / `+++ b/path` headers ('' when equal; null: no file). */
export function unifiedDiff(path: string, before: string | null, after: string | null, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before ?? ''), splitLines(after ?? ''));
  const hunks: string[] = [];
  // line numbers before each op, kept as running counters (slicing per hunk was quadratic)
  let lineA = 1;
  let lineB = 1;
  let pos = 0;
  const advance = (to: number) => {
    for (; pos < to; pos++) {
      if (ops[pos].op !== '+') lineA++;
      if (ops[pos].op !== '-') lineB++;
    }
  };
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i].op === ' ') i++;
    if (i >= ops.length) break;
    const start = Math.max(0, i - context);
    let end = i;
    // extend while the next change is within 2×context lines
    for (;;) {
      while (end < ops.length && ops[end].op !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next].op === ' ') next++;
      if (next < ops.length && next - end <= context * 2) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    advance(start);
    const body = ops.slice(start, stop);
    let lenA = 0;
    let lenB = 0;
    for (const o of body) {
      if (o.op !== '+') lenA++;
      if (o.op !== '-') lenB++;
    }
    hunks.push(`@@ -${lenA ? lineA : lineA - 1},${lenA} +${lenB ? lineB : lineB - 1},${lenB} @@\n${body.map((o) => `${o.op}${o.line}\n`).join('')}`);
    i = stop;
  }
  return `--- ${before === null ? '/dev/null' : `a/${path}`}\n+++ ${after === null ? '/dev/null' : `b/${path}`}\n${hunks.join('')}`;
}

/** A diff computed on first use and kept: `diglot sync` without --dry-run never prints it, so never pays for it. */
export function lazyDiff(files: ReadonlyArray<{ path: string; before: string | null; after: string | null }>): () => string {
  let diff: string | undefined;
  return () => (diff ??= files.map((f) => unifiedDiff(f.path, f.before, f.after)).join(''));
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The edit script from `a` to `b`: equal (' '), delete ('-') and insert ('+') lines in order. */
export function diffLines(la: readonly string[], lb: readonly string[]): Op[] {
  // lines as integer ids: every comparison below is one integer compare, however long the lines
  const ids = new Map<string, number>();
  const idOf = (line: string) => {
    let id = ids.get(line);
    if (id === undefined) ids.set(line, (id = ids.size));
    return id;
  };
  const a = Int32Array.from(la, idOf);
  const b = Int32Array.from(lb, idOf);
  const ops: Op[] = [];
  // explicit stack of regions (and equal runs to emit between them) instead of recursion
  type Task = { aLo: number; aHi: number; bLo: number; bHi: number } | { equal: [number, number] };
  const tasks: Task[] = [{ aLo: 0, aHi: a.length, bLo: 0, bHi: b.length }];
  while (tasks.length) {
    const task = tasks.pop()!;
    if ('equal' in task) {
      for (let x = task.equal[0]; x < task.equal[1]; x++) ops.push({ op: ' ', line: la[x] });
      continue;
    }
    let { aLo, aHi, bLo, bHi } = task;
    const prefix = aLo;
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
      aLo++;
      bLo++;
    }
    for (let x = prefix; x < aLo; x++) ops.push({ op: ' ', line: la[x] });
    let suffix = 0;
    while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - suffix - 1] === b[bHi - suffix - 1]) suffix++;
    const tail: Task = { equal: [aHi - suffix, aHi] };
    aHi -= suffix;
    bHi -= suffix;
    const anchors = aLo < aHi && bLo < bHi && aHi - aLo + bHi - bLo > EXACT_LINES ? uniqueAnchors(a, aLo, aHi, b, bLo, bHi, ids.size) : [];
    if (anchors.length) {
      // regions between the anchors (each an equal line), pushed last to first
      tasks.push(tail);
      let [xEnd, yEnd] = [aHi, bHi];
      for (let i = anchors.length - 1; i >= 0; i--) {
        const [x, y] = anchors[i];
        tasks.push({ aLo: x + 1, aHi: xEnd, bLo: y + 1, bHi: yEnd }, { equal: [x, x + 1] });
        [xEnd, yEnd] = [x, y];
      }
      tasks.push({ aLo, aHi: xEnd, bLo, bHi: yEnd });
      continue;
    }
    const snake = aLo < aHi && bLo < bHi ? middleSnake(a, aLo, aHi, b, bLo, bHi) : undefined;
    if (!snake || snake.d <= 1) {
      // one side empty (or over budget): the region is deletions then insertions
      for (let x = aLo; x < aHi; x++) ops.push({ op: '-', line: la[x] });
      for (let y = bLo; y < bHi; y++) ops.push({ op: '+', line: lb[y] });
      tasks.push(tail);
      continue;
    }
    // left region, the snake's equal lines, right region, then the trimmed suffix (stack: reverse order)
    tasks.push(tail, { aLo: snake.u, aHi, bLo: snake.v, bHi }, { equal: [snake.x, snake.u] }, { aLo, aHi: snake.x, bLo, bHi: snake.y });
  }
  return ops;
}

/**
 * Lines that occur exactly once in each side of the region, as (x, y) pairs, longest run in the same
 * order on both sides (patience sorting: O(k log k)).
 */
function uniqueAnchors(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number, distinct: number): Array<[number, number]> {
  const inA = new Int32Array(distinct);
  const inB = new Int32Array(distinct);
  const yOf = new Int32Array(distinct);
  for (let x = aLo; x < aHi; x++) inA[a[x]]++;
  for (let y = bLo; y < bHi; y++) {
    inB[b[y]]++;
    yOf[b[y]] = y;
  }
  const pairs: Array<[number, number]> = [];
  for (let x = aLo; x < aHi; x++) if (inA[a[x]] === 1 && inB[a[x]] === 1) pairs.push([x, yOf[a[x]]]);
  // longest increasing subsequence of y (pairs are in x order)
  const tops: number[] = [];
  const back = new Int32Array(pairs.length).fill(-1);
  for (let i = 0; i < pairs.length; i++) {
    let lo = 0;
    let hi = tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tops[mid]][1] < pairs[i][1]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[i] = tops[lo - 1];
    tops[lo] = i;
  }
  const out: Array<[number, number]> = [];
  for (let i = tops.length ? tops[tops.length - 1] : -1; i >= 0; i = back[i]) out.push(pairs[i]);
  return out.reverse();
}

interface Snake {
  /** Start (x, y) and end (u, v) of the middle snake, absolute indices; d = edit distance of the region. */
  x: number;
  y: number;
  u: number;
  v: number;
  d: number;
}

/**
 * Myers' middle snake of the region: forward and reverse searches meet halfway; O(N + M) memory.
 * Undefined when the search exceeds the budget.
 */
function middleSnake(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number): Snake | undefined {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const delta = n - m;
  const odd = (delta & 1) !== 0;
  const max = Math.ceil((n + m) / 2);
  const off = max + 1;
  const vf = new Int32Array(2 * max + 3);
  const vb = new Int32Array(2 * max + 3);
  const limit = Math.max(64, Math.floor(BUDGET / (n + m)));
  for (let d = 0; d <= max; d++) {
    if (d > limit) return undefined;
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && vf[off + k - 1] < vf[off + k + 1]) ? vf[off + k + 1] : vf[off + k - 1] + 1;
      let y = x - k;
      const x0 = x;
      const y0 = y;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      vf[off + k] = x;
      const rk = delta - k;
      if (odd && rk >= -(d - 1) && rk <= d - 1 && x + vb[off + rk] >= n) return { x: aLo + x0, y: bLo + y0, u: aLo + x, v: bLo + y, d: 2 * d - 1 };
    }
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && vb[off + k - 1] < vb[off + k + 1]) ? vb[off + k + 1] : vb[off + k - 1] + 1;
      let y = x - k;
      const x0 = x;
      const y0 = y;
      while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) {
        x++;
        y++;
      }
      vb[off + k] = x;
      const fk = delta - k;
      if (!odd && fk >= -d && fk <= d && x + vf[off + fk] >= n) return { x: aHi - x, y: bHi - y, u: aHi - x0, v: bHi - y0, d: 2 * d };
    }
  }
  return undefined;
}
