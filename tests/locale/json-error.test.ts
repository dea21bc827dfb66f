// findJsonError agrees with JSON.parse on what is valid, names the first error with its offset,
// and handles any nesting depth without recursion.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonError } from '../../src/locale/json-error.js';
import { parseResource } from '../../src/locale/resource.js';

const valid = (text: string) => {
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonError', () => {
  it('names the first error and its offset', () => {
    const cases: Array<[string, number, string]> = [
      ['{"a": "b" "c": 1}', 10, 'unexpected "\\"", expected "," or "}" after a value'],
      ['{"a": }', 6, 'unexpected "}", expected a value'],
      ['[1, 2', 5, 'unexpected end of the text, expected "," or "]" after a value'],
      ['{"a": "x\ny"}', 8, 'a control character (e.g. a line break) inside a string'],
      ['{a: 1}', 1, 'unexpected "a", expected a key in double quotes'],
      ['{"a" 1}', 5, 'unexpected "1", expected ":" after the key'],
      ['{"a": "\\q"}', 7, 'invalid escape sequence in a string'],
      ['"abc', 4, 'unterminated string'],
      ['{} x', 3, 'unexpected "x" after the end of the JSON value'],
      ['\ufeff{"a": [1,]}', 10, 'unexpected "]", expected a value'],
    ];
    expect(cases).toHaveLength(10);
    for (const [text, offset, message] of cases) expect(findJsonError(text), text).toEqual({ offset, message });
  });

  it('is iterative: 100,000 nested brackets, unclosed or followed by junk', () => {
    expect(findJsonError('['.repeat(100_000))).toEqual({ offset: 100_000, message: 'unexpected end of the text, expected a value' });
    expect(findJsonError(`${'{"a":'.repeat(100_000)}1${'}'.repeat(99_999)}]`)).toMatchObject({ offset: 600_000 });
    expect(findJsonError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined();
    // and a resource that deep is an input error at its position, not a crash
    const r = parseResource(`{\n"a": ${'['.repeat(100_000)}\n}`, 'deep.json');
    expect(r.diagnostics[0]).toMatchObject({ ruleId: 'resource-invalid-json', place: { start: { line: 3, column: 1 } } });
  });

  it('agrees with JSON.parse on generated and mutated JSON', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'small' }), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '\n', '[', '{', 'x'), (json, at, junk) => {
        expect(findJsonError(json)).toBeUndefined();
        const mutated = json.slice(0, at % (json.length + 1)) + junk + json.slice(at % (json.length + 1));
        expect(findJsonError(mutated) === undefined).toBe(valid(mutated));
      }),
      { numRuns: 400 },
    );
  });
});
