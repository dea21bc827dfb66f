import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxCostFor, normalizeKey, scoreFromCost, similarity, tokenizeForMatch } from '../../src/match/index.js';

describe('normalizeKey', () => {
  it('treats quote styles, soft hyphens, invisible characters and space kinds as equal', () => {
    const a = 'Er sagte: «Wir kommen.» Die Ver\u00adhandlung\u200b läuft\u00a0weiter.';
    const b = 'Er sagte: "Wir kommen." Die Verhandlung läuft weiter.';
    expect(normalizeKey(a)).toBe(normalizeKey(b));
    expect(normalizeKey('„Ja“ und ‹nein›')).toBe(normalizeKey('"Ja" und \'nein\''));
  });

  it('composes NFD to NFC and canonicalises placeholder spelling', () => {
    expect(normalizeKey('Bu\u0308ndnis')).toBe('Bündnis');
    expect(normalizeKey('Die < 1 >USA</ 1 > und <2 />')).toBe('Die <1>USA</1> und <2/>');
  });

  it('keeps differences that change the text: ß/ss, dashes, case', () => {
    expect(normalizeKey('Strasse')).not.toBe(normalizeKey('Straße'));
    expect(normalizeKey('Moskau–Peking')).not.toBe(normalizeKey('Moskau-Peking'));
    expect(normalizeKey('der Plan')).not.toBe(normalizeKey('Der Plan'));
  });

  it('is idempotent (property)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\u00a0', '\u00ad', '«', '»', '"', '’', '<', '1', '/', '>', 'ü', 'u\u0308', '\n') }), (s) => normalizeKey(normalizeKey(s)) === normalizeKey(s)));
  });
});

describe('similarity (token edit distance, 0–100)', () => {
  it('follows the documented definition', () => {
    // 11 → 13 tokens, 3 edits: round(100 × (1 − 3/13)) = 77
    expect(similarity('Auch militärisch arbeiten beide Staaten enger zusammen als je zuvor.', 'Auch militärisch arbeiten die beiden Staaten heute enger zusammen als je zuvor.')).toBe(77);
    expect(tokenizeForMatch('Die <1>USA</1> wachsen, 3,5 %.')).toEqual(['Die', '<1>', 'USA', '</1>', 'wachsen', ',', '3', ',', '5', '%', '.']);
    expect(similarity('Das Bündnis wächst.', 'Das Bündnis wächst.')).toBe(100);
    expect(similarity('', '')).toBe(100);
    expect(similarity('Eins zwei drei.', 'Vier fünf sechs sieben acht neun.')).toBe(14); // only '.' shared: 1 − 6/7
    expect(similarity('Eins zwei drei', 'Vier fünf sechs sieben')).toBe(0);
  });

  it('counts a case or ß/ss difference as half an edit, and normalised quotes as none', () => {
    expect(similarity('Die Strasse ist lang.', 'Die Straße ist lang.')).toBe(90);
    expect(similarity('Die Strasse ist lang.', 'Die Gasse ist lang.')).toBe(80);
    expect(similarity('Er sagte «ja».', 'Er sagte "ja".')).toBe(100);
  });

  it('is symmetric and bounded (property)', () => {
    const words = fc.array(fc.constantFrom('Die', 'die', 'USA', 'Russland', 'China', 'und', '.', ',', 'Straße', 'Strasse'), { maxLength: 12 });
    fc.assert(
      fc.property(words, words, (a, b) => {
        const s = similarity(a.join(' '), b.join(' '));
        return s === similarity(b.join(' '), a.join(' ')) && s >= 0 && s <= 100;
      }),
    );
  });

  it('maxCostFor never cuts a pair that reaches the threshold (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 240 }), (t, n, m, cost) => {
        const reaches = scoreFromCost(cost, n, m) >= t;
        return reaches === cost <= maxCostFor(t, n, m);
      }),
      { numRuns: 3000 },
    );
  });
});
