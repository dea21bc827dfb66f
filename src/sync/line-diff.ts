// Two texts → a unified diff (3 lines of context), what `diglot sync --dry-run` prints.
// Myers' O((n+m)·D) algorithm: resource files are long, edits few.

type Op = { op: ' ' | '-' | '+'; line: string };

/** Unified diff of `before` → `after` with `--- a/path` / `+++ b/path` headers ('' when equal). */
export function unifiedDiff(path: string, before: string | null, after: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before ?? '');
  const b = splitLines(after);
  const ops = myers(a, b);
  const hunks: string[] = [];
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
    const lineA = 1 + ops.slice(0, start).filter((o) => o.op !== '+').length;
    const lineB = 1 + ops.slice(0, start).filter((o) => o.op !== '-').length;
    const body = ops.slice(start, stop);
    const lenA = body.filter((o) => o.op !== '+').length;
    const lenB = body.filter((o) => o.op !== '-').length;
    hunks.push(`@@ -${lenA ? lineA : lineA - 1},${lenA} +${lenB ? lineB : lineB - 1},${lenB} @@\n${body.map((o) => `${o.op}${o.line}\n`).join('')}`);
    i = stop;
  }
  return `--- ${before === null ? '/dev/null' : `a/${path}`}\n+++ b/${path}\n${hunks.join('')}`;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  trace.push(v.slice());
  // walk back through the saved frontiers
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ op: ' ', line: a[--x] });
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ op: '+', line: b[--y] });
      else ops.push({ op: '-', line: a[--x] });
    }
  }
  return ops.reverse();
}
