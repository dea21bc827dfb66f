// Old German + new German → word-level diff (DiffOp[]): what an editor changed since translation.
// Invariant: the `equal` + `delete` texts concatenate to the old text, `equal` + `insert` to the new.
import type { DiffOp } from '../model/unit.js';

const DIFF_TOKEN = /\s+|<\/?\d+\/?>|[\p{L}\p{M}\p{N}]+|\S/gu;

/** Splits into words, single punctuation marks, placeholders and whitespace runs (lossless). */
export function diffTokens(text: string): string[] {
  return text.match(DIFF_TOKEN) ?? [];
}

/**
 * Longest-common-subsequence diff over words. Inside a changed stretch deletions come before
 * insertions, and a lone space between two changes joins them ("<del>a b</del><ins>x y</ins>"),
 * which reads like an edit instead of a word salad.
 */
export function diffWords(oldText: string, newText: string): DiffOp[] {
  const a = diffTokens(oldText);
  const b = diffTokens(newText);
  // common prefix and suffix first: most edits touch a few words in the middle
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  const raw: DiffOp[] = [];
  if (pre) raw.push({ op: 'equal', text: a.slice(0, pre).join('') });
  raw.push(...lcsDiff(midA, midB));
  if (suf) raw.push({ op: 'equal', text: a.slice(a.length - suf).join('') });
  return joinChanges(raw);
}

function lcsDiff(a: string[], b: string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const len = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * w + j] = a[i] === b[j] ? len[(i + 1) * w + j + 1] + 1 : Math.max(len[(i + 1) * w + j], len[i * w + j + 1]);
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ op: 'equal', text: a[i++] });
      j++;
    } else if (j >= m || (i < n && len[(i + 1) * w + j] >= len[i * w + j + 1])) {
      ops.push({ op: 'delete', text: a[i++] });
    } else {
      ops.push({ op: 'insert', text: b[j++] });
    }
  }
  return ops;
}

/** Groups each changed stretch as one delete + one insert; joins two stretches split by one space. */
function joinChanges(ops: DiffOp[]): DiffOp[] {
  type Item = { equal: string } | { del: string; ins: string };
  const items: Item[] = [];
  for (const op of ops) {
    const last = items[items.length - 1];
    if (op.op === 'equal') {
      if (last && 'equal' in last) last.equal += op.text;
      else items.push({ equal: op.text });
    } else {
      const change = last && 'del' in last ? last : (items[items.push({ del: '', ins: '' }) - 1] as { del: string; ins: string });
      if (op.op === 'delete') change.del += op.text;
      else change.ins += op.text;
    }
  }
  // change · space · change → one change, when both sides stay non-empty (no "<ins> </ins>")
  for (let k = 0; k + 2 < items.length; k++) {
    const [x, sp, y] = [items[k], items[k + 1], items[k + 2]];
    if (!('del' in x) || !('equal' in sp) || !('del' in y) || !/^\s+$/.test(sp.equal)) continue;
    if (!(x.del + y.del) || !(x.ins + y.ins)) continue;
    items.splice(k, 3, { del: x.del + sp.equal + y.del, ins: x.ins + sp.equal + y.ins });
    k--;
  }
  const out: DiffOp[] = [];
  for (const it of items) {
    if ('equal' in it) out.push({ op: 'equal', text: it.equal });
    else {
      if (it.del) out.push({ op: 'delete', text: it.del });
      if (it.ins) out.push({ op: 'insert', text: it.ins });
    }
  }
  return out;
}
