import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { readInterchange } from '../../src/interchange/index.js';
import { fakeIO, fixtures } from './helpers.js';

/** A private copy of the fixture project, so tests may edit its resources. */
function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-interchange-'));
  fs.cpSync(path.join(fixtures, 'project'), dir, { recursive: true });
  return dir;
}

async function run(argv: string[], cwd: string) {
  const f = fakeIO(cwd);
  const code = await runCli(argv, f.io);
  return { code, out: f.out(), err: f.err() };
}

describe('diglot export', () => {
  it('prints TMX for the project to stdout, in the configured languages', async () => {
    const r = await run(['export', '--format', 'tmx', '--date', '20240131T120000Z'], project());
    expect(r.code).toBe(0);
    expect(r.out).toContain('srclang="de-CH"');
    expect(r.out).toContain('creationdate="20240131T120000Z"');
    expect(r.out.match(/<tu /g)).toHaveLength(5);
    const units = readInterchange(r.out, 'out.tmx').units;
    expect(units.map((u) => u.source)).toContain('Mehr dazu im Bericht von A & B.');
    expect(units.find((u) => u.source === 'Dieser Satz ist neu.')?.target).toBeNull();
  });

  it('writes one file per document with --out, and the glossary as TBX', async () => {
    const dir = project();
    const x = await run(['export', '--format', 'xliff', '--out', 'exports'], dir);
    expect(x.code).toBe(0);
    expect(x.err).toContain('exports/mini.xlf');
    expect(readInterchange(fs.readFileSync(path.join(dir, 'exports/mini.xlf'), 'utf8'), 'mini.xlf').format).toBe('xliff21');
    expect((await run(['export', '--format', 'xliff12', '--out', 'exports'], dir)).code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'exports/mini.xliff12.xlf'))).toBe(true);
    const t = await run(['export', '--format', 'tbx'], dir);
    expect(t.out).toMatch(/<term>Bundesrat<\/term>[\s\S]*<term>Federal Council<\/term>/);
  });

  it('is a usage error without --format, with an unknown format or a malformed date', async () => {
    const dir = project();
    expect((await run(['export'], dir)).code).toBe(2);
    const bad = await run(['export', '--format', 'pdf'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--format must be one of tmx, xliff, xliff12, po, tbx');
    expect((await run(['export', '--format', 'tmx', '--date', 'yesterday'], dir)).code).toBe(2);
    const misplaced = await run(['export', '--format', 'tmx', '--for', 'omegat'], dir);
    expect([misplaced.code, misplaced.err]).toEqual([2, expect.stringContaining('--for omegat pre-fills XLIFF 1.2 targets; use it with --format xliff12')]);
    expect((await run(['export', '--format', 'po', '--tbx-version', 'v3'], dir)).err).toContain('--tbx-version chooses the glossary dialect; use it with --format tbx');
    expect((await run(['export', '--format', 'xliff12', '--for', 'trados'], dir)).code).toBe(2);
  });

  it('writes PO (one file per document with --out), TBX 2008 by default and v3 on request, XLIFF 1.2 --for omegat', async () => {
    const dir = project();
    const po = await run(['export', '--format', 'po', '--out', 'exports', '--report', 'json'], dir);
    expect(po.code, po.err).toBe(0);
    expect(JSON.parse(po.out)).toMatchObject({ format: 'po', files: [{ path: 'exports/mini.po', document: 'locales/de/mini.md', units: 5 }] });
    expect(fs.readFileSync(path.join(dir, 'exports/mini.po'), 'utf8')).toContain('#: locales/de/mini.md:7\n#. term: Bundesrat → Federal Council\n');
    expect((await run(['export', '--format', 'tbx'], dir)).out).toContain('<martif type="TBX-Basic" xml:lang="en-GB">');
    expect((await run(['export', '--format', 'tbx', '--tbx-version', 'v3'], dir)).out).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en-GB"');
    const omegat = (await run(['export', '--format', 'xliff12', '--for', 'omegat'], dir)).out;
    expect(readInterchange(omegat, 'o.xlf').units.map((u) => [u.target === u.source, u.prefilled])).toEqual(Array.from({ length: 5 }, () => [true, true]));
  });

  it('build writes <slug>.po when outputs list po', async () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'pipeline/edition.yaml'), fs.readFileSync(path.join(dir, 'pipeline/edition.yaml'), 'utf8').replace('outputs: [json]', 'outputs: [json, po, tbx]'));
    const r = await run(['build'], dir);
    expect(r.code, r.err).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'dist/mini.po'), 'utf8')).toContain('msgid "Dieser Satz ist neu."\nmsgstr ""');
    expect(fs.readFileSync(path.join(dir, 'dist/glossary.tbx'), 'utf8')).toContain('<martif type="TBX-Basic"');
  });
});

describe('diglot import', () => {
  it('reports updates, additions and conflicts of a translated XLIFF file (--dry-run)', async () => {
    const dir = project();
    const exported = (await run(['export', '--format', 'xliff'], dir)).out;
    const translated = exported
      .replace('<target>Costs are rising.</target>', '<target>Costs are going up.</target>')
      .replace('<target>The Federal Council decides</target>', '<target>The Federal Council has decided</target>')
      .replace(/state="initial" subState="diglot:missing">(\s*)<source>Dieser Satz ist neu.<\/source>/, 'state="translated">$1<source>Dieser Satz ist neu.</source><target>This sentence is new.</target>');
    fs.writeFileSync(path.join(dir, 'back.xlf'), translated);
    // a local edit after the export
    const res = path.join(dir, 'locales/en/mini.json');
    fs.writeFileSync(res, fs.readFileSync(res, 'utf8').replace('The Federal Council decides', 'The Federal Council rules'));

    const r = await run(['import', 'back.xlf', '--dry-run'], dir);
    expect(r.out).toContain('back.xlf: 1 updated, 1 added, 0 stale, 1 conflicts, 2 unchanged, 0 skipped (dry run: nothing written)');
    expect(r.out).toContain('+ Costs are going up.');
    expect(r.out).toContain('local: The Federal Council rules');
    expect(r.out).toContain('file:  The Federal Council has decided');
    expect(r.code).toBe(1);
    const settled = await run(['import', 'back.xlf', '--dry-run', '--prefer', 'file'], dir);
    expect(settled.code).toBe(0);
    expect(settled.out).toContain('keeping the file text');
  });

  it('refuses an invalid or malformed file with file:line:col diagnostics (exit 2)', async () => {
    const dir = project();
    const invalid = await run(['import', path.join(fixtures, 'invalid-2.1.xlf'), '--dry-run'], dir);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(/invalid-2\.1\.xlf:6:\d+: error xliff-reference: dataRefStart="nope"/);
    const malformed = await run(['import', path.join(fixtures, 'malformed.tmx')], dir);
    expect(malformed.code).toBe(2);
    expect(malformed.err).toMatch(/malformed\.tmx:6:\d+: error xml-malformed/);
    expect((await run(['import', 'missing.xlf'], dir)).err).toContain('cannot read missing.xlf');
  });

  it('writes the imported English through sync: updated, added, old English archived, idempotent', async () => {
    const dir = project();
    const exported = (await run(['export', '--format', 'xliff'], dir)).out;
    const translated = exported
      .replace('<target>Costs are rising.</target>', '<target>Costs are going up.</target>')
      .replace(/state="initial" subState="diglot:missing">(\s*)<source>Dieser Satz ist neu.<\/source>/, 'state="final">$1<source>Dieser Satz ist neu.</source><target>This sentence is new.</target>');
    fs.writeFileSync(path.join(dir, 'back.xlf'), translated);
    const r = await run(['import', 'back.xlf'], dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('locales/en/mini.json');
    const resource = JSON.parse(fs.readFileSync(path.join(dir, 'locales/en/mini.json'), 'utf8')) as Record<string, string | null>;
    expect(resource['Dieser Satz ist neu.']).toBe('This sentence is new.');
    expect(Object.values(resource)).toContain('Costs are going up.');
    // the replaced English is not lost: it is archived
    expect(fs.readFileSync(path.join(dir, '.diglot/locales/en/mini.orphans.json'), 'utf8')).toContain('Costs are rising.');
    // importing the same file again changes nothing
    const before = fs.readFileSync(path.join(dir, 'locales/en/mini.json'), 'utf8');
    expect((await run(['import', 'back.xlf'], dir)).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'locales/en/mini.json'), 'utf8')).toBe(before);
    const cov = JSON.parse((await run(['coverage', '--format', 'json'], dir)).out);
    expect(cov.total.missing).toBe(0);
  });

  it('keeps a target for German that has changed since the export as stale, and writes nothing on a conflict', async () => {
    const dir = project();
    const exported = (await run(['export', '--format', 'tmx'], dir)).out.replace('<seg>Costs are rising.</seg>', '<seg>Costs rise.</seg>');
    fs.writeFileSync(path.join(dir, 'back.tmx'), exported);
    // the German sentence was edited after the export
    const md = path.join(dir, 'locales/de/mini.md');
    const german = fs.readFileSync(md, 'utf8');
    const edited = german.replace(/Die Kosten steigen\./, 'Die Kosten steigen weiter.');
    expect(edited).not.toBe(german);
    fs.writeFileSync(md, edited);
    const r = await run(['import', 'back.tmx'], dir);
    expect(r.code, r.err).toBe(0);
    const orphans = fs.readFileSync(path.join(dir, '.diglot/locales/en/mini.orphans.json'), 'utf8');
    expect(orphans).toContain('Costs rise.');
    const cov = JSON.parse((await run(['coverage', '--format', 'json'], dir)).out);
    expect(cov.total.stale).toBeGreaterThanOrEqual(1);

    // a conflict without --prefer: exit 1, resource untouched
    const dir2 = project();
    const x = (await run(['export', '--format', 'xliff'], dir2)).out.replace('<target>The Federal Council decides</target>', '<target>The Federal Council has decided</target>');
    fs.writeFileSync(path.join(dir2, 'back.xlf'), x);
    const res = path.join(dir2, 'locales/en/mini.json');
    fs.writeFileSync(res, fs.readFileSync(res, 'utf8').replace('The Federal Council decides', 'The Federal Council rules'));
    const localText = fs.readFileSync(res, 'utf8');
    const c = await run(['import', 'back.xlf'], dir2);
    expect(c.code).toBe(1);
    expect(fs.readFileSync(res, 'utf8')).toBe(localText);
    const settled = await run(['import', 'back.xlf', '--prefer', 'file'], dir2);
    expect(settled.code).toBe(0);
    expect(fs.readFileSync(res, 'utf8')).toContain('The Federal Council has decided');
    expect(fs.readFileSync(path.join(dir2, '.diglot/locales/en/mini.orphans.json'), 'utf8')).toContain('The Federal Council rules');
  });
});
