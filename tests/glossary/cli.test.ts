import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/glossary/index.js';
import { cli } from './helpers.js';

const fixtures = fileURLToPath(new URL('../fixtures/glossary/', import.meta.url));
const sample = path.join(fixtures, 'sample/glossary.yaml');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-glossary-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const interchange = (f: string) => fs.existsSync(fileURLToPath(new URL(`../../src/interchange/${f}`, import.meta.url)));
const hasTbx = interchange('tbx.ts') || (interchange('tbx-read.ts') && interchange('tbx-write.ts'));
if (!hasTbx) console.warn('[skip] src/interchange/tbx*.ts is absent: TBX CLI tests are skipped');
const gnomeTbx = path.resolve(process.cwd(), '../shared/data/glossaries/glossary_gnome_de/gnome_glossary_en_de.tbx');

describe('diglot terms', () => {
  it('jsonl: one hits line per input line, exact offsets', async () => {
    const lines = ['Der Nato-Gipfel beginnt heute.', 'Die Bu\u0308ndnisse bröckeln.', 'Nichts.'];
    const r = await cli(['terms', '--glossary', sample, '--format', 'jsonl'], { stdin: `${lines.map((text) => JSON.stringify({ text })).join('\n')}\n` });
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0].hits.map((h: { term: string }) => h.term)).toEqual(['Nato', 'Gipfel']);
    expect(out[1].hits[0]).toMatchObject({ term: 'Bündnis', surface: 'Bu\u0308ndnisse', start: 4, end: 14 });
    expect(out[2]).toEqual({ hits: [] });
  });

  it('jsonl: a line that is not {"text": …} gives an empty hits line and exit 2', async () => {
    const r = await cli(['terms', '--glossary', sample, '--format', 'jsonl'], { stdin: 'nope\n{"text":"Gipfel"}\n' });
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toContain('terms-invalid-input');
  });

  it('text and json on a file, with line and column', async () => {
    const file = path.join(tmp, 'a.md');
    fs.writeFileSync(file, '# Titel\n\nDas Bündnis und der Aussenminister.\n');
    const t = await cli(['terms', file, '--glossary', sample]);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain(`${file}:3:5\tBündnis\tBündnis`);
    const j = await cli(['terms', file, '--glossary', sample, '--format', 'json']);
    expect(JSON.parse(j.stdout).hits[1]).toMatchObject({ term: 'Aussenminister', line: 3, column: 21 });
  });

  it('uses glossary/*.yaml of the project by default and stops on invalid glossaries', async () => {
    const proj = path.join(tmp, 'proj');
    fs.mkdirSync(path.join(proj, 'glossary'), { recursive: true });
    fs.copyFileSync(sample, path.join(proj, 'glossary/main.yaml'));
    const ok = await cli(['terms', '--format', 'jsonl'], { stdin: '{"text":"Die Sanktionen."}\n', cwd: proj });
    expect(JSON.parse(ok.stdout).hits[0].term).toBe('Sanktion');
    fs.writeFileSync(path.join(proj, 'glossary/bad.yaml'), 'terms:\n  - de: X\n');
    const bad = await cli(['terms', '--format', 'jsonl'], { stdin: '{"text":"x"}\n', cwd: proj });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('glossary/bad.yaml:2:5: error glossary-missing-en');
  });

  it('rejects an unknown format as a usage error', async () => {
    expect((await cli(['terms', '--glossary', sample, '--format', 'xml'])).code).toBe(2);
  });
});

describe('diglot glossary', () => {
  it('validate: exit 0 for valid files, 2 with file:line:col diagnostics for invalid ones', async () => {
    expect((await cli(['glossary', 'validate', sample])).code).toBe(0);
    const r = await cli(['glossary', 'validate', path.join(fixtures, 'files/invalid.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid\.yaml:4:5: error glossary-unknown-key/);
  });

  it('validate: reports a conflict across files with both locations', async () => {
    const r = await cli(['glossary', 'validate', 'files/a.yaml', 'files/b.yaml'], { cwd: fixtures });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('files/b.yaml:4:5: error glossary-conflict: "Gipfel" has different English here (summit meeting) and at files/a.yaml:6:5 (summit)');
  });

  it('export csv and yaml, import csv back to the same entries', async () => {
    const csv = await cli(['glossary', 'export', sample, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe('de,en,forbidden,variants,match,note,pos,status,domain');
    const csvFile = path.join(tmp, 'g.csv');
    fs.writeFileSync(csvFile, csv.stdout);
    const out = path.join(tmp, 'g.yaml');
    const imp = await cli(['glossary', 'import', csvFile, '--out', out]);
    expect(imp.code).toBe(0);
    const strip = (t: string, f: string) => parseGlossary(t, f).entries.map(({ origin: _o, ...e }) => e);
    expect(strip(fs.readFileSync(out, 'utf8'), out)).toEqual(strip(fs.readFileSync(sample, 'utf8'), sample));
    const yaml = await cli(['glossary', 'export', sample, '--format', 'yaml']);
    expect(strip(yaml.stdout, 'x.yaml')).toEqual(strip(fs.readFileSync(sample, 'utf8'), sample));
  });

  it('import rejects other file types; unknown subcommands are usage errors', async () => {
    expect((await cli(['glossary', 'import', sample])).code).toBe(2);
    expect((await cli(['glossary', 'frobnicate'])).code).toBe(2);
  });

  it.skipIf(!hasTbx)('export tbx and import it back', async () => {
    const tbx = await cli(['glossary', 'export', sample, '--format', 'tbx', '--out', path.join(tmp, 'g.tbx')]);
    expect(tbx.code).toBe(0);
    const imp = await cli(['glossary', 'import', path.join(tmp, 'g.tbx')]);
    expect(imp.code).toBe(0);
    const back = parseGlossary(imp.stdout, 'x.yaml').entries;
    expect(back.map((e) => [e.de, e.en])).toEqual(parseGlossary(fs.readFileSync(sample, 'utf8'), sample).entries.map((e) => [e.de, e.en]));
  });

  it.skipIf(!hasTbx || !fs.existsSync(gnomeTbx))('imports the public GNOME TBX', async () => {
    const r = await cli(['glossary', 'import', gnomeTbx]);
    expect(r.code).toBeLessThan(2);
    const entries = parseGlossary(r.stdout, 'gnome.yaml').entries;
    expect(entries.length).toBeGreaterThan(850);
    expect(entries.find((e) => e.de === 'abbrechen')?.en).toEqual(['abort', 'Cancel', 'Kill']);
  });
});
