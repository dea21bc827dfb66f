// --format json of the reporting commands: build summary, sync plan, import report, export list
// (--report json), glossary validate. Each is {…command fields, diagnostics, summary} on stdout, with
// nothing but fatal errors on stderr.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiglot } from '../helpers/cli.js';
import { copyProject, read, write } from '../helpers/project.js';

const FIXTURE = 'tests/fixtures/build/basic/input';
const INTERCHANGE = 'tests/fixtures/interchange/project';
const json = (s: string) => JSON.parse(s) as Record<string, unknown> & { summary: { errors: number; warnings: number; infos: number }; diagnostics: Array<{ ruleId: string; file?: string }> };

describe('build --format json', () => {
  it('gives documents, totals, the files written and the diagnostics; stderr stays empty', async () => {
    const dir = copyProject(FIXTURE);
    write(dir, 'locales/en/mini.json', read(dir, 'locales/en/mini.json').replace('"Der Gipfel": "The summit",', ''));
    const res = await runDiglot(['build', '--format', 'json'], { cwd: dir });
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    const o = json(res.stdout);
    expect(o.documents).toEqual([{ path: 'locales/de/mini.md', slug: 'mini', coverage: { segments: 11, translated: 10, reviewed: 0, stale: 0, fuzzy: 0, missing: 1, percent: 90.9 } }]);
    expect(o.total).toEqual({ segments: 11, translated: 10, reviewed: 0, stale: 0, fuzzy: 0, missing: 1, percent: 90.9 });
    expect(o.written).toBe(true);
    expect(o.wrote).toEqual(['dist/mini.html', 'dist/mini.review.html', 'dist/mini.md', 'dist/mini.json', 'dist/coverage.json']);
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(['translation-missing']);
    expect(o.summary).toEqual({ errors: 0, warnings: 1, infos: 0 });
  });

  it('under a failed --require: written false, nothing written, the shortfalls as diagnostics, exit 1', async () => {
    const dir = copyProject(FIXTURE);
    const res = await runDiglot(['build', '--format', 'json', '--require', 'reviewed'], { cwd: dir });
    expect(res.code).toBe(1);
    const o = json(res.stdout);
    expect([o.written, o.wrote]).toEqual([false, []]);
    expect(o.diagnostics.filter((d) => d.ruleId === 'require-reviewed')).toHaveLength(11);
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
  });
});

describe('sync --format json', () => {
  it('gives the plan per document; --dry-run includes the diff and writes nothing; --check exits 1', async () => {
    const dir = copyProject(FIXTURE);
    const preview = await runDiglot(['sync', '--dry-run', '--format', 'json'], { cwd: dir });
    expect(preview.code).toBe(0);
    const o = json(preview.stdout) as unknown as { documents: Array<{ source: string; resource: string; changed: string[]; counts: Record<string, number>; diff: string }>; outOfSync: number; written: boolean };
    expect(o.documents).toHaveLength(1);
    expect(o.documents[0]).toMatchObject({ source: 'locales/de/mini.md', resource: 'locales/en/mini.json', changed: ['.diglot/locales/en/mini.diglot.json'], counts: { kept: 10, added: 0 } });
    expect(o.documents[0].diff).toContain('+++ b/.diglot/locales/en/mini.diglot.json');
    expect([o.outOfSync, o.written]).toEqual([1, false]);
    expect(fs.existsSync(path.join(dir, '.diglot/locales/en/mini.diglot.json'))).toBe(false);
    const check = await runDiglot(['sync', '--check', '--format', 'json'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stderr).toBe('');
    expect(json(check.stdout).documents).toHaveLength(1);
    const done = json((await runDiglot(['sync', '--format', 'json'], { cwd: dir })).stdout);
    expect(done.written).toBe(true);
    expect('diff' in (done.documents as object[])[0]).toBe(false);
    expect(json((await runDiglot(['sync', '--format', 'json'], { cwd: dir })).stdout).outOfSync).toBe(0);
  });
});

describe('import --format json', () => {
  it('lists every action with both texts, the counts and the files written', async () => {
    const dir = copyProject(INTERCHANGE);
    const exported = (await runDiglot(['export', '--format', 'xliff'], { cwd: dir })).stdout;
    write(dir, 'back.xlf', exported.replace('<target>Costs are rising.</target>', '<target>Costs are going up.</target>'));
    const dry = await runDiglot(['import', 'back.xlf', '--dry-run', '--format', 'json'], { cwd: dir });
    expect(dry.code).toBe(0);
    const o = json(dry.stdout) as unknown as { file: string; format: string; actions: Array<{ kind: string; before?: string; after?: string; document: string }>; counts: Record<string, number>; dryRun: boolean; wrote: string[]; unresolved: number };
    expect([o.file, o.format, o.dryRun, o.unresolved]).toEqual(['back.xlf', 'xliff21', true, 0]);
    expect(o.actions.filter((a) => a.kind === 'update')).toEqual([expect.objectContaining({ before: 'Costs are rising.', after: 'Costs are going up.', document: 'locales/de/mini.md' })]);
    expect(o.counts.update).toBe(1);
    expect(o.wrote).toEqual([]);
    const real = json((await runDiglot(['import', 'back.xlf', '--format', 'json'], { cwd: dir })).stdout);
    expect(real.wrote).toEqual(['locales/en/mini.json', '.diglot/locales/en/mini.orphans.json', '.diglot/locales/en/mini.diglot.json']);
  });
});

describe('export --report json', () => {
  it('lists the written files with their document and unit count; needs --out', async () => {
    const dir = copyProject(FIXTURE);
    const res = await runDiglot(['export', '--format', 'xliff', '--out', 'handoff', '--report', 'json'], { cwd: dir });
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    const o = json(res.stdout);
    expect(o.format).toBe('xliff');
    expect(o.files).toEqual([{ path: 'handoff/mini.xlf', document: 'locales/de/mini.md', units: 11 }]);
    expect(fs.existsSync(path.join(dir, 'handoff/mini.xlf'))).toBe(true);
    // from a subdirectory (not the locales folder: an --out there would overlap the inputs)
    const tbx = json((await runDiglot(['export', '--format', 'tbx', '--out', '../handoff', '--report', 'json'], { cwd: path.join(dir, 'pipeline') })).stdout);
    expect(tbx.files).toEqual([{ path: '../handoff/glossary.tbx', document: null, units: expect.any(Number) }]);
    const usage = await runDiglot(['export', '--format', 'tmx', '--report', 'json'], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--report describes the files written with --out DIR');
  });
});

describe('glossary validate --format json', () => {
  it('says valid or not, with counts and positioned diagnostics; exit 2 when invalid', async () => {
    const dir = copyProject(FIXTURE);
    const ok = await runDiglot(['glossary', 'validate', '--format', 'json'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(json(ok.stdout)).toMatchObject({ valid: true, files: ['glossary/mini.yaml'], waivers: 0, diagnostics: [], summary: { errors: 0 } });
    write(dir, 'glossary/mini.yaml', `${read(dir, 'glossary/mini.yaml')}  - de: Gipfel\n    en: [peak]\n    colour: blue\n`);
    const bad = await runDiglot(['glossary', 'validate', '--format', 'json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('');
    const o = json(bad.stdout);
    expect(o.valid).toBe(false);
    expect(o.diagnostics.map((d) => d.ruleId)).toContain('glossary-unknown-key');
    expect(o.diagnostics.every((d) => d.file === 'glossary/mini.yaml')).toBe(true);
    const wrong = await runDiglot(['glossary', 'validate', '--format', 'tbx'], { cwd: dir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('glossary validate --format takes text, json, got "tbx"');
  });
});
