// Glossary exports and waivers: YAML carries name, description and waivers through export → load;
// CSV and TBX cannot and say so (glossary-export-dropped); TBX carries the name as its title.
import { describe, expect, it } from 'vitest';
import { copyProject, read } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { parseGlossary, writeGlossaryYaml } from '../../src/glossary/index.js';
import { entry } from './helpers.js';
import { validationSkipReason, xmllint } from '../interchange/xmllint.js';
import { checkTbxBasic, parseXml } from '../../src/interchange/index.js';

const FIXTURE = 'tests/fixtures/workflow/project';
const strip = <T extends { origin?: unknown }>(xs: T[]) => xs.map(({ origin: _o, ...r }) => r);

describe('glossary export and waivers', () => {
  it('YAML: export → file → load gives the same entries, waivers, name and description', async () => {
    const dir = copyProject(FIXTURE);
    const run = await runDiglot(['glossary', 'export', 'glossary/politics.yaml', '--format', 'yaml', '--out', 'out.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/glossary-export-dropped/);
    const original = parseGlossary(read(dir, 'glossary/politics.yaml'), 'a');
    const exported = parseGlossary(read(dir, 'out.yaml'), 'b');
    expect(exported.diagnostics).toEqual([]);
    expect(original.waivers).toHaveLength(2);
    expect(strip(exported.waivers)).toEqual(strip(original.waivers));
    expect(strip(exported.entries)).toEqual(strip(original.entries));
    expect([exported.name, exported.description]).toEqual(['politics', 'Terms of the Geneva summit report']);
    // and again: export of the export is identical (a fixed point)
    await runDiglot(['glossary', 'export', 'out.yaml', '--format', 'yaml', '--out', 'out2.yaml'], { cwd: dir });
    expect(read(dir, 'out2.yaml')).toBe(read(dir, 'out.yaml'));
  });

  it('several files: names joined, every file\'s waivers kept', async () => {
    const dir = copyProject(FIXTURE);
    const run = await runDiglot(['glossary', 'export', '--format', 'yaml'], { cwd: dir });
    const merged = parseGlossary(run.stdout, 'm');
    expect(merged.name).toBe('people + politics');
    expect(merged.waivers.map((w) => w.term)).toEqual(['Gipfel', 'Bündnis']);
    expect(merged.waivers[0]).toMatchObject({ unit: 's79374947', occurrence: 2, rule: 'term-missing-in-target' });
  });

  it('CSV and TBX name what they drop; TBX keeps the name as its title and stays valid', async () => {
    const dir = copyProject(FIXTURE);
    const csv = await runDiglot(['glossary', 'export', 'glossary/politics.yaml', '--format', 'csv'], { cwd: dir });
    expect(csv.code).toBe(0);
    expect(csv.stderr).toMatch(/warning glossary-export-dropped: the CSV export drops 2 waivers and the name and the description/);
    const tbx = await runDiglot(['glossary', 'export', 'glossary/politics.yaml', '--format', 'tbx'], { cwd: dir });
    expect(tbx.code).toBe(0);
    expect(tbx.stderr).toMatch(/warning glossary-export-dropped: the TBX export drops 2 waivers/);
    expect(tbx.stdout).toMatch(/<titleStmt>\s*<title>politics<\/title>\s*<note>Terms of the Geneva summit report<\/note>\s*<\/titleStmt>\s*<sourceDesc>/);
    expect(checkTbxBasic(parseXml(tbx.stdout, 'g.tbx').root)).toEqual([]);
    // the TBX core RelaxNG is TBX v3's: the v3 export keeps the title too and validates
    const v3 = await runDiglot(['glossary', 'export', 'glossary/politics.yaml', '--format', 'tbx', '--tbx-version', 'v3'], { cwd: dir });
    expect(v3.stdout).toMatch(/<titleStmt>\s*<title>politics<\/title>/);
    expect(checkTbxBasic(parseXml(v3.stdout, 'g3.tbx').root)).toEqual([]);
    const skip = validationSkipReason();
    if (skip) console.log(`skipped: TBX schema validation (${skip})`);
    else expect(xmllint('tbx-core', [v3.stdout]).ok).toBe(true);
    // a glossary without waivers or name loses nothing: no warning
    const plain = await runDiglot(['glossary', 'export', 'glossary/people.yaml', '--format', 'tbx'], { cwd: dir });
    expect(plain.stderr).not.toMatch(/dropped/);
  });

  it('writeGlossaryYaml writes waivers in schema key order, block style', () => {
    const text = writeGlossaryYaml([entry('Gipfel', 'summit')], { name: 'n', waivers: [{ term: 'Gipfel', date: '2025-01-01', reviewer: 'X', reason: 'r', occurrence: 1, unit: 'u', origin: { file: 'f', line: 1, column: 1 } }] });
    expect(text).toContain('waivers:\n  - term: Gipfel\n    unit: u\n    occurrence: 1\n    reason: r\n    reviewer: X\n    date: 2025-01-01\n');
    expect(parseGlossary(text, 'x').diagnostics).toEqual([]);
  });
});
