// Bytes and values → short content digests (SHA-256, 32 hex digits): the build cache's keys and the
// stamps of what a cached result depended on. Parts are length-prefixed, so ("ab","c") ≠ ("a","bc").
import { createHash } from 'node:crypto';
import { hashLanes } from '../util/text-hash.js';

/** The digest of several parts (strings as UTF-8, or bytes; a generator's parts are let go as they are hashed). */
export function digestParts(parts: Iterable<string | Uint8Array>): string {
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

/**
 * 64 bits of a fast non-cryptographic hash of a string (two 32-bit lanes, the first FNV-1a) as 16 hex
 * digits: enough to tell two look-up answers or two renderings apart (not a defence against crafted
 * input: nothing gains by a collision), and cheap enough for every row of a thousand articles.
 */
export function hashText(text: string): string {
  const [a, b] = hashLanes(text);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
