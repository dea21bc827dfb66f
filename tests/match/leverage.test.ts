// Leverage: identical German translated in another article of the project is a 100 % match from
// project memory (provenance memory + the article), offered by default, filled with
// match.leverage: fill, never filled under --require human. Fixture: tests/fixtures/match/leverage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyProject, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { runPipeline } from '../../src/project/index.js';
import { segmentDocument } from '../../src/segment/index.js';
import { buildProjectMemory, matchUnits, normalizeKey } from '../../src/match/index.js';
import { contentHash, type Sidecar } from '../../src/locale/index.js';
import { requireStatus } from '../../src/check/index.js';

const FIXTURE = 'tests/fixtures/match/leverage';
const SHARED = ['Archivbild: KEYSTONE', 'Mehr zum Thema lesen Sie in unserem Dossier.'];
const setLeverage = (dir: string, policy: string) => write(dir, 'pipeline/edition.yaml', `${read(dir, 'pipeline/edition.yaml')}match:\n  leverage: ${policy}\n`);
const gipfel = (p: Awaited<ReturnType<typeof runPipeline>>) => p.documents.find((d) => d.source.slug === 'gipfel')!;

describe('buildProjectMemory', () => {
  const sidecar: Sidecar = {
    format: 'diglot-sidecar/1',
    source: 'b.md',
    sourceHash: '',
    entries: { 'Archivbild:\u00a0KEYSTONE': { status: 'reviewed', source: contentHash('Archivbild:\u00a0KEYSTONE'), target: contentHash('Archive image: KEYSTONE'), provenance: { kind: 'curated', file: 'locales/en/b.json', key: 'Archivbild:\u00a0KEYSTONE' }, reviewedBy: 'anna' } },
  };
  const memory = buildProjectMemory([
    { document: 'a', file: 'locales/en/a.json', entries: new Map([['Archivbild: KEYSTONE', 'Archive photo: KEYSTONE'], ['Leer.', '  ']]) },
    { document: 'b', file: 'locales/en/b.json', entries: new Map([['Archivbild:\u00a0KEYSTONE', 'Archive image: KEYSTONE']]), sidecar },
  ]);

  it('finds identical German (after normalisation) in another article, reviewed English first', () => {
    expect(memory.size).toBe(2);
    expect(memory.find('Archivbild: KEYSTONE', 'c')).toMatchObject({ en: 'Archive image: KEYSTONE', reviewed: true, provenance: { kind: 'memory', file: 'locales/en/b.json', document: 'b' } });
  });

  it('never offers an article its own English, nor blank English', () => {
    expect(memory.find('Archivbild: KEYSTONE', 'b')).toMatchObject({ en: 'Archive photo: KEYSTONE', provenance: { document: 'a' } });
    expect(memory.find('Leer.', 'c')).toBeUndefined();
    expect(memory.find('Archivbild: Reuters', 'c')).toBeUndefined();
  });

  it('matchUnits uses it without reading files: suggestion by default, English with fill', () => {
    const doc = segmentDocument({ path: 'c.md', text: '---\ntitle: Titel\n---\n\nArchivbild: KEYSTONE\n' }).document;
    const resource = { file: 'locales/en/c.json', entries: new Map([['Titel', 'Title']]) };
    const offered = matchUnits(doc, resource, { project: { memory, document: 'c', fill: false } });
    expect(offered.units[1]).toMatchObject({ status: 'fuzzy', en: null, suggestion: { score: 100, en: 'Archive image: KEYSTONE', provenance: { kind: 'memory', document: 'b' } } });
    expect(offered.diagnostics.map((d) => d.ruleId)).toEqual(['translation-in-memory']);
    const filled = matchUnits(doc, resource, { project: { memory, document: 'c', fill: true } });
    expect(filled.units[1]).toMatchObject({ status: 'translated', en: 'Archive image: KEYSTONE', provenance: { kind: 'memory', file: 'locales/en/b.json', key: 'Archivbild:\u00a0KEYSTONE', document: 'b' } });
    expect(filled.diagnostics).toMatchObject([{ ruleId: 'translation-from-memory', severity: 'info' }]);
    expect(filled.used.size).toBe(1);
  });
});

describe('leverage in a two-article project', () => {
  it('default (suggest): the caption and the boilerplate are offered as 100 % matches from the other article', async () => {
    const project = await runPipeline({ cwd: copyProject(FIXTURE) });
    const units = gipfel(project).units.filter((u) => SHARED.includes(u.segment.key));
    expect(units).toHaveLength(2);
    for (const u of units) {
      expect(u).toMatchObject({ status: 'fuzzy', en: null, suggestion: { score: 100, provenance: { kind: 'memory', file: 'locales/en/zoll.json', document: 'zoll' } } });
    }
    const found = project.diagnostics.filter((d) => d.ruleId === 'translation-in-memory');
    expect(found.map((d) => `${d.file}:${d.place?.start.line}`)).toEqual(['locales/de/gipfel.md:7', 'locales/de/gipfel.md:12']);
    expect(found[0].message).toMatch(/identical German is translated in article "zoll" \(locales\/en\/zoll\.json\)/);
    // the article that has the English is not touched
    expect(project.documents.find((d) => d.source.slug === 'zoll')!.units.every((u) => u.status === 'translated' && u.provenance?.kind === 'curated')).toBe(true);
  });

  it('match.leverage: fill uses the English (provenance memory and article) and counts it as translated', async () => {
    const dir = copyProject(FIXTURE);
    setLeverage(dir, 'fill');
    const project = await runPipeline({ cwd: dir });
    const units = gipfel(project).units.filter((u) => SHARED.includes(u.segment.key));
    expect(units.map((u) => [u.status, u.en, u.provenance?.kind, u.provenance?.document])).toEqual([
      ['translated', 'Archive photo: KEYSTONE', 'memory', 'zoll'],
      ['translated', 'Read more on the subject in our dossier.', 'memory', 'zoll'],
    ]);
    expect(project.diagnostics.filter((d) => d.ruleId === 'translation-from-memory')).toHaveLength(2);
    expect(requireStatus(gipfel(project).units, 'translated')).toEqual([]);
    expect(requireStatus(gipfel(project).units, 'human').map((d) => d.ruleId)).toEqual(['require-human', 'require-human']);
    const res = await runDiglot(['coverage', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(res.stdout).total).toMatchObject({ segments: 10, translated: 10 });
  });

  it('never fills under --require human; --require translated builds', async () => {
    const dir = copyProject(FIXTURE);
    setLeverage(dir, 'fill');
    const human = await runPipeline({ cwd: dir, require: 'human' });
    expect(gipfel(human).units.filter((u) => SHARED.includes(u.segment.key)).map((u) => u.status)).toEqual(['fuzzy', 'fuzzy']);
    const build = await runDiglot(['build', '--require', 'human'], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.stderr).toMatch(/require-human: the unit is fuzzy: "Archivbild: KEYSTONE"/);
    expect((await runDiglot(['build', '--require', 'translated'], { cwd: dir })).code).toBe(0);
    const edition = JSON.parse(read(dir, 'dist/gipfel.json'));
    expect(edition.units.find((u: { de: { key: string } }) => u.de.key === 'Archivbild: KEYSTONE')).toMatchObject({ en: 'Archive photo: KEYSTONE', status: 'translated', provenance: { kind: 'memory', document: 'zoll' } });
  });

  it('match.leverage: off ignores the other articles; a bad value is a config error', async () => {
    const dir = copyProject(FIXTURE);
    setLeverage(dir, 'off');
    const project = await runPipeline({ cwd: dir });
    expect(gipfel(project).units.filter((u) => SHARED.includes(u.segment.key)).map((u) => u.status)).toEqual(['missing', 'missing']);
    const bad = copyProject(FIXTURE);
    setLeverage(bad, 'always');
    const res = await runDiglot(['check'], { cwd: bad });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/pipeline\/edition\.yaml:\d+:\d+: error config-invalid/);
  });
});

describe('project memory: properties', () => {
  const keys = ['Archivbild: KEYSTONE', 'Mehr zum Thema.', 'Foto: Reuters', 'Das Wichtigste in Kürze', 'Archivbild:\u00a0KEYSTONE'];
  const article = fc.record({ document: fc.constantFrom('a', 'b', 'c', 'd'), entries: fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom('EN 1', 'EN 2', '', '  ')), { maxLength: 5 }) });

  it('never offers an article its own English, only non-blank English of the same (normalised) German', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 5 }), fc.constantFrom(...keys), fc.constantFrom('a', 'b', 'c', 'd'), (arts, query, doc) => {
        const memory = buildProjectMemory(arts.map((a) => ({ document: a.document, file: `locales/en/${a.document}.json`, entries: new Map(a.entries) })));
        const hit = memory.find(query, doc);
        const candidates = arts.filter((a) => a.document !== doc).flatMap((a) => [...new Map(a.entries)].filter(([de, en]) => normalizeKey(de) === normalizeKey(query) && en.trim()));
        expect(hit === undefined).toBe(candidates.length === 0);
        if (hit) {
          expect(hit.provenance.document).not.toBe(doc);
          expect(normalizeKey(hit.de)).toBe(normalizeKey(query));
          expect(hit.en.trim()).not.toBe('');
        }
      }),
      { numRuns: 200 },
    );
  });
});
