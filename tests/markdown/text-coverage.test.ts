// Nothing the German says is dropped: over generated articles (front matter, headings, lists, quotes,
// tables, captions, summary box, footnotes, links, autolinks, bracketed URLs and e-mail addresses,
// escapes, entities, NBSP, soft hyphens, BOM, LF / CRLF / CR), every non-whitespace character of
// the text lands in exactly one segment; only skeleton (README → What a segment is) may be outside.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/index.js';
import { articleArb } from './markdown-arb.js';

/** How many segments cover each offset of the source. */
function coverage(source: string, segments: ReadonlyArray<{ start: number; end: number }>): Uint8Array {
  const count = new Uint8Array(source.length);
  for (const s of segments) for (let i = s.start; i < s.end; i++) count[i]++;
  return count;
}

describe('every character of the German lands in a segment', () => {
  it('holds for generated articles', () => {
    fc.assert(
      fc.property(articleArb, ({ source, kinds }) => {
        expect(kinds.length).toBe(source.length);
        const { document } = segmentDocument({ path: 'a.md', text: source });
        const count = coverage(source, document.segments);
        const lost: string[] = [];
        for (let i = 0; i < source.length; i++) {
          if (count[i] > 1) lost.push(`${i} in ${count[i]} segments`);
          else if (kinds[i] === 'text' && !/\s/.test(source[i]) && count[i] === 0) lost.push(`${i} ${JSON.stringify(source.slice(Math.max(0, i - 10), i))}[${source[i]}]`);
        }
        expect(lost).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
