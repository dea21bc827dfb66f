// A project in the old layout (sidecar and orphans archive beside the resource, in the i18next
// namespace folder): read-only commands read it as it is, write nothing and say the next write moves
// it; the first writing command moves it to .diglot/locales/ in its one atomic file set (a crash at
// any step leaves the old or the new layout, both read the same); a second run does nothing; both
// layouts at once are merged, or refused with locale-layout-conflict when two reviews contradict.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, listFiles, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { crashStates, treeOf } from '../helpers/crash.js';
import { loadConfig } from '../../src/config/index.js';
import { recoverProjectWrites } from '../../src/project/recover-writes.js';
import { runPipeline } from '../../src/project/index.js';
import { readLocaleState } from '../../src/locale/index.js';

const FIXTURE = 'tests/fixtures/locale/old-layout';
const OLD = ['locales/en/bericht.diglot.json', 'locales/en/gipfel.diglot.json', 'locales/en/gipfel.orphans.json'];
const NEW = OLD.map((f) => `.diglot/${f}`);
const fixtureText = (file: string) => read(path.resolve(FIXTURE), file);

/** What a reader of the locale store sees for one document: archive records and sidecar entries. */
function storeView(dir: string, slug: string) {
  const state = readLocaleState({ root: dir, localesDir: 'locales', targetLanguage: 'en-GB' }, slug);
  return { resource: state.resource.text, orphans: state.orphans.records, entries: state.sidecar.sidecar?.entries };
}

/** The locale files of both documents, wherever they are (diglot's temporary files left out). */
function localeFiles(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(treeOf(dir)).filter(([f]) => /^(\.diglot\/)?locales\/en\/[^.][^/]*$/.test(f)).sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('the old layout, read where it is', () => {
  it('coverage, check, review --list and sync --dry-run/--check write nothing and say the next write moves the files', async () => {
    const dir = copyProject(FIXTURE);
    const before = treeOf(dir);
    const coverage = await runDiglot(['coverage', '--format', 'json'], { cwd: dir });
    expect(coverage.code, coverage.stderr).toBe(0);
    expect(JSON.parse(coverage.stdout)).toMatchObject({ total: { segments: 19, translated: 18, reviewed: 2 } });
    const json = await runDiglot(['check', '--format', 'json'], { cwd: dir });
    const notices = (JSON.parse(json.stdout) as { diagnostics: Array<{ ruleId: string; file: string; severity: string }> }).diagnostics.filter((d) => d.ruleId === 'locale-layout-migrate');
    expect(notices.map((d) => d.file).sort()).toEqual(OLD);
    expect(notices.every((d) => d.severity === 'info')).toBe(true);
    const check = await runDiglot(['check'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('locales/en/gipfel.diglot.json: info locale-layout-migrate: locales/en/gipfel.diglot.json is in the old layout');
    expect(check.stdout).toContain('moves it to .diglot/locales/en/gipfel.diglot.json');
    expect((await runDiglot(['review', '--list'], { cwd: dir })).code).toBe(0);
    const dry = await runDiglot(['sync', '--dry-run'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('--- a/locales/en/gipfel.diglot.json\n+++ /dev/null\n');
    expect(dry.stdout).toContain('--- /dev/null\n+++ b/.diglot/locales/en/gipfel.diglot.json\n');
    expect(dry.stderr).toContain('info locale-layout-migrated: would move locales/en/gipfel.orphans.json out of the i18next namespace folder to .diglot/locales/en/gipfel.orphans.json');
    const plan = JSON.parse((await runDiglot(['sync', '--dry-run', '--format', 'json'], { cwd: dir })).stdout) as { documents: Array<{ resource: string; changed: string[]; removed?: string[] }>; written: boolean };
    expect(plan.written).toBe(false);
    expect(plan.documents.find((d) => d.resource === 'locales/en/gipfel.json')).toMatchObject({
      changed: ['.diglot/locales/en/gipfel.orphans.json', '.diglot/locales/en/gipfel.diglot.json', 'locales/en/gipfel.orphans.json', 'locales/en/gipfel.diglot.json'],
      removed: ['locales/en/gipfel.orphans.json', 'locales/en/gipfel.diglot.json'],
    });
    // CI's gate: the old layout is out of sync until a writing command moves it
    expect((await runDiglot(['sync', '--check'], { cwd: dir })).code).toBe(1);
    expect(treeOf(dir)).toEqual(before);
  });

  it('reads reviews and archived translations from the old files', async () => {
    const dir = copyProject(FIXTURE);
    // the German goes back to the sentence whose English is in the archive
    write(dir, 'locales/de/gipfel.md', read(dir, 'locales/de/gipfel.md').replace('Die Presse jubelt.', 'Die Presse ist zufrieden.'));
    const project = await runPipeline({ cwd: dir });
    const units = project.documents.find((d) => d.source.slug === 'gipfel')!.units;
    expect(units.find((u) => u.segment.key === 'Gipfel in Genf')).toMatchObject({ status: 'reviewed', reviewedBy: 'Anna Muster', reviewedAt: '2026-03-02' });
    expect(units.find((u) => u.segment.key === 'Die Presse ist zufrieden.')).toMatchObject({ status: 'stale', suggestion: { en: 'The press is satisfied.' } });
  });
});

describe('the move', () => {
  it('sync moves every companion byte for byte (CRLF kept), leaves the resources alone, and a second run does nothing', async () => {
    const dir = copyProject(FIXTURE);
    const res = await runDiglot(['sync'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain('info locale-layout-migrated: moved locales/en/gipfel.diglot.json out of the i18next namespace folder to .diglot/locales/en/gipfel.diglot.json');
    expect(res.stderr).not.toContain('locale-layout-migrate:');
    expect(res.stdout).toContain('removed locales/en/gipfel.orphans.json, locales/en/gipfel.diglot.json (moved to .diglot/locales/)');
    expect(listFiles(path.join(dir, 'locales/en'))).toEqual(['bericht.json', 'gipfel.json']);
    expect(listFiles(path.join(dir, '.diglot'))).toEqual(NEW.map((f) => f.slice('.diglot/'.length)).sort());
    OLD.forEach((old, i) => expect(read(dir, NEW[i]), old).toBe(fixtureText(old)));
    expect(read(dir, NEW[0])).toMatch(/\r\n/);
    for (const r of ['locales/en/bericht.json', 'locales/en/gipfel.json']) expect(read(dir, r)).toBe(fixtureText(r));

    const moved = treeOf(dir);
    const again = await runDiglot(['sync'], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/gipfel\.json: up to date/);
    expect(again.stderr).not.toContain('locale-layout');
    expect(treeOf(dir)).toEqual(moved);
    const check = JSON.parse((await runDiglot(['check', '--format', 'json'], { cwd: dir })).stdout) as { diagnostics: Array<{ ruleId: string }> };
    expect(check.diagnostics.length).toBeGreaterThan(0);
    expect(check.diagnostics.filter((d) => d.ruleId.startsWith('locale-layout'))).toEqual([]);
  });

  it('review --accept moves the files of the document it writes, with the decision, in one write', async () => {
    const dir = copyProject(FIXTURE);
    const list = JSON.parse((await runDiglot(['review', '--list', '--all', '--format', 'json'], { cwd: dir })).stdout) as { items: Array<{ id: string; slug: string; de: string }> };
    const item = list.items.find((i) => i.slug === 'gipfel' && i.de === 'Die Minister in Genf.')!;
    const res = await runDiglot(['review', '--accept', item.id, '--by', 'Bea Beispiel', '--date', '2026-04-01'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, 'locales/en/gipfel.diglot.json'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'locales/en/gipfel.orphans.json'))).toBe(false);
    const sidecar = JSON.parse(read(dir, '.diglot/locales/en/gipfel.diglot.json')) as { entries: Record<string, { reviewedBy?: string }> };
    expect(sidecar.entries['Die Minister in Genf.'].reviewedBy).toBe('Bea Beispiel');
    expect(sidecar.entries['Gipfel in Genf'].reviewedBy).toBe('Anna Muster');
    expect(read(dir, '.diglot/locales/en/gipfel.orphans.json')).toBe(fixtureText('locales/en/gipfel.orphans.json'));
    // a document nobody wrote keeps its old layout (and is still read from there)
    expect(read(dir, 'locales/en/bericht.diglot.json')).toBe(fixtureText('locales/en/bericht.diglot.json'));
  });

  it('a crash at any step leaves the old or the new layout, read the same either way; the next run finishes', async () => {
    const dir = copyProject(FIXTURE);
    const before = localeFiles(dir);
    const views = { gipfel: storeView(dir, 'gipfel'), bericht: storeView(dir, 'bericht') };
    const done = copyProject(dir);
    expect((await runDiglot(['sync'], { cwd: done })).code).toBe(0);
    const after = localeFiles(done);
    expect(Object.keys(after)).toEqual(['.diglot/locales/en/bericht.diglot.json', '.diglot/locales/en/gipfel.diglot.json', '.diglot/locales/en/gipfel.orphans.json', 'locales/en/bericht.json', 'locales/en/gipfel.json']);
    const states = await crashStates(dir, () => runDiglot(['sync'], { cwd: dir }));
    expect(states.length).toBeGreaterThan(8);
    const seen = { old: 0, new: 0, between: 0 };
    for (const state of states) {
      // before any recovery, a half-moved store reads exactly like the old one: nothing lost
      expect(storeView(state, 'gipfel')).toEqual(views.gipfel);
      expect(storeView(state, 'bericht')).toEqual(views.bericht);
      const raw = JSON.stringify(localeFiles(state));
      if (raw !== JSON.stringify(before) && raw !== JSON.stringify(after)) seen.between++;
      recoverProjectWrites(loadConfig(state));
      const got = localeFiles(state);
      expect([before, after]).toContainEqual(got);
      seen[JSON.stringify(got) === JSON.stringify(after) ? 'new' : 'old']++;
      const next = await runDiglot(['sync'], { cwd: state });
      expect(next.code, next.stderr).toBe(0);
      expect(localeFiles(state)).toEqual(after);
      expect(Object.keys(treeOf(state)).filter((f) => /\.diglot-(tmp|journal)-/.test(f))).toEqual([]);
    }
    expect(seen.old).toBeGreaterThan(2);
    expect(seen.new).toBeGreaterThan(0);
    // states in the middle of the renames were met (and recovered) too
    expect(seen.between).toBeGreaterThan(0);
  }, 120_000);

  it('a symlinked companion that leads out of the project is refused by the path guard; nothing is written', async () => {
    const dir = copyProject(FIXTURE);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-outside-'));
    fs.copyFileSync(path.join(dir, 'locales/en/gipfel.diglot.json'), path.join(outside, 'stolen.json'));
    fs.mkdirSync(path.join(dir, '.diglot/locales/en'), { recursive: true });
    fs.symlinkSync(path.join(outside, 'stolen.json'), path.join(dir, '.diglot/locales/en/gipfel.diglot.json'));
    // a German edit, so that the sidecar changes (an unchanged file is not written at all)
    write(dir, 'locales/de/gipfel.md', read(dir, 'locales/de/gipfel.md').replace('Die Presse jubelt.', 'Die Presse staunt.'));
    const before = treeOf(dir);
    const res = await runDiglot(['sync'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('error output-path-unsafe');
    expect(treeOf(dir)).toEqual(before);
    expect(read(outside, 'stolen.json')).toBe(fixtureText('locales/en/gipfel.diglot.json'));
  });
});

describe('both layouts at once (a branch from before the move merged after it)', () => {
  /** The fixture moved by sync, then the old files put back beside the resources. */
  async function bothLayouts(): Promise<string> {
    const dir = copyProject(FIXTURE);
    expect((await runDiglot(['sync'], { cwd: dir })).code).toBe(0);
    for (const f of OLD) write(dir, f, fixtureText(f));
    return dir;
  }

  it('identical copies: the old ones are removed, the new ones stay as they are', async () => {
    const dir = await bothLayouts();
    const store = NEW.map((f) => read(dir, f));
    const res = await runDiglot(['sync'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(listFiles(path.join(dir, 'locales/en'))).toEqual(['bericht.json', 'gipfel.json']);
    expect(NEW.map((f) => read(dir, f))).toEqual(store);
  });

  it('different archives are merged: every record of both is kept', async () => {
    const dir = await bothLayouts();
    const record = (de: string, en: string) => `    {"de":"${de}","en":"${en}","reason":"source-edited"}`;
    write(dir, 'locales/en/gipfel.orphans.json', `{\n  "format": "diglot-orphans/1",\n  "orphans": [\n${record('Ein alter Satz.', 'An old sentence.')}\n  ]\n}\n`);
    write(dir, NEW[2], read(dir, NEW[2]).replace(/\n  \]/, `,\n${record('Ein neuer Satz.', 'A new sentence.')}\n  ]`));
    const res = await runDiglot(['sync'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, 'locales/en/gipfel.orphans.json'))).toBe(false);
    const orphans = (JSON.parse(read(dir, NEW[2])) as { orphans: Array<{ en: string }> }).orphans.map((o) => o.en);
    expect(orphans).toEqual(['The press is satisfied.', 'A new sentence.', 'An old sentence.']);
  });

  it('two reviews of the same English that differ: locale-layout-conflict at the entry, nothing written; deleting one lets the move finish', async () => {
    const dir = await bothLayouts();
    const key = '"Gipfel in Genf": ';
    write(dir, NEW[1], read(dir, NEW[1]).replace('"reviewedBy":"Anna Muster"', '"reviewedBy":"Carla Chef"'));
    const before = treeOf(dir);
    const res = await runDiglot(['sync'], { cwd: dir });
    expect(res.code).toBe(2);
    const line = read(dir, OLD[1]).split('\n').findIndex((l) => l.includes(key)) + 1;
    expect(res.stderr).toMatch(new RegExp(`^locales/en/gipfel\\.diglot\\.json:${line}:5: error locale-layout-conflict: "Gipfel in Genf" has different entries in locales/en/gipfel\\.diglot\\.json and \\.diglot/locales/en/gipfel\\.diglot\\.json`, 'm'));
    expect(res.stderr).toContain('hint: delete the entry you do not want from one of the two files');
    expect(treeOf(dir)).toEqual(before);
    // reading still works, showing the entry of the companion store
    const unit = (await runPipeline({ cwd: dir })).documents.find((d) => d.source.slug === 'gipfel')!.units.find((u) => u.segment.key === 'Gipfel in Genf');
    expect(unit?.reviewedBy).toBe('Carla Chef');
    // the person decides: the old entry goes, the move finishes
    write(dir, OLD[1], read(dir, OLD[1]).split('\n').filter((l) => !l.includes(key)).join('\n'));
    const ok = await runDiglot(['sync'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, OLD[1]))).toBe(false);
    expect(read(dir, NEW[1])).toContain('"reviewedBy":"Carla Chef"');
  });

  it('an old entry for English that has since changed gives way without a conflict', async () => {
    const dir = await bothLayouts();
    // the old sidecar describes an English the resource no longer holds: its review is void anyway
    write(dir, OLD[1], read(dir, OLD[1]).replace(/("Gipfel in Genf": \{[^\n]*"target":")[0-9a-f]{16}/, '$10000000000000000').replace('"reviewedBy":"Anna Muster"', '"reviewedBy":"Old Reviewer"'));
    expect(read(dir, OLD[1])).toContain('Old Reviewer');
    const res = await runDiglot(['sync'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(read(dir, NEW[1])).toContain('"reviewedBy":"Anna Muster"');
    expect(read(dir, NEW[1])).not.toContain('Old Reviewer');
  });
});
