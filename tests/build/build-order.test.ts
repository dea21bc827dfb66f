// The build starts first the articles that give a sentence's first translation where the resources
// translate it in several ways; otherwise project order.
import { describe, expect, it } from 'vitest';
import { orderForAnswers } from '../../src/build/build-order.js';
import type { MemoryRow } from '../../src/match/index.js';

const row = (doc: string, de: string, en: string): MemoryRow => [doc, `locales/en/${doc}.json`, de, en, 'curated', false];

describe('orderForAnswers', () => {
  it('puts the first article of each translation of a sentence with several first, then the rest, each in project order', () => {
    const rows = [
      [row('a0', 'Der Rat tagt.', 'The council meets.'), row('a0', 'Eigen 0.', 'Own 0.')],
      [row('a1', 'Der Rat tagt.', 'The council meets.')],
      [row('a2', 'Der Rat tagt.', 'The council sits.')],
      [row('a3', 'Eigen 3.', 'Own 3.')],
      [row('a4', 'Der Rat tagt.', 'The council convenes.')],
    ];
    expect(orderForAnswers(rows)).toEqual([0, 2, 4, 1, 3]);
  });

  it('keeps project order when every sentence has one translation', () => {
    const rows = [[row('a', 'Ja.', 'Yes.')], [row('b', 'Ja.', 'Yes.')], [], [row('d', 'Nein.', 'No.')]];
    expect(orderForAnswers(rows)).toEqual([0, 1, 2, 3]);
  });

  it('compares German as normalised (the seventh element) and is a permutation', () => {
    const rows = [[row('c', 'x', 'y')], [['a', 'locales/en/a.json', '„Ja.“', 'Yes.', 'curated', false, '"ja."'] as MemoryRow], [row('b', '"ja."', 'Yeah.')]];
    const order = orderForAnswers(rows);
    expect(order).toEqual([1, 2, 0]);
    expect([...order].sort()).toEqual([0, 1, 2]);
  });
});
