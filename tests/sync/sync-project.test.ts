// diglot sync on a copy of the fixture project: the editing scenarios of the issue, end to end.
import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { copyProject, listFiles, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { runPipeline } from '../../src/project/index.js';

const FIXTURE = 'tests/fixtures/sync/basic';
const SRC = 'locales/de/gipfel.md';
const RES = 'locales/en/gipfel.json';
const ORPHANS = '.diglot/locales/en/gipfel.orphans.json';
const SIDECAR = '.diglot/locales/en/gipfel.diglot.json';

const edit = (dir: string, from: string, to: string) => {
  const text = read(dir, SRC);
  expect(text).toContain(from);
  write(dir, SRC, text.replace(from, to));
};
const json = (dir: string, f: string) => JSON.parse(read(dir, f)) as Record<string, unknown>;
const orphans = (dir: string) => (json(dir, ORPHANS).orphans as Array<{ de: string; en: string; reason: string }>);
const units = async (dir: string) => (await runPipeline({ cwd: dir })).documents[0].units;
const sync = async (dir: string, ...args: string[]) => {
  const res = await runDiglot(['sync', ...args], { cwd: dir });
  expect(res.code, res.stderr).toBe(0);
  return res;
};

describe('diglot sync', () => {
  it('edit a German sentence → stale with the diff, before and after sync', async () => {
    const dir = copyProject(FIXTURE);
    edit(dir, 'Die Presse ist zufrieden.', 'Die Presse ist sehr zufrieden.');
    const before = (await units(dir)).find((u) => u.segment.key === 'Die Presse ist sehr zufrieden.');
    expect(before).toMatchObject({ status: 'stale', en: null, suggestion: { de: 'Die Presse ist zufrieden.', en: 'The press is satisfied.', score: 83 } });
    expect(before?.suggestion?.diff).toEqual([{ op: 'equal', text: 'Die Presse ist ' }, { op: 'insert', text: 'sehr ' }, { op: 'equal', text: 'zufrieden.' }]);
    await sync(dir);
    expect(json(dir, RES)['Die Presse ist sehr zufrieden.']).toBeNull();
    expect(json(dir, RES)['Die Presse ist zufrieden.']).toBeUndefined();
    expect(orphans(dir)).toMatchObject([{ de: 'Die Presse ist zufrieden.', en: 'The press is satisfied.', reason: 'source-edited' }]);
    const after = (await units(dir)).find((u) => u.segment.key === 'Die Presse ist sehr zufrieden.');
    expect(after?.status).toBe('stale');
    expect(after?.suggestion?.diff).toEqual(before?.suggestion?.diff);
    const cov = JSON.parse((await runDiglot(['coverage', '--format', 'json'], { cwd: dir })).stdout);
    expect(cov.total).toMatchObject({ segments: 16, translated: 15, stale: 1, missing: 0 });
  });

  it('delete a paragraph → its translations are archived; re-add it → they come back', async () => {
    const dir = copyProject(FIXTURE);
    const original = read(dir, RES);
    const paragraph = 'Der Präsident sagte: «Wir sind bereit.» Das glaubt ihm niemand.\n\n';
    edit(dir, paragraph, '');
    await sync(dir);
    expect(Object.keys(json(dir, RES))).not.toContain('Das glaubt ihm niemand.');
    expect(orphans(dir).map((o) => o.en)).toEqual(['The president said: “We are ready.”', 'Nobody believes him.']);
    edit(dir, '## Der zweite Tag', `${paragraph}## Der zweite Tag`);
    const res = await sync(dir);
    expect(res.stdout).toMatch(/2 restored from the archive/);
    expect(orphans(dir)).toEqual([]);
    expect(read(dir, RES)).toBe(original); // byte for byte: same keys, same order, same English
  });

  it('reorder paragraphs → keys follow the document order, nothing archived', async () => {
    const dir = copyProject(FIXTURE);
    const a = 'Am ersten Tag reden alle über das Wetter in den Bergen. Dann reden sie lange über Politik.';
    const b = 'Der Präsident sagte: «Wir sind bereit.» Das glaubt ihm niemand.';
    edit(dir, `${a}\n\n${b}`, `${b}\n\n${a}`);
    await sync(dir);
    const keys = Object.keys(json(dir, RES));
    expect(keys.indexOf('Das glaubt ihm niemand.')).toBeLessThan(keys.indexOf('Dann reden sie lange über Politik.'));
    expect(fs.existsSync(path.join(dir, ORPHANS))).toBe(false);
    expect((await units(dir)).every((u) => u.status === 'translated')).toBe(true);
  });

  it('split and merge sentences → the old translations stay available as stale suggestions', async () => {
    const dir = copyProject(FIXTURE);
    edit(dir, 'Am zweiten Tag unterschreiben die Minister den Vertrag.', 'Am zweiten Tag unterschreiben die Minister. Sie unterschreiben den Vertrag.');
    edit(dir, 'Am ersten Tag reden alle über das Wetter in den Bergen. Dann reden sie lange über Politik.', 'Am ersten Tag reden alle über das Wetter in den Bergen, dann reden sie lange über Politik.');
    await sync(dir);
    expect(orphans(dir).map((o) => o.de)).toEqual([
      'Am ersten Tag reden alle über das Wetter in den Bergen.',
      'Dann reden sie lange über Politik.',
      'Am zweiten Tag unterschreiben die Minister den Vertrag.',
    ]);
    const all = await units(dir);
    const split = all.filter((u) => u.segment.key.startsWith('Am zweiten Tag') || u.segment.key.startsWith('Sie unterschreiben'));
    expect(split.map((u) => [u.status, u.suggestion?.en])).toEqual([
      ['stale', 'On the second day the ministers sign the treaty.'],
      ['stale', 'On the second day the ministers sign the treaty.'],
    ]);
    const merged = all.find((u) => u.segment.key.startsWith('Am ersten Tag'));
    expect(merged).toMatchObject({ status: 'stale', suggestion: { en: 'On the first day everyone talks about the weather in the mountains. Then they talk about politics for a long time.' } });
  });

  it('is idempotent: a second run writes nothing and says so', async () => {
    const dir = copyProject(FIXTURE);
    edit(dir, 'Die Presse ist zufrieden.', 'Die Presse jubelt.');
    await sync(dir);
    const snapshot = Object.fromEntries(listFiles(path.join(dir, 'locales/en')).map((f) => [f, read(dir, `locales/en/${f}`)]));
    const again = await sync(dir);
    expect(again.stdout).toMatch(/up to date/);
    expect(Object.fromEntries(listFiles(path.join(dir, 'locales/en')).map((f) => [f, read(dir, `locales/en/${f}`)]))).toEqual(snapshot);
  });

  it('--dry-run prints the diff and writes nothing; --check exits 1 until synced', async () => {
    const dir = copyProject(FIXTURE);
    edit(dir, 'Die Presse ist zufrieden.', 'Die Presse jubelt.');
    const before = read(dir, RES);
    const dry = await sync(dir, '--dry-run');
    expect(dry.stdout).toMatch(/^--- a\/locales\/en\/gipfel\.json\n\+\+\+ b\/locales\/en\/gipfel\.json\n@@/m);
    expect(dry.stdout).toMatch(/^\+ {2}"Die Presse jubelt\.": null,?$/m);
    expect(dry.stdout).toMatch(/^--- \/dev\/null\n\+\+\+ b\/\.diglot\/locales\/en\/gipfel\.orphans\.json/m);
    expect(read(dir, RES)).toBe(before);
    expect(fs.existsSync(path.join(dir, ORPHANS))).toBe(false);
    const check = await runDiglot(['sync', '--check'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/1 resource is out of sync/);
    await sync(dir);
    expect((await runDiglot(['sync', '--check'], { cwd: dir })).code).toBe(0);
    expect((await runDiglot(['sync', '--check', '--dry-run'], { cwd: dir })).code).toBe(2);
  });

  it('the synced resource is plain i18next: null keys are missing, the rest is the English verbatim', async () => {
    const dir = copyProject(FIXTURE);
    edit(dir, 'Die Presse ist zufrieden.', 'Die Presse jubelt.');
    await sync(dir);
    const missing: string[] = [];
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'en', fallbackLng: false, resources: { en: { translation: json(dir, RES) } }, keySeparator: false, nsSeparator: false, saveMissing: true, missingKeyHandler: (_l, _n, key) => missing.push(key), interpolation: { escapeValue: false } });
    expect(i18n.t('Die Presse jubelt.', { defaultValue: 'DE-FALLBACK' })).toBe('DE-FALLBACK');
    expect(i18n.t('Der Präsident sagte: «Wir sind bereit.»')).toBe('The president said: “We are ready.”');
    expect(missing).toEqual(['Die Presse jubelt.']);
  });

  it('a concurrent edit of the sidecar stops the write with a clear error, and nothing is lost', async () => {
    const dir = copyProject(FIXTURE);
    await sync(dir);
    edit(dir, 'Die Presse ist zufrieden.', 'Die Presse jubelt.');
    const project = await runPipeline({ cwd: dir });
    const { planSync, applySyncPlan } = await import('../../src/sync/index.js');
    const plan = planSync({ source: project.documents[0].source, state: project.documents[0].locale, location: project.config });
    // someone marks a unit reviewed while the plan is pending
    const theirs = read(dir, SIDECAR).replace('"Das glaubt ihm niemand.": {"status":"translated"', '"Das glaubt ihm niemand.": {"status":"reviewed","reviewedBy":"anna"');
    expect(theirs).not.toBe(read(dir, SIDECAR));
    write(dir, SIDECAR, theirs);
    const resBefore = read(dir, RES);
    let error: unknown;
    try {
      applySyncPlan(plan);
    } catch (e) {
      error = e;
    }
    expect((error as { diagnostics: Array<{ ruleId: string; file: string }> }).diagnostics).toMatchObject([{ ruleId: 'sync-concurrent-edit', file: SIDECAR }]);
    expect(read(dir, SIDECAR)).toBe(theirs);
    expect(read(dir, RES)).toBe(resBefore);
    expect(listFiles(path.join(dir, 'locales/en')).filter((f) => f.startsWith('.'))).toEqual([]);
    await sync(dir); // a fresh run re-reads the sidecar: the review survives
    expect(read(dir, SIDECAR)).toMatch(/"Das glaubt ihm niemand\.": \{"status":"reviewed"[^\n]*"reviewedBy":"anna"/);
    expect((await units(dir)).find((u) => u.segment.key === 'Das glaubt ihm niemand.')?.status).toBe('reviewed');
  });

  it('refuses to run while another diglot holds the lock, or over a broken sidecar', async () => {
    const dir = copyProject(FIXTURE);
    edit(dir, 'Die Presse ist zufrieden.', 'Die Presse jubelt.');
    // a live process holds it (this one): a dead one's lock is broken instead (tests/sync/lock.test.ts)
    write(dir, 'locales/en/.gipfel.diglot-lock', `${process.pid}\n`);
    const locked = await runDiglot(['sync'], { cwd: dir });
    expect(locked.code).toBe(2);
    expect(locked.stderr).toMatch(new RegExp(`error sync-locked: another diglot is writing the locale files of "gipfel" \\(lock .* held by process ${process.pid}\\)`));
    fs.rmSync(path.join(dir, 'locales/en/.gipfel.diglot-lock'));
    write(dir, SIDECAR, '{\n  "format": "diglot-sidecar/1",\n  "entries": {\n    "x": {"status": "reviewed",}\n  }\n}\n');
    const broken = await runDiglot(['sync'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^\.diglot\/locales\/en\/gipfel\.diglot\.json:4:\d+: error sidecar-invalid-json: /m);
    expect(read(dir, SIDECAR)).toMatch(/"status": "reviewed",\}/);
  });
});
