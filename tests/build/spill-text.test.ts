// The project memory's text in a file: every row comes back as it was stored, whatever was read in
// between (rows still in the write buffer, rows larger than it); nothing is left in the folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSpillStore } from '../../src/build/spill-text.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-spill-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('„Gut“, sagte er.', 'Stra\u00dfe\u00a0\u00ad', '\u0000\ud83d\ude00', ''));
const row = fc.array(text, { minLength: 2, maxLength: 3 });

describe('spill store', () => {
  it('gives back every row as stored, read in any ranges while it is written (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(row, fc.nat(5)), { minLength: 1, maxLength: 40 }), (list) => {
        const store = openSpillStore(dir)!;
        try {
          const stored: string[][] = [];
          for (const [texts, back] of list) {
            expect(store.put(texts)).toBe(stored.length);
            stored.push(texts);
            // a range ending at the row just written (still in the buffer)
            const first = Math.max(0, stored.length - 1 - back);
            expect(store.read(first, stored.length - first)).toEqual(stored.slice(first));
          }
          expect(store.read(0, stored.length)).toEqual(stored);
          expect(store.read(0, 0)).toEqual([]);
        } finally {
          store.close();
        }
      }),
      { numRuns: 100 },
    );
  });

  it('rows larger than its buffer, and many rows past it, come back whole', () => {
    const store = openSpillStore(dir)!;
    const big = ['ä'.repeat(700_000), 'x'];
    const rows = Array.from({ length: 5_000 }, (_, i) => [`Satz ${i} „zitiert“.`, `Sentence ${i}.`]);
    store.put(rows[0]);
    store.put(big);
    for (const r of rows.slice(1)) store.put(r);
    expect(store.read(1, 1)).toEqual([big]);
    expect(store.read(2, 4_999)).toEqual(rows.slice(1));
    expect(store.read(0, 1)).toEqual([rows[0]]);
    store.close();
    store.close();
  });

  it('leaves nothing in its folder, and is not made where it cannot be', () => {
    const store = openSpillStore(dir)!;
    store.put(['Ja.', 'Yes.']);
    if (process.platform !== 'win32') expect(fs.readdirSync(dir)).toEqual([]); // unlinked at once
    store.close();
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(openSpillStore(path.join(dir, 'missing'))).toBeUndefined();
  });
});
