import { describe, expect, it } from 'vitest';
import { checkTermsInTarget, compileGlossary, matchTerms, renderingPattern, type TermWaiver } from '../../src/glossary/index.js';
import { entry } from './helpers.js';

const glossary = {
  entries: [
    entry('Bündnis', 'alliance'),
    entry('Schwatzfest', 'talking shop', { forbidden: ['chat party'] }),
    entry('Aussenminister', ['foreign minister', 'Secretary of State']),
    entry('Sanktion', 'sanction', { status: 'proposed' }),
    entry('Gipfel', 'summit', { status: 'deprecated' }),
    entry('Land', 'country'),
  ],
};
const m = compileGlossary(glossary);
const check = (de: string, en: string, waivers: TermWaiver[] = [], unitId = 'u1') =>
  checkTermsInTarget({ hits: matchTerms(m, de), english: en, glossary, unitId, file: 'a.md', place: { start: { line: 3, column: 1, offset: 10 } }, waivers, german: de });

describe('checkTermsInTarget', () => {
  it('accepts approved renderings with English inflection and any case', () => {
    expect(check('Die Bündnisse bröckeln.', 'The alliances are crumbling.')).toEqual([]);
    expect(check('Das Bündnis hält.', "The Alliance's strength holds.")).toEqual([]);
    expect(check('Die Aussenminister trafen sich.', 'The foreign ministers met.')).toEqual([]);
    expect(check('Der Aussenminister.', 'The Secretary of State.')).toEqual([]);
    expect(check('Die Länder.', 'The countries.')).toEqual([]);
  });

  it('reports a missing rendering as an error with the unit place', () => {
    const [d] = check('Das Bündnis hält.', 'The pact holds.');
    expect(d).toMatchObject({ ruleId: 'term-missing-in-target', severity: 'error', file: 'a.md', place: { start: { line: 3 } } });
    expect(d.message).toContain('alliance');
  });

  it('reports a forbidden rendering', () => {
    const ds = check('Ein Schwatzfest.', 'A chat party, a talking shop.');
    expect(ds.map((d) => d.ruleId)).toEqual(['term-forbidden']);
    // one finding per occurrence: the forbidden rendering is the problem, not a second "missing"
    expect(check('Ein Schwatzfest.', 'A chat party.').map((d) => d.ruleId)).toEqual(['term-forbidden']);
  });

  it('proposed entries warn, deprecated entries are not checked', () => {
    expect(check('Neue Sanktionen.', 'New measures.')[0].severity).toBe('warning');
    expect(check('Der Gipfel.', 'The meeting.')).toEqual([]);
  });

  it('a waiver for one occurrence turns the finding into info; other units still fail', () => {
    const waiver: TermWaiver = { term: 'Bündnis', unit: 'u1', rule: 'term-missing-in-target', reason: 'paraphrase', reviewer: 'AE', date: '2025-03-01' };
    const waived = check('Das Bündnis hält.', 'The pact holds.', [waiver]);
    expect(waived).toEqual([expect.objectContaining({ ruleId: 'term-missing-in-target', severity: 'info' })]);
    expect(waived[0].hint).toContain('AE');
    expect(check('Das Bündnis hält.', 'The pact holds.', [waiver], 'u2')[0].severity).toBe('error');
    const byDe: TermWaiver = { term: 'Bündnis', de: 'Bündnis hält', reason: 'r', reviewer: 'x', date: '2025-01-01' };
    expect(check('Das Bündnis hält.', 'The pact holds.', [byDe])[0].severity).toBe('info');
  });

  it('does nothing without English', () => {
    expect(check('Das Bündnis hält.', '')).toEqual([]);
  });

  it('rendering patterns need word boundaries', () => {
    const re = renderingPattern('summit');
    expect('summitry'.match(re)).toBeNull();
    expect('two summits'.match(renderingPattern('summit'))?.[0]).toBe('summits');
    expect('no-limits friendship'.match(renderingPattern('no limits friendship'))?.[0]).toBe('no-limits friendship');
    expect('the policies'.match(renderingPattern('policy'))?.[0]).toBe('policies');
  });
});

describe('English verb phrases in term QA', () => {
  it('accepts inflected verbs and an object between verb and particle', async () => {
    const { englishVerbForms } = await import('../../src/glossary/english-verb-forms.js');
    expect(englishVerbForms('sum')).toEqual(expect.arrayContaining(['sum', 'sums', 'summed', 'summing']));
    expect(englishVerbForms('drive')).toEqual(expect.arrayContaining(['drives', 'drove', 'driven', 'driving']));
    expect(englishVerbForms('get')).toEqual(expect.arrayContaining(['got', 'getting', 'gets']));
    expect(englishVerbForms('carry')).toEqual(expect.arrayContaining(['carries', 'carried', 'carrying']));
    expect(englishVerbForms('get')).not.toContain('getted');
    const { findRenderings } = await import('../../src/glossary/index.js');
    expect(findRenderings('Bolton summed up the problem.', ['sum up'], { verb: true })).toHaveLength(1);
    expect(findRenderings('Bolton summed the problem up.', ['sum up'], { verb: true })).toHaveLength(1);
    expect(findRenderings('They drove a wedge between them.', ['drive a wedge'], { verb: true })).toHaveLength(1);
    expect(findRenderings('a sum of money that later went up', ['sum up'], { verb: true })).toHaveLength(0);
    // nouns are unaffected: "summed up" is not a form of the noun phrase "sum up"
    expect(findRenderings('Bolton summed up the problem.', ['sum up'])).toHaveLength(0);
  });
});
