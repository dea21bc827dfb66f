// Term marks come from the hits the pipeline put on each unit (source-file offsets); the renderer
// places them on the key text without matching again, and picks what readers see.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeHits, plainText, readerHits, reviewHits, renderHtmlEdition } from '../../src/render/index.js';
import { normalizeKeyText } from '../../src/segment/segment-key.js';
import { editionInput, entry } from './helpers.js';

const ENTRIES = [entry('Bündnis', 'alliance', { audience: 'both', readerNote: 'A pact.' }), entry('Westen', 'West'), entry('Gipfel', 'summit', { audience: 'reader' })];
const byDe = new Map(ENTRIES.map((e) => [e.de, e]));

describe('placing term hits', () => {
  it('finds each hit at its own occurrence, across markup, soft hyphens and line breaks', () => {
    const md = 'Das **Bünd\u00adnis** und das\nBündnis: der Westen,\r\ndas [Bündnis](https://x.org) im Westen.\n';
    const { units } = editionInput(md, {}, { entries: ENTRIES });
    const u = units[0];
    expect(u.terms.map((t) => t.term)).toEqual(['Bündnis', 'Bündnis', 'Westen', 'Bündnis', 'Westen']);
    const plain = plainText(u.segment.key, u.segment.markup);
    const placed = placeHits(u, byDe);
    expect(placed).toHaveLength(5);
    expect(placed.map((p) => plain.slice(p.start, p.end))).toEqual(['Bündnis', 'Bündnis', 'Westen', 'Bündnis', 'Westen']);
    // in order, not overlapping, each the n-th occurrence in order
    for (let i = 1; i < placed.length; i++) expect(placed[i].start).toBeGreaterThanOrEqual(placed[i - 1].end);
  });

  it('reader hits: only entries for readers, the first occurrence per article; review hits: all', () => {
    const md = 'Das Bündnis und der Westen.\n\nDas Bündnis am Gipfel. Noch ein Gipfel.\n';
    const { units, glossary } = editionInput(md, {}, { entries: ENTRIES });
    const count = (m: Map<string, unknown[]>) => [...m.values()].reduce((n, l) => n + l.length, 0);
    const reader = readerHits(units, glossary);
    expect([...reader.values()].flat().map((p) => p.hit.term)).toEqual(['Bündnis', 'Gipfel']);
    expect(count(readerHits(units, glossary, 'all'))).toBe(4);
    expect(count(readerHits(units, glossary, 'none'))).toBe(0);
    expect(count(reviewHits(units, glossary))).toBe(5);
  });

  it('the renderer does not match again: a hit the pipeline did not find is never marked', () => {
    const input = editionInput('Das Bündnis hält.\n', { 'Das Bündnis hält.': 'The alliance holds.' }, { entries: ENTRIES });
    expect(renderHtmlEdition(input)).toMatch(/<span class="term" tabindex="0"[^>]*>Bündnis<span class="term-tip"/);
    input.units[0].terms = [];
    expect(renderHtmlEdition(input)).not.toContain('class="term"');
  });

  it('every placed hit slices the key text to the hit surface (property)', () => {
    const word = fc.constantFrom('Das', 'und', 'der', 'Westen', 'Bündnis', 'Bündnisse', 'Gipfel', 'am', 'im', 'Westens');
    const wrap = fc.constantFrom((w: string) => w, (w: string) => `**${w}**`, (w: string) => `_${w}_`, (w: string) => `[${w}](https://e.org)`, (w: string) => w.replace(/^(..)/, '$1\u00ad'));
    const sep = fc.constantFrom(' ', '\n', '  ');
    const sentence = fc.array(fc.tuple(word, wrap, sep), { minLength: 1, maxLength: 12 }).map((ws) => `${ws.map(([w, f, s]) => f(w) + s).join('').trim()}.\n`);
    fc.assert(
      fc.property(sentence, (md) => {
        const { units } = editionInput(md, {}, { entries: ENTRIES });
        for (const u of units) {
          const plain = plainText(u.segment.key, u.segment.markup);
          const placed = placeHits(u, byDe);
          expect(placed.length).toBeLessThanOrEqual(u.terms.length);
          for (const p of placed) expect(plain.slice(p.start, p.end)).toBe(normalizeKeyText(p.hit.surface));
          // a hit is lost only when markup splits it
          const whole = u.terms.filter((t) => !/[*_[\]()]/.test(t.surface));
          expect(placed.length).toBeGreaterThanOrEqual(whole.length);
        }
      }),
      { numRuns: 150 },
    );
  });
});
