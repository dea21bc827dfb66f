// Two 32-bit lanes of a fast non-cryptographic hash of a string's UTF-16 code units (the first
// FNV-1a, the second a multiply-xorshift): what the build's tags and answer digests are made of
// (build/digest.ts: 16 hex digits) and what the project's indexes find German by (53 bits, a number).
// Not a defence against crafted input: a collision only costs a check of the row found.

/** The two lanes of `text`, each an unsigned 32-bit integer. */
export function hashLanes(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [a >>> 0, b >>> 0];
}

/** 53 bits of the lanes as one number (a Map key that is not the text). */
export function hashKey(text: string): number {
  const [a, b] = hashLanes(text);
  return a * 0x200000 + (b >>> 11);
}
