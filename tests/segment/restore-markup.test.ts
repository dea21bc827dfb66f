import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreMarkup } from '../../src/segment/restore-markup.js';
import { segmentDocument } from '../../src/segment/segment-document.js';

const only = (md: string) => {
  const segs = segmentDocument({ path: 'r.md', text: md }).document.segments;
  return segs;
};

describe('restoreMarkup', () => {
  it('puts the original syntax back around translated text', () => {
    const [s] = only('Ein **fetter** [Link](https://x.ch) mit `code`.[^1]\n\n[^1]: Note.\n');
    expect(restoreMarkup('A <1>bold</1> <2>link</2> with <3/>.<4/>', s.markup)).toBe('A **bold** [link](https://x.ch) with `code`.[^1]');
  });
  it('escapes text so it stays literal, and keeps unknown tags as text', () => {
    const [s] = only('Ein *Wort*.');
    expect(restoreMarkup('A *star* and <1>word</1> and <7> [x]', s.markup)).toBe('A \\*star\\* and *word* and <7> \\[x\\]');
    expect(restoreMarkup('# not a heading <1>x</1>', s.markup)).toBe('\\# not a heading *x*');
  });
  it('moves spaces out of emphasis and drops unmatched paired tags', () => {
    const [s] = only('Ein **Wort**.');
    expect(restoreMarkup('A<1> bold </1>move', s.markup)).toBe('A **bold** move');
    expect(restoreMarkup('A <1>bold move', s.markup)).toBe('A bold move');
  });
  it('turns shortcut references into full ones (the label is German)', () => {
    const [s] = only('Siehe [Bericht].\n\n[Bericht]: https://x.ch\n');
    expect(restoreMarkup('See the <1>report</1>.', s.markup)).toBe('See the [report][Bericht].');
  });
  it('round-trips: restoring a key and segmenting again gives the same key', () => {
    const word = fc.constantFrom('Haus', 'Bund', 'z. B.', '3,5', 'a*b', 'x_y', '[1]', '<1>', 'Wert\\', 'ä', 'Zürich', 'Müller', '&', '`');
    const inline = fc.array(
      fc.oneof(
        word,
        word.map((w) => `*${w.replace(/[*_`\\[\]<>&]/g, '')}*`),
        word.map((w) => `**${w.replace(/[*_`\\[\]<>&]/g, '')}**`),
        word.map((w) => `[${w.replace(/[*_`\\[\]<>&]/g, '')}](https://x.ch)`),
        fc.constant('`code`'),
      ),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(inline, (parts) => {
        const md = `${parts.map((p) => p.replace(/[*_`\\[\]<>&]/g, (c) => `\\${c}`)).join(' ')}`.replace(/\\\*(\w[^*]*)\\\*/g, '*$1*');
        for (const s of only(md)) {
          const restored = restoreMarkup(s.key, s.markup);
          const again = only(restored);
          expect(again.map((x) => x.key).join(' ')).toBe(s.key);
        }
      }),
      { numRuns: 200 },
    );
  });
});
