// Stable segment ids: a hash of the key plus the occurrence number of that key in the document,
// so an edit elsewhere never changes the id of an unchanged sentence.

/** FNV-1a 32-bit of a string, as 8 hex digits. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Assigns ids `s<hash>` (first occurrence) or `s<hash>-<n>` (n-th repeat of the same key). */
export function assignSegmentIds(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const base = `s${hashText(key)}`;
    return n === 1 ? base : `${base}-${n}`;
  });
}
