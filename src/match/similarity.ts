// Two German keys → similarity 0–100 from a token-level edit distance (the documented score).
//
// Definition (README → Translation memory → Similarity score):
//   tokens  = placeholders (`<1>`, `</1>`, `<2/>`), runs of letters/digits, and every other
//             non-space character on its own, taken from normalizeKey(text);
//   cost    = insertion 1 · deletion 1 · substitution 1, or ½ when the two words differ only in
//             case or "ß"/"ss" (an orthography fix is not a content edit), 0 when identical;
//   d       = the cheapest sequence of such edits (Levenshtein over tokens);
//   score   = round(100 × (1 − d / max(|a|, |b|))), 100 for two empty keys.
// One changed word in a 20-token sentence scores 95; a threshold of 75 allows a quarter of the
// tokens to change.
import { foldWord, normalizeKey } from './normalize-key.js';

const TOKEN = /<\/?\d+\/?>|[\p{L}\p{M}\p{N}]+|\S/gu;

/** The tokens the score counts, from the normalised key. */
export function tokenizeForMatch(text: string): string[] {
  return normalizeKey(text).match(TOKEN) ?? [];
}

/** Similarity 0–100 of two keys (see the module comment for the definition). */
export function similarity(a: string, b: string): number {
  const ta = tokenizeForMatch(a);
  const tb = tokenizeForMatch(b);
  const ids = new Map<string, number>();
  const folds = new Map<string, number>();
  const idOf = (t: string, m: Map<string, number>) => {
    let v = m.get(t);
    if (v === undefined) m.set(t, (v = m.size));
    return v;
  };
  const ea = ta.map((t) => idOf(t, ids));
  const eb = tb.map((t) => idOf(t, ids));
  const fa = ta.map((t) => idOf(foldWord(t), folds));
  const fb = tb.map((t) => idOf(foldWord(t), folds));
  return scoreFromCost(tokenCost(ea, eb, fa, fb, Infinity), ta.length, tb.length);
}

/** Score from a doubled cost (see tokenCost) and the two token counts. */
export function scoreFromCost(cost2: number, n: number, m: number): number {
  const longest = Math.max(n, m);
  if (longest === 0) return 100;
  // one division of integers: exact at the halves that round up (100 * (1 - 37 / 2 / 20) gives
  // 7.4999…, which rounded down where maxCostFor, rightly, counts 7.5 as reaching 8)
  return Math.max(0, Math.round((200 * longest - 100 * cost2) / (2 * longest)));
}

/**
 * The largest doubled cost that still reaches `threshold` for token counts n and m: the verifier's
 * cut-off. Derived from the rounding in scoreFromCost, so no pair that would score ≥ threshold is cut.
 */
export function maxCostFor(threshold: number, n: number, m: number): number {
  const longest = Math.max(n, m);
  // scores are integers, so score ≥ t ⇔ score ≥ ⌈t⌉ ⇔ 100(1 − c/2L) ≥ ⌈t⌉ − 0.5 (round half up)
  return Math.floor(2 * longest * slack(threshold) + 1e-9);
}

/** The share of the longer key that may be edited at `threshold`: 1 − (⌈t⌉ − 0.5)/100. */
export function slack(threshold: number): number {
  return 1 - (Math.ceil(threshold) - 0.5) / 100;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Token edit distance ×2 (integers: identical 0, folded-equal 1, otherwise 2 per edit) between
 * token-id sequences `a`/`b` with folded ids `fa`/`fb`. Stops early and returns `limit + 1` once
 * every cell of a row exceeds `limit`.
 */
export function tokenCost(a: ArrayLike<number>, b: ArrayLike<number>, fa: ArrayLike<number>, fb: ArrayLike<number>, limit: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) * 2 > limit) return limit + 1;
  if (n === 0) return m * 2;
  if (m === 0) return n * 2;
  if (rowA.length <= m) {
    rowA = new Int32Array(m * 2 + 1);
    rowB = new Int32Array(m * 2 + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j * 2;
  for (let i = 1; i <= n; i++) {
    const ai = a[i - 1];
    const fai = fa[i - 1];
    cur[0] = i * 2;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1] + (ai === b[j - 1] ? 0 : fai === fb[j - 1] ? 1 : 2);
      const del = prev[j] + 2;
      const ins = cur[j - 1] + 2;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}
