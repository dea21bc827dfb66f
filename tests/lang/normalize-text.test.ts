import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLatin, HYPHEN, HYPHEN_CODES, INVISIBLE, INVISIBLE_CODES, isHyphen, isInvisible, isSpace, normalizeText, SPACE_CODES, SPACE_RUN } from '../../src/lang/normalize-text.js';

describe('normalizeText', () => {
  it('makes NFC, drops invisible characters and makes every run of spaces one space', () => {
    expect(normalizeText('Bünd\u00adnis\u00a0mit\u200b China\r\n')).toBe('Bündnis mit China ');
    expect(normalizeText('Bu\u0308ndnis')).toBe('Bündnis');
    expect(normalizeText('\ufeffJa.\u2009\u202f Nein.\u2028Doch\u2060.')).toBe('Ja. Nein. Doch.');
    expect(normalizeText('a  \t b')).toBe('a b');
    // an invisible ZWNJ between a letter and its combining mark (found by the property below)
    expect(normalizeText('a\u200c\u0308')).toBe('ä');
  });

  it('is idempotent and leaves no invisible character or double space', () => {
    const chars = [...'aßÄ .,«»-', ...[...INVISIBLE_CODES, ...SPACE_CODES, 0x0308].map((c) => String.fromCharCode(c))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (parts) => {
        const once = normalizeText(parts.join(''));
        expect(normalizeText(once)).toBe(once);
        expect(once).not.toMatch(/ {2}/);
        expect([...once].some((c) => isInvisible(c.charCodeAt(0)))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('character classes', () => {
  it('agree between the code lists, the predicates and the regexes', () => {
    expect(INVISIBLE_CODES).toHaveLength(6);
    expect(SPACE_CODES.length).toBeGreaterThan(20);
    const [invisible, space, hyphen] = [INVISIBLE, SPACE_RUN, HYPHEN].map((re) => new RegExp(re.source, 'u'));
    const disagree: string[] = [];
    for (let c = 0; c < 0x3100; c++) {
      const ch = String.fromCharCode(c);
      if (isInvisible(c) !== invisible.test(ch) || isSpace(c) !== space.test(ch) || isHyphen(c) !== hyphen.test(ch)) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
    // every \s character is a space here, and NEL too
    for (let c = 0; c < 0x3100; c++) if (/\s/.test(String.fromCharCode(c)) && c !== 0xfeff) expect(isSpace(c), c.toString(16)).toBe(true);
    expect(isSpace(0x85)).toBe(true);
    expect(HYPHEN_CODES).toContain(0x2011);
    expect(isHyphen(0x2013)).toBe(false); // an en dash is punctuation, not a joining hyphen
  });
});

describe('foldLatin', () => {
  it('drops accents and umlauts and folds ß', () => {
    expect(foldLatin('Müller')).toBe('muller');
    expect(foldLatin('Straße')).toBe('strasse');
    expect(foldLatin('Élysée')).toBe('elysee');
  });
});
