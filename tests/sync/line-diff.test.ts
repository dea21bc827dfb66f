import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines, lazyDiff, unifiedDiff } from '../../src/sync/line-diff.js';

/** Applies a unified diff produced by unifiedDiff to the old lines (strict: context must match). */
function applyDiff(before: string[], diff: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (const l of diff.split('\n').slice(2)) {
    if (l === '') continue;
    const h = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(l);
    if (h) {
      const start = Number(h[2]) ? Number(h[1]) - 1 : Number(h[1]);
      while (i < start) out.push(before[i++]);
    } else if (l[0] === ' ' || l[0] === '-') {
      if (before[i] !== l.slice(1)) throw new Error(`line ${i + 1} does not match "${l}"`);
      if (l[0] === ' ') out.push(before[i]);
      i++;
    } else if (l[0] === '+') out.push(l.slice(1));
  }
  while (i < before.length) out.push(before[i++]);
  return out;
}

const text = (lines: string[]) => (lines.length ? `${lines.join('\n')}\n` : '');

describe('unifiedDiff', () => {
  it('prints a hunk with 3 lines of context and headers', () => {
    const before = text(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const after = text(['1', '2', 'X', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(unifiedDiff('f.json', before, after)).toBe(
      '--- a/f.json\n+++ b/f.json\n@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+X\n 4\n 5\n 6\n@@ -8,3 +8,4 @@\n 8\n 9\n 10\n+11\n',
    );
  });

  it('is empty for equal texts and uses /dev/null for a new file', () => {
    expect(unifiedDiff('f', 'a\n', 'a\n')).toBe('');
    expect(unifiedDiff('f', null, 'a\n')).toBe('--- /dev/null\n+++ b/f\n@@ -0,0 +1,1 @@\n+a\n');
  });

  it('applying the diff to the old text gives the new text (property)', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 30 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const d = unifiedDiff('x', text(a), text(b));
        if (text(a) === text(b)) return d === '';
        return JSON.stringify(applyDiff(a, d)) === JSON.stringify(b);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('diffLines (linear-space Myers)', () => {
  /** Length of a longest common subsequence, by the textbook DP (small inputs only). */
  const lcs = (a: string[], b: string[]) => {
    const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
    return dp[a.length][b.length];
  };

  it('rebuilds both sides and is minimal (as many equal lines as the longest common subsequence)', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 40 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const ops = diffLines(a, b);
        expect(ops.filter((o) => o.op !== '+').map((o) => o.line)).toEqual(a);
        expect(ops.filter((o) => o.op !== '-').map((o) => o.line)).toEqual(b);
        expect(ops.filter((o) => o.op === ' ').length).toBe(lcs(a, b));
      }),
      { numRuns: 800 },
    );
  });

  it('handles 50,000-line files (new, entirely rewritten, edited every 50 lines) in bounded memory', () => {
    const n = 50_000;
    const a = Array.from({ length: n }, (_, i) => `  "Satz ${i}.": "Sentence ${i}.",`);
    const rewritten = a.map((l) => l.replace('Sentence', 'Phrase'));
    const edited = a.map((l, i) => (i % 50 === 0 ? l.replace('.",', '!",') : l));
    expect(diffLines([], a).every((o) => o.op === '+')).toBe(true);
    const all = diffLines(a, rewritten);
    expect(all.length).toBe(2 * n);
    expect(all.filter((o) => o.op === '-').length).toBe(n);
    const some = diffLines(a, edited);
    expect(some.filter((o) => o.op === '-').length).toBe(n / 50);
    expect(some.filter((o) => o.op === ' ').length).toBe(n - n / 50);
  });

  it('lazyDiff computes once, on first use', () => {
    const files = [{ path: 'a.json', before: 'x\n', after: 'y\n' }];
    const diff = lazyDiff(files);
    files[0].after = 'z\n';
    expect(diff()).toContain('+z');
    files[0].after = 'w\n';
    expect(diff()).toContain('+z');
  });
});
