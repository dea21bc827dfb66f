// Entity parity with the real name data (the exonym section of the aligner's word list, the sample
// glossary, the noun lexicon): every case of tests/fixtures/check/entities.json, and the sample
// article, whose human English raises no entity finding but the glosses its glossary waives.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkEntities, createNameTable, readPlaceNames, RULES } from '../../src/check/index.js';
import { builtinTable } from '../../src/align/lexicon.js';
import { compileGlossary, findWaiver, loadGlossaries, loadLexicon, matchTerms } from '../../src/glossary/index.js';
import { segmentDocument } from '../../src/segment/index.js';
import { repoRoot } from '../helpers/project.js';

interface Case { rule: string; fires: boolean; de: string; en: string; why: string }

const cases = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/check/entities.json'), 'utf8')) as Case[];
const { glossary, waivers } = loadGlossaries(['people-and-places.yaml', 'politics.yaml'].map((f) => path.join(repoRoot, 'glossary', f)));
const matcher = compileGlossary(glossary);
const lexicon = loadLexicon();
const table = createNameTable({ places: readPlaceNames(), words: builtinTable(), glossary: glossary.entries, ...(lexicon ? { isNounForm: lexicon.isNounForm } : {}) });
const run = (de: string, en: string) => checkEntities(de, en, table, matchTerms(matcher, de));

describe.each(cases)('$rule: $why', (c) => {
  it(c.fires ? 'fires' : 'stays quiet', () => {
    const fired = run(c.de, c.en).filter((f) => f.ruleId === c.rule);
    expect(fired.length > 0, JSON.stringify(run(c.de, c.en))).toBe(c.fires);
  });
});

describe('entity parity', () => {
  it('has a firing and a quiet case for each of its rules', () => {
    for (const id of RULES.filter((r) => r.id.startsWith('entity-')).map((r) => r.id)) {
      expect(cases.some((c) => c.rule === id && c.fires), id).toBe(true);
      expect(cases.some((c) => c.rule === id && !c.fires), id).toBe(true);
    }
  });

  it('a listed place opening a longer name is no added place; the same place on its own is (property)', () => {
    const places = [...new Set(table.placeNames.map((p) => p.en))];
    expect(places.length).toBeGreaterThan(100);
    const nameWords = ['Security Conference', 'Agreement', 'Times', 'Philharmonic', 'Statute', 'Post', 'Airport'];
    const de = 'Das Treffen fand gestern statt.';
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.constantFrom(...nameWords), (place, words) => {
        const extra = (en: string) => run(de, en).filter((f) => f.ruleId === 'entity-extra').map((f) => f.message).join(' ');
        // (a place inside the place, Rhine in North Rhine-Westphalia, is another matter)
        expect(extra(`The ${place} ${words} met yesterday.`)).not.toContain(`"${place}"`);
        expect(extra(`The ${words} met yesterday in ${place}.`)).toContain(`"${place}"`);
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('names both sides in the message of a swap', () => {
    const [f] = run('Scholz reiste am Montag nach Berlin, sagte der Sprecher von Olaf Scholz.', "Merkel travelled to Paris on Monday, said Angela Merkel's spokesman.");
    expect(f).toMatchObject({ ruleId: 'entity-mismatch', severity: 'error' });
    expect(f.message).toMatch(/the German has .*"Berlin".*, the English .*"Merkel"/);
  });

  it('reads the places with their case: places, not peoples or adjectives, are reported alone', () => {
    const places = readPlaceNames();
    expect(places.get('Moskau')).toEqual(['Moscow']);
    expect(table.places.has('moskau')).toBe(true);
    expect(table.places.has('deutsch')).toBe(false);
    expect(table.places.has('deutsche')).toBe(false);
  });

  it('the sample article raises no entity finding but the two glosses its glossary waives', () => {
    const sample = JSON.parse(fs.readFileSync(path.join(repoRoot, 'locales/en/trump-russland-china.json'), 'utf8')) as Record<string, string>;
    const pairs = Object.entries(sample);
    expect(pairs.length).toBeGreaterThan(40);
    // unit ids as the pipeline gives them, so the sample's own waivers apply as in `diglot check`
    const file = 'locales/de/trump-russland-china.md';
    const source = segmentDocument({ path: file, text: fs.readFileSync(path.join(repoRoot, file), 'utf8') }).document;
    const ids = new Map(source.segments.map((s) => [s.key, s.id]));
    const found = pairs.flatMap(([de, en]) => run(de, en).map((f) => {
      const ctx = { rule: f.ruleId, unitId: ids.get(de) ?? '', english: en, germanKey: de, document: { path: file, slug: source.slug } };
      return { rule: f.ruleId, de, waiver: findWaiver(waivers, ctx) };
    }));
    expect(found.filter((f) => !f.waiver).map((f) => `${f.rule}: ${f.de}`)).toEqual([]);
    expect(found.map((f) => `${f.rule}: ${f.de.slice(0, 30)} — ${f.waiver?.reviewer}`)).toEqual([
      'entity-extra: Machthaber Trump, Putin. — diglot maintainers',
      'entity-extra: Ähnlich sieht es CDU-China-Exp — diglot maintainers',
    ]);
  });
});
