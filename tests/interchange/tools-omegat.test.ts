// OmegaT (Debian's 3.6, console mode) against diglot's exports, in one run: the XLIFF 1.2 export made
// `--for omegat` is translated from a TMX in tm/auto/ (what a translator's memory is), and a Groovy
// script reports what OmegaT itself read — every segment and every glossary entry of the TBX 2008
// and OmegaT-layout exports. Then the other way: the translated file from target/ and OmegaT's own
// project memory are imported, translations land, untouched copies of the German are refused,
// nothing is lost. Also pinned: OmegaT 3.6 reads no segment of XLIFF 2.1 and cannot load TBX v3.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossaries } from '../../src/glossary/index.js';
import type { GlossaryEntry } from '../../src/model/glossary.js';
import { runDiglot } from '../helpers/cli.js';
import { read, write } from '../helpers/project.js';
import { fixtures } from './helpers.js';
import { has, run, sampleProject } from './tools.js';

if (!has.omegat) console.warn('[interchange] SKIPPING the OmegaT tests: omegat or java not installed (.ci/run installs Debian’s omegat)');

const SLUG = 'trump-russland-china';
const RES = `locales/en/${SLUG}.json`;
type Row = string[];

async function diglot(dir: string, ...argv: string[]): Promise<string> {
  const r = await runDiglot(argv, { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe.skipIf(!has.omegat)('OmegaT 3.6 in console mode', () => {
  let dir: string;
  let omt: string;
  let rows: Row[];
  let entries: GlossaryEntry[];
  let removed: string[];
  let units: number;
  const before: Record<string, string | null> = {};

  beforeAll(async () => {
    dir = sampleProject();
    Object.assign(before, JSON.parse(read(dir, RES)));
    // the translator's memory: the English as it is now
    await diglot(dir, 'export', '--format', 'tmx', '--out', 'memory');
    // three sentences lose their English in the project; the memory has two of them
    removed = Object.keys(before).filter((k) => before[k] && !/[<&]/.test(k)).slice(5, 8);
    const res = { ...before };
    for (const k of removed) res[k] = null;
    write(dir, RES, JSON.stringify(res, null, 2));
    const tmx = read(dir, `memory/${SLUG}.tmx`);
    const seg = `<seg>${removed[2]}</seg>`;
    const start = tmx.lastIndexOf('<tu ', tmx.indexOf(seg));
    write(dir, `memory/${SLUG}.tmx`, tmx.slice(0, start) + tmx.slice(tmx.indexOf('</tu>', start) + '</tu>'.length));
    units = (JSON.parse(await diglot(dir, 'coverage', '--format', 'json')) as { total: { segments: number } }).total.segments;

    omt = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-omegat-'));
    for (const d of ['source', 'target', 'tm/auto', 'glossary', 'omegat', 'dictionary']) fs.mkdirSync(path.join(omt, d), { recursive: true });
    fs.copyFileSync(path.join(fixtures, 'omegat/omegat.project'), path.join(omt, 'omegat.project'));
    fs.copyFileSync(path.join(dir, `memory/${SLUG}.tmx`), path.join(omt, `tm/auto/${SLUG}.tmx`));
    await diglot(dir, 'export', '--format', 'xliff12', '--for', 'omegat', '--out', 'for-omegat');
    fs.copyFileSync(path.join(dir, `for-omegat/${SLUG}.xliff12.xlf`), path.join(omt, `source/${SLUG}.xliff12.xlf`));
    fs.writeFileSync(path.join(omt, `source/${SLUG}.xlf`), await diglot(dir, 'export', '--format', 'xliff'));
    await diglot(dir, 'glossary', 'export', '--format', 'tbx', '--out', path.join(omt, 'glossary/glossary.tbx'));
    await diglot(dir, 'glossary', 'export', '--format', 'tbx', '--tbx-version', 'v3', '--out', path.join(omt, 'glossary/glossary-v3.tbx'));
    await diglot(dir, 'glossary', 'export', '--format', 'csv', '--dialect', 'omegat', '--out', path.join(omt, 'glossary/glossary.utf8'));
    await diglot(dir, 'glossary', 'export', '--format', 'yaml', '--out', 'all.yaml');
    entries = loadGlossaries([path.join(dir, 'all.yaml')], dir).glossary.entries;

    run('omegat', [omt, '--mode=console-translate', `--config-dir=${path.join(omt, '.config')}`, `--script=${path.join(fixtures, 'omegat/report.groovy')}`, '--quiet'], { timeout: 120_000, background: true });
    const unescape = (s: string) => s.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
    rows = read(omt, 'diglot-report.tsv').split('\n').filter(Boolean).map((l) => l.split('\t').map(unescape));
  }, 180_000);

  it('reads every unit of the XLIFF 1.2 export, with the German as the text to translate, and translates it from the memory', () => {
    const seen = rows.filter((r) => r[0] === 'UNIT' && r[1] === `${SLUG}.xliff12.xlf`);
    expect(units).toBeGreaterThan(40);
    expect(seen).toHaveLength(units);
    const keys = Object.keys(before);
    // OmegaT shows inline codes as its own tags; plain sentences are the German word for word
    expect(seen.filter((r) => keys.includes(r[2])).length).toBeGreaterThan(units - 5);
    expect(seen.filter((r) => r[3] === '').map((r) => r[2])).toEqual([removed[2]]);
  });

  it('reads no segment of an XLIFF 2.1 file (its XLIFF filter is 1.x only): use xliff12 --for omegat', () => {
    expect(rows.filter((r) => r[0] === 'UNIT' && r[1] === `${SLUG}.xlf`)).toEqual([]);
  });

  it('reads every entry of the TBX 2008 glossary, forbidden renderings with their "Do not use" note, and cannot load TBX v3', () => {
    const tbx = rows.filter((r) => r[0] === 'GLOSSARY' && r[1] === 'glossary.tbx');
    const expected = entries.reduce((n, e) => n + (1 + e.variants.length) * e.en.length + e.forbidden.length, 0);
    expect(entries).toHaveLength(57);
    expect(tbx).toHaveLength(expected);
    for (const e of entries) {
      for (const en of e.en) expect(tbx.some((r) => r[2] === e.de && r[3] === en)).toBe(true);
      for (const f of e.forbidden) expect(tbx.find((r) => r[2] === e.de && r[3] === f)?.[4]).toContain(`Do not use: ${f}`);
      if (e.note) expect(tbx.find((r) => r[2] === e.de && r[3] === e.en[0])?.[4]).toContain(e.note.split('\n')[0]);
    }
    expect(rows.filter((r) => r[1] === 'glossary-v3.tbx').map((r) => r[0])).toEqual(['GLOSSARY-ERROR']);
  });

  it('reads every rendering of the OmegaT-layout glossary, with the comment', () => {
    const tsv = rows.filter((r) => r[0] === 'GLOSSARY' && r[1] === 'glossary.utf8');
    expect(tsv).toHaveLength(entries.reduce((n, e) => n + e.en.length, 0));
    expect(tsv.map((r) => [r[2], r[3]])).toEqual(entries.flatMap((e) => e.en.map((en) => [e.de, en])));
  });

  it('the translated file from target/ imports: the memory’s translations land, the untouched copy is refused, nothing is lost', async () => {
    fs.copyFileSync(path.join(omt, `target/${SLUG}.xliff12.xlf`), path.join(dir, 'from-omegat.xlf'));
    const r = await runDiglot(['import', 'from-omegat.xlf', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { counts: Record<string, number>; skipped: Array<{ code: string; source: string }> };
    expect(report.counts).toMatchObject({ add: 2, update: 0, conflict: 0, stale: 0 });
    expect(report.skipped.map((s) => [s.code, s.source])).toEqual([['source-copy', removed[2]]]);
    const after = JSON.parse(read(dir, RES)) as Record<string, string | null>;
    expect([after[removed[0]], after[removed[1]], after[removed[2]]]).toEqual([before[removed[0]], before[removed[1]], null]);
    for (const [k, v] of Object.entries(before)) if (v && k !== removed[2]) expect(after[k]).toBe(v);
  });

  it('OmegaT’s own project memory (TMX 1.1, lang attributes) imports without a change or a conflict', async () => {
    const memory = fs.readdirSync(omt).find((f) => f.endsWith('-omegat.tmx'));
    expect(memory).toBeDefined();
    fs.copyFileSync(path.join(omt, memory!), path.join(dir, 'omegat-memory.tmx'));
    const r = await runDiglot(['import', 'omegat-memory.tmx', '--format', 'json', '--dry-run'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { counts: Record<string, number> };
    expect(report.counts).toMatchObject({ update: 0, conflict: 0, stale: 0 });
    expect(report.counts.unchanged).toBeGreaterThan(units - 10);
  });
});
