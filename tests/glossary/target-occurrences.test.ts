// Occurrence-aware term QA: German occurrences counted against English renderings, findings placed
// at the German term (start and end), the English as related location, waivers per occurrence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTermsInTarget, compileGlossary, matchTerms, type TermWaiver } from '../../src/glossary/index.js';
import { createLineIndex } from '../../src/util/line-index.js';
import { entry } from './helpers.js';

const glossary = {
  entries: [
    entry('Gipfel', 'summit'),
    entry('Aussenminister', ['foreign minister', 'Secretary of State']),
    entry('Schwatzfest', 'talking shop', { forbidden: ['chat party'] }),
    entry('Sanktion', 'sanction', { status: 'proposed' }),
  ],
};
const matcher = compileGlossary(glossary);

/** A file with a front line, so offsets, lines and columns of the segment differ from the segment's own. */
function unitIn(german: string) {
  const file = `# Titel\n\nVorher. ${german}\n`;
  const offset = file.indexOf(german);
  return { file, offset, lines: createLineIndex(file) };
}

function check(german: string, english: string, waivers: TermWaiver[] = [], extra: { key?: string } = {}) {
  const { offset, lines } = unitIn(german);
  return checkTermsInTarget({
    hits: matchTerms(matcher, german),
    english,
    glossary,
    unitId: 'intro-2',
    file: 'locales/de/a.md',
    locate: { offset, pointAt: lines.pointAt },
    englishLocation: { file: 'locales/en/a.json', place: { start: { line: 3, column: 20, offset: 40 }, end: { line: 3, column: 60, offset: 80 } }, message: 'the English of unit intro-2' },
    waivers,
    german,
    germanKey: extra.key ?? german,
    document: { path: 'locales/de/a.md', slug: 'a' },
  });
}

const waiver = (extra: Partial<TermWaiver>): TermWaiver => ({ term: 'Gipfel', reason: 'pronoun in English', reviewer: 'A. Editor', date: '2025-03-01', origin: { file: 'glossary/g.yaml', line: 9, column: 5 }, ...extra });

describe('occurrence-aware term QA', () => {
  const german = 'Der Gipfel in Genf war ein Gipfel der Hoffnung.';
  it('"Gipfel" twice and "summit" once: one finding, at the second occurrence, start and end', () => {
    const ds = check(german, 'The summit in Geneva was a high point of hope.');
    expect(ds).toHaveLength(1);
    const [d] = ds;
    const { file, offset } = unitIn(german);
    const second = offset + german.lastIndexOf('Gipfel');
    expect(d).toMatchObject({ ruleId: 'term-missing-in-target', severity: 'error', file: 'locales/de/a.md' });
    expect(d.place?.start).toEqual({ line: 3, column: 9 + german.lastIndexOf('Gipfel'), offset: second });
    expect(d.place?.end).toEqual({ line: 3, column: 9 + german.lastIndexOf('Gipfel') + 6, offset: second + 6 });
    expect(file.slice(d.place!.start.offset, d.place!.end!.offset)).toBe('Gipfel');
    expect(d.message).toMatch(/2nd of 2 occurrences of "Gipfel"/);
    expect(d.message).toMatch(/1 approved rendering for 2 German occurrences/);
    expect(d.related).toEqual([expect.objectContaining({ file: 'locales/en/a.json', message: 'the English of unit intro-2' })]);
  });

  it('both occurrences rendered (plural and possessive count): no finding; none rendered: two findings', () => {
    expect(check(german, "The summit in Geneva was the summit's high point; summits matter.")).toEqual([]);
    const ds = check(german, 'The meeting in Geneva was a high point of hope.');
    expect(ds.map((d) => d.place?.start.column)).toEqual([9 + german.indexOf('Gipfel'), 9 + german.lastIndexOf('Gipfel')]);
  });

  it('counts inflected and compound German occurrences; overlapping renderings count once', () => {
    expect(check('Die Aussenminister und der Aussenministerin.', 'The foreign ministers and the foreign minister.')).toEqual([]);
    // "Secretary of State" and "foreign minister" never overlap; "foreign minister" is found once, not as two renderings
    expect(check('Der Aussenminister traf den Aussenminister.', 'The foreign minister met his counterpart.')).toHaveLength(1);
    expect(check('Nato-Gipfel und Gipfeltreffen.', 'NATO summit and summit meeting.')).toEqual([]);
  });

  it('a forbidden rendering is reported at the occurrence it stands for', () => {
    const g = 'Ein Schwatzfest folgte dem Schwatzfest.';
    const ds = check(g, 'One talking shop followed the chat party.');
    expect(ds.map((d) => d.ruleId)).toEqual(['term-forbidden']);
    expect(ds[0].place?.start.column).toBe(9 + g.lastIndexOf('Schwatzfest'));
    expect(ds[0].message).toMatch(/"chat party" is a forbidden rendering of the 2nd of 2 occurrences/);
    // more forbidden renderings than German occurrences: reported at the last occurrence
    expect(check('Ein Schwatzfest.', 'A chat party, another chat party.').map((d) => d.ruleId)).toEqual(['term-forbidden', 'term-forbidden']);
  });

  it('proposed entries warn per occurrence', () => {
    const ds = check('Sanktion um Sanktion.', 'Sanction after measure.');
    expect(ds.map((d) => d.severity)).toEqual(['warning']);
  });
});

describe('waivers per occurrence, key form, document', () => {
  const german = 'Der Gipfel in Genf war ein Gipfel der Hoffnung.';
  const english = 'The summit in Geneva was a high point of hope.';

  it('occurrence: 2 waives the second occurrence only, as a suppressed info with the waiver place', () => {
    const [d] = check(german, english, [waiver({ unit: 'intro-2', occurrence: 2 })]);
    expect(d).toMatchObject({ severity: 'info', suppression: { kind: 'external', justification: 'pronoun in English', by: 'A. Editor', date: '2025-03-01', severity: 'error', file: 'glossary/g.yaml', place: { start: { line: 9, column: 5 } } } });
    expect(check(german, english, [waiver({ unit: 'intro-2', occurrence: 1 })])[0].severity).toBe('error');
    const none = check(german, 'The meeting in Geneva was a high point of hope.', [waiver({ unit: 'intro-2', occurrence: 2 })]);
    expect(none.map((x) => x.severity)).toEqual(['error', 'info']);
  });

  it('de: matches the raw Markdown form and the key form with placeholders', () => {
    const raw = 'Der **Gipfel** in Genf war ein Gipfel der Hoffnung.';
    const key = 'Der <1>Gipfel</1> in Genf war ein Gipfel der Hoffnung.';
    expect(check(raw, english, [waiver({ de: 'Der **Gipfel** in Genf' })], { key })[0].severity).toBe('info');
    expect(check(raw, english, [waiver({ de: 'Der <1>Gipfel</1> in Genf' })], { key })[0].severity).toBe('info');
    // quotes, NBSP and ß/ss are folded; other text does not match
    expect(check('Der «Gipfel» in Genf, ein Gipfel.', 'The “summit” in Geneva, a high point.', [waiver({ de: 'Der "Gipfel"\u00a0in Genf' })])[0].severity).toBe('info');
    expect(check(raw, english, [waiver({ de: 'Der Gipfel in Bern' })], { key })[0].severity).toBe('error');
  });

  it('document: covers every unit of that document, by slug or path, and nothing else', () => {
    expect(check(german, english, [waiver({ document: 'a' })])[0].severity).toBe('info');
    expect(check(german, english, [waiver({ document: './locales/de/a.md' })])[0].severity).toBe('info');
    expect(check(german, english, [waiver({ document: 'b' })])[0].severity).toBe('error');
  });

  it('a waiver with no selector never applies', () => {
    expect(check(german, english, [waiver({})])[0].severity).toBe('error');
  });
});

describe('property: one missing finding per German occurrence without an English partner', () => {
  it('findings = max(0, German occurrences − English renderings), at the last occurrences', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 6 }), (n, m) => {
        const german = Array.from({ length: n }, (_, i) => `Der ${i % 2 ? 'Gipfels' : 'Gipfel'} ${i}.`).join(' ');
        const english = Array.from({ length: m }, (_, i) => `the ${i % 2 ? 'summits' : 'summit'} ${i}`).join(', ') || 'nothing';
        const ds = check(german, english);
        expect(ds).toHaveLength(Math.max(0, n - m));
        const { file } = unitIn(german);
        const hitStarts = matchTerms(matcher, german).map((h) => h.start).sort((a, b) => a - b);
        expect(hitStarts).toHaveLength(n);
        expect(ds.map((d) => d.place!.start.offset - unitIn(german).offset)).toEqual(hitStarts.slice(m));
        for (const d of ds) expect(file.slice(d.place!.start.offset, d.place!.end!.offset)).toMatch(/^Gipfels?$/);
      }),
      { numRuns: 60 },
    );
  });
});
