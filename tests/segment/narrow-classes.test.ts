import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledFor } from '../../src/segment/segment-text.js';
import { narrowSource, TIER_COUNT, TieredRegex, tierOf } from '../../src/segment/narrow-classes.js';

// The narrowed regexes must decide exactly as the rules as written on every text of their tier: every
// run's test at every position, every scanner's matches.
const pieces = fc.constantFrom(
  'Er', 'kam', 'Dr.', 'z. B.', '24.', 'Februar', 'usw.', 'J.', 'u. a.', 'III.', 'Wilhelm II.', 'www.nzz.ch', 'a@b.ch', 'Dann', 'die',
  '.', '!', '?', '…', '...', '«', '»', '„', '“', '"', '(', ')', ' ', '\n', '\u00a0', '\u202f', '¹', '[6]', '(!)', ':-)', 'xD', '•', '1.',
  'ÄÖÜäöüß', 'Łódź', 'İstanbul', 'Timișoara', 'u\u0308', '\u0301', 'ª', 'µ', '½', '①', '™', '€', '←', '☀', '✔', '\ufeff', '²',
);
const wider = fc.constantFrom('Ωμέγα', 'Жук', 'ƒ', 'ʼ', 'Ǆ', 'ḗ', 'ỳ', 'Ϊ', 'ѐ');
const tierTexts = [
  fc.oneof(
    fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
    fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0x17f }), fc.integer({ min: 0x300, max: 0x36f }), fc.integer({ min: 0x2000, max: 0x27bf })).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  ),
  fc.oneof(
    fc.array(fc.oneof(pieces, wider), { maxLength: 30 }).map((a) => a.join('')),
    fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0x52f }), fc.integer({ min: 0x1e00, max: 0x1eff }), fc.integer({ min: 0x2000, max: 0x27bf })).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  ),
];

const matchEnds = (re: RegExp, text: string): number[] => {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(re.lastIndex);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
};

describe('narrowed rule regexes', () => {
  for (const opts of [{}, { lang: 'en' }, { lang: 'fr' }, { quotes: 'split' as const }]) {
    for (let tier = 0; tier < TIER_COUNT; tier++) {
      it(`decide as the originals on texts of tier ${tier} (${JSON.stringify(opts)})`, () => {
        const rules = compiledFor(opts);
        fc.assert(
          fc.property(tierTexts[tier], (text) => {
            expect(tierOf(text)).toBeLessThanOrEqual(tier);
            for (const run of rules.runs) {
              if (run.test === null) continue;
              const narrowed = run.tiered!.forTier(tier);
              for (let at = 0; at <= text.length; at++) {
                run.test.lastIndex = at;
                narrowed.lastIndex = at;
                expect(narrowed.test(text)).toBe(run.test.test(text));
              }
            }
            for (const s of rules.scanners) expect(matchEnds(s.tiered.forTier(tier), text)).toEqual(matchEnds(s.scan, text));
          }),
          { numRuns: 100 },
        );
      });
    }
  }

  it('finds the narrowest tier of a text', () => {
    expect(tierOf('Grüße aus Łódź und Timișoara – „Ja“, sagte er… ①')).toBe(0);
    expect(tierOf('Das griechische Ω und Жук')).toBe(1);
    expect(tierOf('Toll! 😀')).toBe(TIER_COUNT);
    expect(tierOf('中文')).toBe(TIER_COUNT);
    expect(tierOf('\ud800')).toBe(TIER_COUNT);
  });

  it('leaves alone what it cannot narrow safely', () => {
    expect(narrowSource('\\p{L}', 'ui')).toBeUndefined();
    expect(narrowSource('[\\p{L}-z]', 'u')).toBeUndefined();
    expect(narrowSource('\\p{NoSuchProperty}', 'u')).toBeUndefined();
    expect(narrowSource('a\\\\p{L}', 'u')).toBe('a\\\\p{L}');
    const upper = new RegExp(narrowSource('^[^\\P{Lu}]$', 'u')!, 'u');
    expect(['Ä', 'Ω', 'Ж', 'ä', '1', '-'].map((c) => upper.test(c))).toEqual([true, true, true, false, false, false]);
  });

  it('throws the error of the pattern as written', () => {
    expect(() => new TieredRegex('[\\p{L}-z]', 'u')).toThrow(/\[\\p\{L\}-z\]/);
    expect(() => new TieredRegex('\\p{L}(', 'u')).toThrow(/\\p\{L\}\(/);
    const tiered = new TieredRegex('\\p{Lu}\\p{Ll}+', 'u');
    expect(tiered.forTier(0).test('Öl')).toBe(true);
    expect(tiered.forTier(0).test('Ωμ')).toBe(false);
    expect(tiered.forTier(1).test('Ωμ')).toBe(true);
    expect(tiered.full.source).toBe('\\p{Lu}\\p{Ll}+');
    expect(tiered.forTier(TIER_COUNT)).toBe(tiered.full);
  });
});
