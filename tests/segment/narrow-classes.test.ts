import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledFor } from '../../src/segment/segment-text.js';
import { compileTwins, isCommonText, narrowSource } from '../../src/segment/narrow-classes.js';

// The narrowed twins must decide exactly as the rules as written on every text within the common scripts:
// every run's test at every position, every scanner's matches.
const pieces = fc.constantFrom(
  'Er', 'kam', 'Dr.', 'z. B.', '24.', 'Februar', 'usw.', 'J.', 'u. a.', 'III.', 'Wilhelm II.', 'www.nzz.ch', 'a@b.ch', 'Dann', 'die',
  '.', '!', '?', '…', '...', '«', '»', '„', '“', '"', '(', ')', ' ', '\n', '\u00a0', '\u202f', '¹', '[6]', '(!)', ':-)', 'xD', '•', '1.',
  'ÄÖÜäöüß', 'Łódź', 'İstanbul', 'Ωμέγα', 'Жук', 'ǅ', 'u\u0308', '\u0301', 'ª', 'µ', '½', '①', '™', '€', '←', '☀', '✔', '\ufeff', '²',
);
const commonTexts = fc.oneof(
  fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
  fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0x52f }), fc.integer({ min: 0x1e00, max: 0x1eff }), fc.integer({ min: 0x2000, max: 0x27bf })).map((c) => String.fromCharCode(c)), maxLength: 40 }),
);

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
    it(`decide as the originals on common texts (${JSON.stringify(opts)})`, () => {
      const rules = compiledFor(opts);
      fc.assert(
        fc.property(commonTexts, (text) => {
          expect(isCommonText(text)).toBe(true);
          for (const run of rules.runs) {
            if (run.test === null) continue;
            for (let at = 0; at <= text.length; at++) {
              run.test.lastIndex = at;
              run.commonTest!.lastIndex = at;
              expect(run.commonTest!.test(text)).toBe(run.test.test(text));
            }
          }
          for (const s of rules.scanners) expect(matchEnds(s.commonScan, text)).toEqual(matchEnds(s.scan, text));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('tells common texts from others', () => {
    expect(isCommonText('Grüße aus Łódź – „Ja“, sagte er… ①')).toBe(true);
    expect(isCommonText('Toll! 😀')).toBe(false);
    expect(isCommonText('中文')).toBe(false);
    expect(isCommonText('\ud800')).toBe(false);
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
    expect(() => compileTwins('[\\p{L}-z]', 'u')).toThrow(/\[\\p\{L\}-z\]/);
    expect(() => compileTwins('\\p{L}(', 'u')).toThrow(/\\p\{L\}\(/);
    const twins = compileTwins('\\p{Lu}\\p{Ll}+', 'u');
    expect(twins.common.test('Öl')).toBe(true);
    expect(twins.full.source).toBe('\\p{Lu}\\p{Ll}+');
  });
});
