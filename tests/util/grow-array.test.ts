// The index columns grow by doubling and keep what they held.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roomFor } from '../../src/util/grow-array.js';
import { hashKey, hashLanes } from '../../src/util/text-hash.js';
import { hashText } from '../../src/build/digest.js';

describe('roomFor', () => {
  it('gives a column that holds index i, of the same kind, with every earlier value (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(255), { maxLength: 40 }), fc.nat(5000), (values, i) => {
        const col = Uint8Array.from(values);
        const grown = roomFor(col, i);
        expect(grown).toBeInstanceOf(Uint8Array);
        expect(grown.length).toBeGreaterThan(i);
        expect([...grown.subarray(0, values.length)]).toEqual(values);
        if (i < values.length) expect(grown).toBe(col);
      }),
    );
    expect(roomFor(new Float64Array(4), 4).length).toBe(8);
  });
});

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
