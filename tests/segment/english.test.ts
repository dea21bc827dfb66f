import { describe, expect, it } from 'vitest';
import { sentences } from './helpers.js';

describe('English rules (lang: en)', () => {
  it.each([
    ['titles', 'Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['abbreviation inside', 'Prices rose, e.g. for bread. Then they fell.', ['Prices rose, e.g. for bread.', 'Then they fell.']],
    ['abbreviation at the end', 'He works for Acme Inc. The firm is old.', ['He works for Acme Inc.', 'The firm is old.']],
    ['U.S.', 'The U.S. economy grew. It was a surprise.', ['The U.S. economy grew.', 'It was a surprise.']],
    ['numbers', 'It cost $3.50 at 5 p.m. on Monday. Nobody paid.', ['It cost $3.50 at 5 p.m. on Monday.', 'Nobody paid.']],
    ['quotes', '"I am coming." Then he left.', ['"I am coming."', 'Then he left.']],
    ['no ordinal rule', 'He finished 3. Then he retired.', ['He finished 3.', 'Then he retired.']],
    ['No. before a number', 'It was No. 5 on the list.', ['It was No. 5 on the list.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text, { lang: 'en' })).toEqual(expected);
  });

  it('differs from German where the languages differ', () => {
    expect(sentences('Am 3. Oktober kam er.', { lang: 'de' })).toHaveLength(1);
    expect(sentences('He came on the 3. October was cold.', { lang: 'en' })).toHaveLength(2);
  });
});
