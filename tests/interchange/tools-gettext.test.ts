// GNU gettext and Translate Toolkit against diglot's exports: msgfmt --check and pocount accept the
// PO export and count every unit as diglot does; msgmerge against a newer export keeps every
// translation and marks the edited sentence fuzzy with its previous German; files the toolkit makes
// (po2tmx with its srclang="en", po2xliff's XLIFF 1.1) import with every translation landing; the
// toolkit reads every TBX 2008 entry, forbidden renderings and notes, and the Weblate CSV layout.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPo } from '../../src/interchange/index.js';
import { readGlossaryCsv } from '../../src/glossary/index.js';
import { runDiglot } from '../helpers/cli.js';
import { copyProject, read, write } from '../helpers/project.js';
import { fixtures } from './helpers.js';
import { has, python, run, sampleProject } from './tools.js';

if (!has.gettext) console.warn('[interchange] SKIPPING the gettext tests: msgfmt/msgmerge not installed (Debian gettext; .ci/run installs it)');
if (!has.toolkit) console.warn('[interchange] SKIPPING the Translate Toolkit tests: pocount/po2tmx/po2xliff or python3 translate not installed (.ci/run installs translate-toolkit)');

async function diglot(dir: string, ...argv: string[]): Promise<string> {
  const r = await runDiglot(argv, { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

interface Coverage { total: { segments: number; translated: number; reviewed: number; stale: number; fuzzy: number; missing: number } }

describe.skipIf(!has.gettext || !has.toolkit)('gettext and Translate Toolkit read the PO export', () => {
  let dir: string;
  let po: string;
  let coverage: Coverage['total'];
  beforeAll(async () => {
    dir = sampleProject();
    // two sentences without English, one with English for an older German (stale)
    const res = JSON.parse(read(dir, 'locales/en/trump-russland-china.json')) as Record<string, string | null>;
    const keys = Object.keys(res).filter((k) => res[k]);
    res[keys[3]] = null;
    res[keys[4]] = null;
    write(dir, 'locales/en/trump-russland-china.json', JSON.stringify(res, null, 2));
    write(dir, 'locales/de/trump-russland-china.md', read(dir, 'locales/de/trump-russland-china.md').replace(keys[6], keys[6].replace(/\.$/, ', sagte er.')));
    coverage = (JSON.parse(await diglot(dir, 'coverage', '--format', 'json')) as Coverage).total;
    await diglot(dir, 'export', '--format', 'po', '--out', 'exports');
    po = path.join(dir, 'exports/trump-russland-china.po');
  }, 60_000);

  it('msgfmt --check accepts it without a warning', () => {
    const r = run('msgfmt', ['--check', '-o', '/dev/null', po]);
    expect(r.stderr).toBe('');
  });

  it('pocount counts every unit: translated, fuzzy (stale) and untranslated as diglot does', () => {
    const out = run('pocount', ['--csv', po]).stdout.trim().split('\n');
    const [head, row] = [out[0].split(',').map((s) => s.trim()), out[1].split(',').map((s) => s.trim())];
    const col = (name: string) => Number(row[head.indexOf(name)]);
    expect(coverage.segments).toBeGreaterThan(40);
    expect(col('Total Source Words')).toBeGreaterThan(500);
    expect(col('Translated Messages') + col('Fuzzy Messages') + col('Untranslated Messages')).toBe(coverage.segments);
    expect(col('Translated Messages')).toBe(coverage.translated + coverage.reviewed);
    expect(col('Fuzzy Messages')).toBe(coverage.stale + coverage.fuzzy);
    expect(col('Fuzzy Messages')).toBeGreaterThanOrEqual(1);
    expect(col('Untranslated Messages')).toBe(coverage.missing);
    expect(col('Untranslated Messages')).toBeGreaterThanOrEqual(1);
  });

  it('po2tmx (which writes srclang="en" and labels the German "en") imports: the project’s languages win, the translation lands', async () => {
    const translated = fs.readFileSync(po, 'utf8').replace(/(msgid "([^"\n]+)"\nmsgstr )""/, (_m, head: string) => `${head}"A sentence a translator wrote."`);
    write(dir, 'exports/translated.po', translated);
    const tmx = path.join(dir, 'exports/translated.tmx');
    run('po2tmx', ['--progress=none', '-l', 'en-GB', path.join(dir, 'exports/translated.po'), tmx]);
    expect(fs.readFileSync(tmx, 'utf8')).toContain('srclang="en"');
    const r = await runDiglot(['import', 'exports/translated.tmx', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { counts: Record<string, number>; diagnostics: Array<{ ruleId: string }> };
    expect(report.counts).toMatchObject({ add: 1, update: 0, conflict: 0, stale: 0 });
    expect(report.counts.unchanged).toBe(coverage.translated + coverage.reviewed);
    expect(report.diagnostics.map((d) => d.ruleId)).toContain('import-language-mismatch');
    expect(Object.values(JSON.parse(read(dir, 'locales/en/trump-russland-china.json')) as Record<string, string | null>)).toContain('A sentence a translator wrote.');
  });

  it('po2xliff (XLIFF 1.1, original naming the .po) imports by German; the gettext header is not a unit', async () => {
    const xlf = path.join(dir, 'exports/po2xliff.xlf');
    run('po2xliff', ['--progress=none', po, xlf]);
    expect(fs.readFileSync(xlf, 'utf8')).toContain('urn:oasis:names:tc:xliff:document:1.1');
    const r = JSON.parse((await runDiglot(['import', 'exports/po2xliff.xlf', '--format', 'json', '--dry-run'], { cwd: dir })).stdout) as { counts: Record<string, number>; skipped: Array<{ code: string }> };
    expect(r.counts.unchanged).toBeGreaterThanOrEqual(coverage.translated + coverage.reviewed);
    expect(r.counts.conflict).toBe(0);
    // fuzzy entries come as po2xliff's needs-translation (drafts), empty ones without a target
    expect(r.skipped.filter((s) => s.code === 'no-target').length + r.skipped.filter((s) => s.code === 'draft').length).toBe(r.skipped.length);
  });
});

describe.skipIf(!has.gettext)('msgmerge against a newer export', () => {
  it('keeps every translation, marks the edited sentence fuzzy with its previous German, and imports without losing anything', async () => {
    const dir = copyProject(path.join(fixtures, 'project'));
    await diglot(dir, 'export', '--format', 'po', '--out', 'v1');
    // the translator works on v1 while the German changes: a sentence edited, one added
    write(dir, 'v1/mini.po', read(dir, 'v1/mini.po').replace('msgid "Dieser Satz ist neu."\nmsgstr ""', 'msgid "Dieser Satz ist neu."\nmsgstr "This sentence is new."'));
    write(dir, 'locales/de/mini.md', read(dir, 'locales/de/mini.md').replace('Die Kosten steigen.', 'Die Kosten steigen stark.').concat('\nNoch ein Satz.\n'));
    await diglot(dir, 'export', '--format', 'po', '--out', 'v2');
    run('msgmerge', ['--quiet', '--previous', '-o', path.join(dir, 'merged.po'), path.join(dir, 'v1/mini.po'), path.join(dir, 'v2/mini.po')]);
    expect(run('msgfmt', ['--check', '-o', '/dev/null', path.join(dir, 'merged.po')]).stderr).toBe('');
    const merged = readPo(fs.readFileSync(path.join(dir, 'merged.po')), 'merged.po').units;
    expect(merged.map((u) => u.source)).toEqual(['Der Bundesrat entscheidet', 'Der Bundesrat hat heute entschieden.', 'Die Kosten steigen stark.', 'Mehr dazu im Bericht von A & B.', 'Dieser Satz ist neu.', 'Noch ein Satz.']);
    expect(read(dir, 'merged.po')).toContain('#, fuzzy\n#| msgid "Die Kosten steigen."\nmsgid "Die Kosten steigen stark."\nmsgstr "Costs are rising."');
    const before = JSON.parse(read(dir, 'locales/en/mini.json')) as Record<string, string | null>;
    const r = await runDiglot(['import', 'merged.po', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { counts: Record<string, number>; skipped: Array<{ code: string; source: string }> };
    expect(report.counts).toMatchObject({ add: 1, unchanged: 3, conflict: 0 });
    expect(report.skipped.map((s) => [s.code, s.source])).toEqual([['draft', 'Die Kosten steigen stark.'], ['no-target', 'Noch ein Satz.']]);
    const after = JSON.parse(read(dir, 'locales/en/mini.json')) as Record<string, string | null>;
    expect(after['Dieser Satz ist neu.']).toBe('This sentence is new.');
    // nothing lost: every English that was there is still in the resource or the archive
    const archived = fs.existsSync(path.join(dir, '.diglot/locales/en/mini.orphans.json')) ? (JSON.parse(read(dir, '.diglot/locales/en/mini.orphans.json')) as { orphans: Array<{ en: string }> }).orphans.map((o) => o.en) : [];
    for (const en of Object.values(before).filter((v): v is string => !!v)) expect([...Object.values(after), ...archived]).toContain(en);
  });
});

describe.skipIf(!has.toolkit)('Translate Toolkit reads the glossary exports', () => {
  it('TBX 2008: every entry and every forbidden rendering is a unit, with the notes; TBX v3 gives it nothing', async () => {
    const dir = sampleProject();
    await diglot(dir, 'glossary', 'export', '--format', 'tbx', '--out', 'g2008.tbx');
    await diglot(dir, 'glossary', 'export', '--format', 'tbx', '--tbx-version', 'v3', '--out', 'g3.tbx');
    await diglot(dir, 'glossary', 'export', '--format', 'yaml', '--out', 'all.yaml');
    const entries = (await import('../../src/glossary/index.js')).loadGlossaries([path.join(dir, 'all.yaml')], dir).glossary.entries;
    const script = 'import json,sys\nfrom translate.storage import tbx\nr=[]\nfor f in sys.argv[1:]:\n  try:\n    s=tbx.tbxfile.parsefile(f); r.append([[u.source,u.target,u.getnotes()] for u in s.units])\n  except Exception as e:\n    r.append(str(e))\nprint(json.dumps(r, ensure_ascii=False))';
    const [units2008, units3] = python<[Array<[string, string, string]>, unknown]>(script, [path.join(dir, 'g2008.tbx'), path.join(dir, 'g3.tbx')]);
    const forbidden = entries.reduce((n, e) => n + e.forbidden.length, 0);
    expect(entries.length).toBe(57);
    expect(units2008).toHaveLength(entries.length + forbidden);
    const main = units2008.filter((u) => !u[2].includes('(use: '));
    expect(main.map((u) => [u[0], u[1]])).toEqual(entries.map((e) => [e.de, e.en[0]]));
    for (const e of entries.filter((x) => x.forbidden.length)) {
      expect(main.find((u) => u[0] === e.de)?.[2]).toContain(`Do not use: ${e.forbidden.join(' | ')}`);
      for (const f of e.forbidden) expect(units2008.some((u) => u[0] === e.de && u[1] === f && u[2].startsWith(`Do not use: ${f}`))).toBe(true);
    }
    for (const e of entries.filter((x) => x.note)) expect(main.find((u) => u[0] === e.de)?.[2]).toContain(e.note!.split('\n')[0]);
    // the toolkit's TBX reader knows only martif: a TBX v3 file gives it no unit (or an error)
    expect(Array.isArray(units3) ? units3.length : 0).toBe(0);
  });

  it('the Weblate CSV layout: every row a unit with source, target and comment, and diglot reads it back whole', async () => {
    const dir = sampleProject();
    await diglot(dir, 'glossary', 'export', '--format', 'csv', '--dialect', 'weblate', '--out', 'weblate.csv');
    const text = read(dir, 'weblate.csv');
    const units = python<Array<[string, string, string]>>('import json,sys\nfrom translate.storage import csvl10n\ns=csvl10n.csvfile.parsefile(sys.argv[1])\nprint(json.dumps([[u.source,u.target,u.getnotes()] for u in s.units], ensure_ascii=False))', [path.join(dir, 'weblate.csv')]);
    const back = readGlossaryCsv(text, 'weblate.csv');
    // the sample glossary renders two German terms alike twice ("leader", "alliance"): said, not lost
    expect(back.diagnostics.map((d) => d.ruleId)).toEqual(['glossary-csv-conflict', 'glossary-csv-conflict']);
    expect(back.entries).toHaveLength(57);
    expect(units).toHaveLength(back.entries.reduce((n, e) => n + e.en.length, 0));
    expect(units.map((u) => u[0])).toEqual(back.entries.flatMap((e) => e.en.map(() => e.de)));
    expect(units.map((u) => u[1])).toEqual(back.entries.flatMap((e) => e.en));
  });
});
