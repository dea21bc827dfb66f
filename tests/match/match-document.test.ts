// The match stage on a project: null and "" values, duplicate keys, broken archive files, memory.
import { describe, expect, it } from 'vitest';
import { copyProject, read, write } from '../helpers/project.js';
import { runPipeline } from '../../src/project/index.js';

const FIXTURE = 'tests/fixtures/sync/basic';
const RES = 'locales/en/gipfel.json';

const setEn = (dir: string, patch: Record<string, string | null | undefined>) => {
  const en = JSON.parse(read(dir, RES)) as Record<string, string | null>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete en[k];
    else en[k] = v;
  }
  write(dir, RES, JSON.stringify(en, null, 2));
};

describe('matchDocument', () => {
  it('null is untranslated (missing, no error); "" is missing plus an empty-target error at the key', async () => {
    const dir = copyProject(FIXTURE);
    setEn(dir, { 'Das Wichtigste': null, 'Der erste Tag': '' });
    const project = await runPipeline({ cwd: dir });
    const byKey = Object.fromEntries(project.documents[0].units.map((u) => [u.segment.key, u.status]));
    expect([byKey['Das Wichtigste'], byKey['Der erste Tag']]).toEqual(['missing', 'missing']);
    const empty = project.diagnostics.filter((d) => d.ruleId === 'empty-target');
    expect(empty).toMatchObject([{ severity: 'error', file: RES, place: { start: { line: 10, column: 3 } } }]);
  });

  it('warns about a duplicate key and keeps reading the last value, as i18next does', async () => {
    const dir = copyProject(FIXTURE);
    write(dir, RES, read(dir, RES).replace('"Das Wichtigste": "Key points",', '"Das Wichtigste": "Main points",\n  "Das Wichtigste": "Key points",'));
    const project = await runPipeline({ cwd: dir });
    expect(project.diagnostics.find((d) => d.ruleId === 'resource-duplicate-key')).toMatchObject({ severity: 'warning', place: { start: { line: 8 } } });
    expect(project.documents[0].units.find((u) => u.segment.key === 'Das Wichtigste')?.en).toBe('Key points');
  });

  it('a broken sidecar or archive is reported but does not stop the build', async () => {
    const dir = copyProject(FIXTURE);
    write(dir, 'locales/en/gipfel.diglot.json', '{ "format": "diglot-sidecar/1", ');
    write(dir, 'locales/en/gipfel.orphans.json', '{ "format": "something-else", "orphans": [] }');
    const project = await runPipeline({ cwd: dir });
    expect(project.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['sidecar-invalid-json', 'orphans-invalid']));
    expect(project.documents[0].units.every((u) => u.status === 'translated')).toBe(true);
  });

  it('an edited sentence is stale (not also "unused"); a removed one is unused', async () => {
    const dir = copyProject(FIXTURE);
    write(dir, 'locales/de/gipfel.md', read(dir, 'locales/de/gipfel.md').replace('Die Presse ist zufrieden.', 'Die Presse ist sehr zufrieden.').replace('Das glaubt ihm niemand.', ''));
    const ids = (await runPipeline({ cwd: dir })).diagnostics.filter((d) => d.source === 'match').map((d) => `${d.ruleId} ${d.message.slice(0, 40)}`);
    expect(ids).toEqual([expect.stringMatching(/^translation-stale/), expect.stringMatching(/^translation-unused entry "Das glaubt ihm niemand\./)]);
  });

  it('match.memory makes other documents a translation memory: fuzzy with the source file', async () => {
    const dir = copyProject(FIXTURE);
    write(dir, 'locales/de/kurz.md', '---\ntitle: Kurz\nslug: kurz\n---\n\nAm zweiten Tag unterschreiben alle Minister den Vertrag.\n');
    write(dir, 'locales/en/kurz.json', '{\n  "Kurz": "Short"\n}\n');
    expect((await runPipeline({ cwd: dir })).documents[1].units[1].status).toBe('missing');
    write(dir, 'pipeline/edition.yaml', `${read(dir, 'pipeline/edition.yaml').replace('  threshold: 75\n', '  threshold: 75\n  memory: [locales/en/]\n')}`);
    const unit = (await runPipeline({ cwd: dir })).documents[1].units[1];
    expect(unit).toMatchObject({ status: 'fuzzy', en: null, suggestion: { en: 'On the second day the ministers sign the treaty.', score: 89, provenance: { kind: 'memory', file: 'locales/en/gipfel.json' } } });
  });
});
