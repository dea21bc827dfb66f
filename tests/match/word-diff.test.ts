import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords } from '../../src/match/index.js';
import type { DiffOp } from '../../src/model/unit.js';

const side = (ops: DiffOp[], drop: 'insert' | 'delete') => ops.filter((o) => o.op !== drop).map((o) => o.text).join('');

describe('diffWords', () => {
  it('shows a replaced word as delete + insert between equal parts', () => {
    expect(diffWords('Sie treffen sich in Bern.', 'Sie treffen sich in Genf.')).toEqual([
      { op: 'equal', text: 'Sie treffen sich in ' },
      { op: 'delete', text: 'Bern' },
      { op: 'insert', text: 'Genf' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('joins neighbouring changed words into one edit', () => {
    expect(diffWords('Das Bündnis wächst schnell.', 'Die Allianz wächst schnell.')).toEqual([
      { op: 'delete', text: 'Das Bündnis' },
      { op: 'insert', text: 'Die Allianz' },
      { op: 'equal', text: ' wächst schnell.' },
    ]);
  });

  it('reproduces the old and the new text exactly (property)', () => {
    const text = fc.array(fc.constantFrom('Die', 'USA', 'und', 'China', ' ', '  ', ',', '.', '«', '»', '<1>', '</1>', 'Straße'), { maxLength: 20 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ops = diffWords(a, b);
        return side(ops, 'insert') === a && side(ops, 'delete') === b && ops.every((o) => o.text.length > 0);
      }),
      { numRuns: 1500 },
    );
  });
});
