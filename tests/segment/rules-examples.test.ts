import { describe, expect, it } from 'vitest';
import { GERMAN_RULES } from '../../src/segment/lang/de.js';
import { ENGLISH_RULES } from '../../src/segment/lang/en.js';
import { segmentTextDetailed } from '../../src/segment/segment-text.js';
import { parseExample, sentences } from './helpers.js';

// Every rule carries the example it exists for; `‖` marks the breaks. The example must segment so.
describe.each([
  ['de', GERMAN_RULES.rules],
  ['en', ENGLISH_RULES.rules],
] as const)('rule examples (%s)', (lang, rules) => {
  // the shared rules' examples are German: they are checked on the German list
  const withExamples = rules.filter((r) => r.example && (lang === 'de' || r.id?.startsWith('en-')));
  it('every rule has an id and an example', () => {
    for (const r of rules) {
      expect(r.id, JSON.stringify(r)).toBeTruthy();
      expect(r.example, r.id).toBeTruthy();
    }
  });
  // a rule that applies only under a policy (quotes: split) is checked under that policy
  it.each(withExamples.map((r) => [r.id!, r.example!, r.when?.quotes ?? 'keep'] as const))('%s: %s', (_id, example, quotes) => {
    const { text, expected } = parseExample(example);
    expect(sentences(text, { lang, quotes })).toEqual(expected);
  });
});

describe('explain names the deciding rule', () => {
  it('reports title, ordinal and terminal decisions', () => {
    const text = 'Dr. Meier kam am 24. Februar. Dann ging er.';
    const d = segmentTextDetailed(text, {}, true).decisions!;
    const byText = Object.fromEntries(d.map((x) => [text.slice(0, x.at).split(' ').pop(), `${x.break ? 'break' : 'keep'} ${x.rule}`]));
    expect(byText['Dr.']).toBe('keep title');
    expect(byText['24.']).toBe('keep de-ordinal-noun');
    expect(byText['Februar.']).toBe('break terminal');
  });
});
