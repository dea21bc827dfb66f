// Stable segment ids from content and position. A segment whose key occurs once in the document
// gets `s<hash(key)>`; every segment of a key that occurs several times (a photo credit, "KEYSTONE")
// gets `s<hash(key)>-<hash(previous segment's key)>`, so repeats are told apart by what precedes
// them, not by a count that shifts when a paragraph above changes; `-<n>` is added only if even that
// repeats. Editing, adding or removing a paragraph therefore keeps the id of every unchanged
// sentence, except a repeat whose predecessor changed and a sentence that becomes (or stops being) a
// repeat.

/** FNV-1a 32-bit of a string, as 8 hex digits. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Ids for segments with these keys, in document order (see the module comment for the scheme). */
export function assignSegmentIds(keys: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
  const taken = new Set<string>();
  // where the search for a free `-n` resumes per id: `taken` only grows, so the next free number of an
  // id is never below the last one handed out (without this, 100,000 "Ja." cost 5·10⁹ look-ups)
  const nextSuffix = new Map<string, number>();
  return keys.map((key, i) => {
    const base = `s${hashText(key)}`;
    let id = count.get(key)! > 1 ? `${base}-${hashText(keys[i - 1] ?? '').slice(0, 4)}` : base;
    if (taken.has(id)) {
      let n = nextSuffix.get(id) ?? 2;
      while (taken.has(`${id}-${n}`)) n++;
      nextSuffix.set(id, n + 1);
      id = `${id}-${n}`;
    }
    taken.add(id);
    return id;
  });
}
