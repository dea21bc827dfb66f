// The hash lanes shared by the build's digests and the indexes' keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashKey, hashLanes } from '../../src/util/text-hash.js';
import { hashText } from '../../src/build/digest.js';

describe('text hash', () => {
  it('the 53-bit key and the hex digest come from the same lanes', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const [a, b] = hashLanes(s);
        expect(hashText(s)).toBe(a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0'));
        expect(Number.isSafeInteger(hashKey(s))).toBe(true);
        expect(Math.floor(hashKey(s) / 0x200000)).toBe(a);
      }),
    );
    // the value the build's digest gave before the lanes were shared (cache tags are made of it)
    expect(hashText('Der Rat tagt.')).toBe('e3b40b0dfa99a398');
    expect(hashText('Ja.')).not.toBe(hashText('Ja!'));
  });
});
