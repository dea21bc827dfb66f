import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/segment/segment-text.js';
import { segmentDocument } from '../../src/segment/segment-document.js';
import { createLineIndex } from '../../src/util/line-index.js';

// characters that stress the invariants: punctuation, quotes, CRLF, BOM, NBSP, soft hyphen, tabs, NFD marks
const pieces = fc.constantFrom(
  'Er', 'kam', 'Dr.', 'z. B.', '24.', 'Februar', 'usw.', 'J.', 'R.', '1.000', '3,5', '...', '…', '«', '»', '„', '“', '"', '(', ')',
  '.', '!', '?', ':', ' ', '  ', '\n', '\r\n', '\n\n', '\t', '\u00a0', '\u00ad', '\ufeff', 'u\u0308', 'Mu\u0308ller', '- ', '• ', '# ', '**', '*', '[', '](x)',
  '`', '\\', '<1>', 'www.nzz.ch', 'a@b.ch', 'Dann', 'die', 'Wilhelm II.', '😀',
  // issue 15's classes: footnote markers, parenthetical marks, contractions, emoticons, Roman numerals, spaces
  '¹', '[6]', '⁽²⁾', '(!)', '(?!)', 'geht’s', "gibt's", ':-)', '🇨🇭', '👍🏽', 'des', 'III.', 'MMXX.', 'u. a.', '\u202f', '\u2009',
);
const texts = fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(texts, fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 60 }));

describe('segmentText invariants', () => {
  it('segments plus whitespace between them rebuild the input exactly', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('auto', 'paragraph', 'line'), fc.constantFrom('de', 'en'), fc.constantFrom('keep', 'split'), (text, lineBreaks, lang, quotes) => {
        const spans = segmentText(text, { lineBreaks: lineBreaks as 'auto', lang, quotes: quotes as 'keep' });
        let at = 0;
        let rebuilt = '';
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(at);
          expect(s.end).toBeGreaterThan(s.start);
          const gap = text.slice(at, s.start);
          expect(gap.trim()).toBe('');
          const seg = text.slice(s.start, s.end);
          expect(seg).toBe(seg.trim());
          rebuilt += gap + seg;
          at = s.end;
        }
        const tail = text.slice(at);
        expect(tail.trim()).toBe('');
        expect(rebuilt + tail).toBe(text);
      }),
      { numRuns: 400 },
    );
  });
});

describe('segmentDocument invariants', () => {
  it('segments are exact slices in order, inside their blocks, with consistent line/column', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { document } = segmentDocument({ path: 'p.md', text });
        const lines = createLineIndex(text);
        let at = 0;
        for (const s of document.segments) {
          expect(s.start).toBeGreaterThanOrEqual(at);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          const p = lines.pointAt(s.start);
          expect([s.line, s.column]).toEqual([p.line, p.column]);
          const block = document.blocks[s.blockIndex];
          expect(s.start).toBeGreaterThanOrEqual(block.start);
          expect(s.end).toBeLessThanOrEqual(block.end);
          expect(s.key).toBe(s.key.normalize('NFC'));
          expect(s.key).not.toMatch(/[\n\r\t\u00ad]|  /);
          at = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
  it('within a block, what lies between segments is whitespace or Markdown syntax only', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { document } = segmentDocument({ path: 'p.md', text });
        for (const b of document.blocks) {
          let at = b.start;
          for (const s of b.segments) {
            // a link's destination is Markdown syntax too: an empty link (`[](x)`) stays between segments
            expect(text.slice(at, s.start).replace(/\]\([^()\s]*\)/g, '')).toMatch(/^[\s*_`[\]()~>#\\-]*$|^$/u);
            at = s.end;
          }
        }
      }),
      { numRuns: 300, examples: [['[](x)\tEr'], ['[](x)\uFEFFEr']] },
    );
  });
});
