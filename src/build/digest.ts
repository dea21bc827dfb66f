// Bytes and values → short content digests (SHA-256, 32 hex digits): the build cache's keys and the
// stamps of what a cached result depended on. Parts are length-prefixed, so ("ab","c") ≠ ("a","bc").
import { createHash } from 'node:crypto';

/** The digest of several parts (strings as UTF-8, or bytes). */
export function digestParts(parts: ReadonlyArray<string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const p of parts) {
    // a string is hashed as its UTF-8 bytes without copying it into a buffer first
    if (typeof p === 'string') {
      h.update(`${Buffer.byteLength(p, 'utf8')}:`);
      h.update(p, 'utf8');
    } else {
      h.update(`${p.length}:`);
      h.update(p);
    }
  }
  return h.digest('hex').slice(0, 32);
}

/** The digest of a JSON value (`undefined` as `null`); object keys in the order the value has them. */
export function digestJson(value: unknown): string {
  return digestParts([JSON.stringify(value ?? null)]);
}
