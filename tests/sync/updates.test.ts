// The write path import and align use: planSync with updates, conflicts, and stale archiving.
import { describe, expect, it } from 'vitest';
import { copyProject, read } from '../helpers/project.js';
import { runPipeline } from '../../src/project/index.js';
import { applySyncPlan, planSync, type LocaleUpdate } from '../../src/sync/index.js';
import { DiglotError } from '../../src/model/diagnostic.js';

const FIXTURE = 'tests/fixtures/sync/basic';
const RES = 'locales/en/gipfel.json';
const imp = (key: string, en: string, more: Partial<LocaleUpdate> = {}): LocaleUpdate => ({ key, en, provenance: { kind: 'import', file: 'translated.xlf', key }, ...more });

async function plan(dir: string, updates: LocaleUpdate[], prefer?: 'file' | 'local') {
  const project = await runPipeline({ cwd: dir });
  return planSync({ source: project.documents[0].source, state: project.documents[0].locale, location: project.config, updates, ...(prefer ? { prefer } : {}) });
}

describe('planSync + applySyncPlan with updates', () => {
  it('writes a new translation with import provenance; the unit reads as translated from the import', async () => {
    const dir = copyProject(FIXTURE);
    applySyncPlan(await plan(dir, [imp('Die Presse ist zufrieden.', 'The press is pleased.', { baseEn: 'The press is satisfied.' })]));
    expect(JSON.parse(read(dir, RES))['Die Presse ist zufrieden.']).toBe('The press is pleased.');
    const unit = (await runPipeline({ cwd: dir })).documents[0].units.find((u) => u.segment.key === 'Die Presse ist zufrieden.');
    expect(unit).toMatchObject({ status: 'translated', provenance: { kind: 'import', file: 'translated.xlf' } });
    expect(read(dir, '.diglot/locales/en/gipfel.orphans.json')).toMatch(/"de":"Die Presse ist zufrieden\.","en":"The press is satisfied\.","reason":"superseded"/);
  });

  it('an update for German that no longer occurs is archived and found by stale detection', async () => {
    const dir = copyProject(FIXTURE);
    applySyncPlan(await plan(dir, [imp('Die Presse ist nicht zufrieden.', 'The press is not satisfied.', { provenance: { kind: 'align', file: 'old-en.txt', key: 'Die Presse ist nicht zufrieden.' } })]));
    expect(JSON.parse(read(dir, RES))['Die Presse ist nicht zufrieden.']).toBeUndefined();
    const src = read(dir, 'locales/de/gipfel.md').replace('Die Presse ist zufrieden.', 'Die Presse ist gar nicht zufrieden.');
    const fs = await import('node:fs');
    fs.writeFileSync(`${dir}/locales/de/gipfel.md`, src);
    const unit = (await runPipeline({ cwd: dir })).documents[0].units.find((u) => u.segment.key === 'Die Presse ist gar nicht zufrieden.');
    expect(unit).toMatchObject({ status: 'stale', suggestion: { en: 'The press is not satisfied.', provenance: { kind: 'align', file: 'old-en.txt' } } });
  });

  it('a conflict blocks the write with both texts, until --prefer decides; nothing is lost either way', async () => {
    const dir = copyProject(FIXTURE);
    const before = read(dir, RES);
    const u = [imp('Die Presse ist zufrieden.', 'The press is content.', { baseEn: 'The press was satisfied.' })];
    const open = await plan(dir, u);
    expect(open.conflicts).toHaveLength(1);
    expect(applySyncPlan(open, { dryRun: true }).conflicts).toHaveLength(1);
    let error: unknown;
    try {
      applySyncPlan(open);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DiglotError);
    expect((error as DiglotError).diagnostics[0]).toMatchObject({ ruleId: 'sync-conflict', file: RES, place: { start: { line: 17 } } });
    expect((error as DiglotError).diagnostics[0].message).toMatch(/local "The press is satisfied\." ≠ incoming "The press is content\." \(exported: "The press was satisfied\."\)/);
    expect(read(dir, RES)).toBe(before);
    applySyncPlan(await plan(dir, u, 'local'));
    expect(JSON.parse(read(dir, RES))['Die Presse ist zufrieden.']).toBe('The press is satisfied.');
    expect(read(dir, '.diglot/locales/en/gipfel.orphans.json')).toMatch(/"en":"The press is content\.","reason":"rejected"/);
    applySyncPlan(await plan(dir, u, 'file'));
    expect(JSON.parse(read(dir, RES))['Die Presse ist zufrieden.']).toBe('The press is content.');
    expect(read(dir, '.diglot/locales/en/gipfel.orphans.json')).toMatch(/"en":"The press is satisfied\.","reason":"superseded"/);
  });
});
