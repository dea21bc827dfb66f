import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLineIndex } from '../../src/util/line-index.js';

describe('createLineIndex', () => {
  it('counts LF, CRLF and lone CR as line breaks, 1-based', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const idx = createLineIndex(text);
    expect(idx.pointAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(idx.pointAt(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(idx.pointAt(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(idx.pointAt(10)).toEqual({ line: 4, column: 1, offset: 10 });
    expect(idx.pointAt(11)).toEqual({ line: 4, column: 2, offset: 11 });
  });

  it('counts columns in UTF-16 code units (an emoji is two)', () => {
    const idx = createLineIndex('😀x');
    expect(idx.pointAt(2).column).toBe(3);
  });

  it('offsetAt inverts pointAt for every offset (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', 'ß', ' ', '\r\n') }), (text) => {
        const idx = createLineIndex(text);
        for (let o = 0; o <= text.length; o++) {
          // inside a CRLF pair the offset of the LF maps back to the CR's line end; skip that one position
          if (text[o - 1] === '\r' && text[o] === '\n') continue;
          const p = idx.pointAt(o);
          expect(idx.offsetAt(p.line, p.column)).toBe(o);
        }
      }),
    );
  });
});
