// An Aho–Corasick automaton over UTF-16 strings: built once from a key list, it reports every key
// occurrence in a text in one left-to-right pass (time linear in text length plus matches, independent
// of the number of keys). Transitions live in one Map keyed by node × alphabet size + letter index, which
// stays a small integer (fast hashing) and keeps memory flat.

export interface Automaton {
  /** Number of keys. */
  readonly size: number;
  /** Calls `onMatch(keyId, start, end)` for every occurrence of a key in `text[from, to)`. */
  search(text: string, from: number, to: number, onMatch: (keyId: number, start: number, end: number) => void): void;
}

/** Builds the automaton; key ids are indices into `keys` (duplicates keep the first id). */
export function buildAutomaton(keys: readonly string[]): Automaton {
  // Letters are renumbered 1..A; a text unit outside the alphabet sends the automaton back to the root.
  const letter = new Uint16Array(65536);
  let alphabet = 1;
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (letter[c] === 0) letter[c] = alphabet++;
    }
  }
  const A = alphabet;
  const edges = new Map<number, number>();
  const childHead: number[] = [-1];
  const sibling: number[] = [-1];
  const keyAt: number[] = [-1];
  const edgeKey = (node: number, code: number): number => node * A + letter[code];

  for (let id = 0; id < keys.length; id++) {
    const key = keys[id];
    if (key.length === 0) continue;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const ek = edgeKey(node, key.charCodeAt(i));
      let next = edges.get(ek);
      if (next === undefined) {
        next = childHead.length;
        edges.set(ek, next);
        childHead.push(-1);
        sibling.push(childHead[node]);
        childHead[node] = next;
        keyAt.push(-1);
      }
      node = next;
    }
    if (keyAt[node] < 0) keyAt[node] = id;
  }

  const count = childHead.length;
  const codeOf = new Int32Array(count);
  const codeOfLetter = new Uint16Array(A);
  for (let c = 0; c < 65536; c++) if (letter[c]) codeOfLetter[letter[c]] = c;
  for (const [ek, child] of edges) codeOf[child] = codeOfLetter[ek % A];
  const fail = new Int32Array(count);
  const out = new Int32Array(count).fill(-1); // nearest proper suffix node that ends a key
  const queue: number[] = [];
  for (let c = childHead[0]; c >= 0; c = sibling[c]) queue.push(c);
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi];
    for (let c = childHead[node]; c >= 0; c = sibling[c]) {
      const code = codeOf[c];
      let f = fail[node];
      let target = edges.get(edgeKey(f, code));
      while (target === undefined && f !== 0) {
        f = fail[f];
        target = edges.get(edgeKey(f, code));
      }
      fail[c] = target !== undefined && target !== c ? target : 0;
      out[c] = keyAt[fail[c]] >= 0 ? fail[c] : out[fail[c]];
      queue.push(c);
    }
  }
  const keyLength = keys.map((k) => k.length);
  // The transitions again as an open-addressing hash table of int32 (several times faster than a Map).
  let size = 16;
  while (size < edges.size * 2) size *= 2;
  const mask = size - 1;
  const hKeys = new Int32Array(size).fill(-1);
  const hVals = new Int32Array(size);
  for (const [ek, child] of edges) {
    let h = Math.imul(ek, 0x9e3779b1) & mask;
    while (hKeys[h] !== -1) h = (h + 1) & mask;
    hKeys[h] = ek;
    hVals[h] = child;
  }
  const step = (state: number, l: number): number => {
    const ek = state * A + l;
    let h = Math.imul(ek, 0x9e3779b1) & mask;
    for (;;) {
      const k = hKeys[h];
      if (k === ek) return hVals[h];
      if (k === -1) return -1;
      h = (h + 1) & mask;
    }
  };
  // Most states are the root or close to it: a dense row for the root saves a hash look-up per letter.
  const rootNext = new Int32Array(A);
  for (let c = childHead[0]; c >= 0; c = sibling[c]) rootNext[letter[codeOf[c]]] = c;

  return {
    size: keys.length,
    search(text, from, to, onMatch) {
      let state = 0;
      for (let i = from; i < to; i++) {
        const l = letter[text.charCodeAt(i)];
        if (l === 0) {
          state = 0;
          continue;
        }
        let next = state === 0 ? rootNext[l] : step(state, l);
        while (next < 0) {
          state = fail[state];
          next = state === 0 ? rootNext[l] : step(state, l);
        }
        state = next;
        for (let n = keyAt[state] >= 0 ? state : out[state]; n > 0; n = out[n]) {
          const id = keyAt[n];
          onMatch(id, i + 1 - keyLength[id], i + 1);
        }
      }
    },
  };
}
