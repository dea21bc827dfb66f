// projectQuestions: the German a build asks the project memory before matching (so a worker thread
// holds no copy of the project's translations) must be exactly what matchUnits then looks up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/index.js';
import { matchUnits, projectQuestions, type ProjectMemory } from '../../src/match/index.js';

const SENTENCES = ['Der Gipfel beginnt am Montag.', 'Archivbild: KEYSTONE', 'Die Preise steigen.', '„Wir sind bereit“, sagte sie.', 'Mehr lesen Sie im Dossier.'];
// a resource key as a translator may have written it: the sentence, or with an NBSP or curly quotes changed
const variants = (s: string) => [s, s.replace(' ', '\u00a0'), s.replace('„', '"').replace('“', '"')];

describe('projectQuestions', () => {
  it('is the set of German matchUnits looks up in the project memory, for any article and resource', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.constantFrom(...SENTENCES), fc.nat(2), fc.constantFrom('English.', '', '  ')), { maxLength: 6 }),
        (sentences, entries) => {
          const doc = segmentDocument({ path: 'a.md', text: sentences.map((s) => `${s}\n`).join('\n') }).document;
          const resource = { file: 'locales/en/a.json', entries: new Map(entries.map(([s, v, en]) => [variants(s)[v], en])) };
          const asked = new Set<string>();
          const project: ProjectMemory = { size: 0, find: (key) => (asked.add(key), undefined) };
          matchUnits(doc, resource, { project: { memory: project, document: 'a', fill: false } });
          const questions = projectQuestions(doc, resource);
          expect(new Set(questions).size).toBe(questions.length);
          expect(new Set(questions)).toEqual(asked);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('asks nothing for sentences the resource translates, and each untranslated sentence once', () => {
    const doc = segmentDocument({ path: 'a.md', text: 'Die Preise steigen.\n\nArchivbild: KEYSTONE\n\nArchivbild: KEYSTONE\n' }).document;
    const resource = { file: 'locales/en/a.json', entries: new Map([['Die\u00a0Preise steigen.', 'Prices rise.']]) };
    expect(projectQuestions(doc, resource)).toEqual(['Archivbild: KEYSTONE']);
  });
});
