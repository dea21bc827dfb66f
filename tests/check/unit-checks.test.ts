// Every QA rule with failing and passing cases (table in tests/fixtures/check/cases.json).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNumberWords, checkUnit, englishNumbers, finalMark, germanNumbers, RULES } from '../../src/check/index.js';
import { repoRoot } from '../helpers/project.js';

interface Case {
  rule: string;
  fires: boolean;
  de: string;
  en: string;
  why: string;
}

const cases = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/check/cases.json'), 'utf8')) as Case[];

describe.each(cases)('$rule: $why', (c) => {
  it(c.fires ? 'fires' : 'stays quiet', () => {
    const fired = checkUnit(c.de, c.en).filter((f) => f.ruleId === c.rule);
    expect(fired.length > 0, JSON.stringify(checkUnit(c.de, c.en))).toBe(c.fires);
  });
});

describe('QA rules', () => {
  it('each check-stage rule has a failing and a passing case', () => {
    // inconsistent-translation needs a project (check-project.test.ts); entity-* a name table (entity-parity.test.ts).
    for (const r of RULES.filter((x) => x.stage === 'check' && x.id !== 'inconsistent-translation' && !x.id.startsWith('entity-'))) {
      expect(cases.some((c) => c.rule === r.id && c.fires), `${r.id} fails`).toBe(true);
      expect(cases.some((c) => c.rule === r.id && !c.fires), `${r.id} passes`).toBe(true);
    }
  });

  it('reads the final mark past quotes, brackets and placeholders', () => {
    expect(finalMark('Er sagte: «Nein.»')).toBe('.');
    expect(finalMark('Wirklich?</1>')).toBe('?');
    expect(finalMark('Und dann...')).toBe('…');
    expect(finalMark('Titel')).toBe('');
  });
});

describe('number words: properties', () => {
  const de = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];
  const en = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
  it('the same number in words or figures never fires; another number always does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.boolean(), (a, b, digits) => {
        const german = `Es kamen ${de[a]} Minister nach Bern.`;
        const same = checkNumberWords(german, `${digits ? a : en[a]} ministers came to Berne.`);
        expect(same).toEqual([]);
        const other = checkNumberWords(german, `${en[b]} ministers came to Berne.`);
        expect(other.length).toBe(a === b ? 0 : 1);
      }),
      { numRuns: 150 },
    );
  });

  it('words an object inherits are no number words ("constructor", "toString", "__proto__")', () => {
    for (const w of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
      expect(englishNumbers(`The ${w} came to Berne.`)).toEqual([]);
      expect(germanNumbers(`Der ${w} kam nach Bern.`)).toEqual([]);
      expect(checkNumberWords('Zwei Minister kamen nach Bern.', `Two ${w} came to Berne.`)).toEqual([]);
    }
    expect(englishNumbers('Two ministers came.').map((m) => m.value)).toContain('2');
  });
});
