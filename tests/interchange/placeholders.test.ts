import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinTokens, tokenizeKey, PlaceholderNumbering } from '../../src/interchange/placeholders.js';
import { md } from './helpers.js';

const kinds = (key: string, markup = [md.strong(1), md.image(2, 'a', 'b.png')]) =>
  tokenizeKey(key, markup).map((t) => (t.kind === 'text' ? t.text : `${t.kind}${t.id}${'matched' in t && t.matched ? '+' : ''}`));

describe('placeholders', () => {
  it('recognises declared paired and standalone placeholders', () => {
    expect(kinds('Das <1>ist</1> ein <2/>.')).toEqual(['Das ', 'open1+', 'ist', 'close1+', ' ein ', 'standalone2', '.']);
  });

  it('treats undeclared, mis-kinded, zero-padded and repeated tags as text', () => {
    expect(kinds('a <3>b</3> <2>c</2> <01/> <1/>')).toEqual(['a <3>b</3> <2>c</2> <01/> <1/>']);
    expect(kinds('<1>x</1><1>y</1>')).toEqual(['open1+', 'x', 'close1+', '<1>y</1>']);
  });

  it('marks improperly nested or unclosed tags as isolated', () => {
    const m = [md.strong(1), md.emphasis(2)];
    expect(kinds('<1>a<2>b</1>c</2>', m)).toEqual(['open1', 'a', 'open2', 'b', 'close1', 'c', 'close2']);
    expect(kinds('</1> x <1>', m)).toEqual(['close1', ' x ', 'open1']);
  });

  it('property: tokenizing then joining gives back the exact text', () => {
    const piece = fc.oneof(fc.constantFrom('<1>', '</1>', '<2/>', '<2>', '<3/>', '</01>', '<1/>', '&', '<'), fc.string());
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const key = parts.join('');
        return joinTokens(tokenizeKey(key, [md.strong(1), md.image(2, 'x', 'y')])) === key;
      }),
      { numRuns: 500 },
    );
  });

  it('numbers codes by the digits their ids end in, else by the next free number', () => {
    const n = new PlaceholderNumbering();
    expect(n.number('2-3', ['open', 'close'], 'source')).toBe(3);
    expect(n.number('x3', ['standalone'], 'source')).toBe(3);
    expect(n.number('b-3', ['open', 'close'], 'source')).toBe(1);
    // the target may break the pair: a lone end code keeps the source's number
    expect(n.number('2-e3', ['close'], 'target')).toBe(3);
    expect(n.number('2-3', ['open'], 'target')).toBe(3);
    expect(n.number(undefined, ['standalone'], 'source')).toBe(1);
  });
});
