// The index columns grow by doubling and keep what they held.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roomFor } from '../../src/util/grow-array.js';

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
