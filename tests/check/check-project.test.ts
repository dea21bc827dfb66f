// checkDocument over a project, and `diglot check` in text, JSON and SARIF.
import { describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { runPipeline } from '../../src/project/index.js';
import { checkDocument, requireStatus } from '../../src/check/index.js';

const FIXTURE = 'tests/fixtures/check/project';

describe('checkDocument', () => {
  it('reports positioned findings, attaches them to the unit, and finds inconsistent translations across documents', async () => {
    const project = await runPipeline({ cwd: copyProject(FIXTURE) });
    const [eins, zwei] = project.documents;
    const mine = project.diagnostics.filter((d) => d.source === 'check');
    expect(mine.map((d) => `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.ruleId}`).sort()).toEqual([
      'locales/de/eins.md:6:1 number-mismatch',
      'locales/de/eins.md:6:46 inconsistent-translation',
      'locales/de/zwei.md:6:1 inconsistent-translation',
      'locales/de/zwei.md:6:27 untranslated',
    ]);
    const numbers = mine.find((d) => d.ruleId === 'number-mismatch');
    expect(numbers?.message).toMatch(/the figures differ: the German has "200", the English "2,000"/);
    expect(numbers?.place?.end).toMatchObject({ line: 6, column: 45 });
    expect(zwei.units.find((u) => u.segment.key === 'Der Gipfel beginnt heute.')?.diagnostics.map((d) => d.ruleId)).toEqual(['inconsistent-translation']);
    expect(mine.find((d) => d.file === 'locales/de/zwei.md' && d.ruleId === 'inconsistent-translation')?.message).toMatch(/"The summit starts today\." here but "The summit begins today\." in locales\/de\/eins\.md:6/);
    // units without English are not checked
    eins.units[1].en = null;
    expect(checkDocument(eins.source, eins.units, { project: project.documents }).some((d) => d.ruleId === 'number-mismatch')).toBe(false);
  });

  it('requireStatus: translated, reviewed and human levels', async () => {
    const project = await runPipeline({ cwd: copyProject(FIXTURE) });
    const units = project.documents[0].units;
    expect(requireStatus(units, 'translated')).toEqual([]);
    expect(requireStatus(units, 'reviewed').map((d) => d.ruleId)).toEqual(['require-reviewed', 'require-reviewed', 'require-reviewed']);
    expect(requireStatus(units, 'human')).toEqual([]);
    units[0].provenance = { kind: 'align', file: 'en.txt', key: units[0].segment.key };
    expect(requireStatus(units, 'human', 'x.md')[0]).toMatchObject({ ruleId: 'require-human', file: 'x.md', message: expect.stringMatching(/comes from align/) });
    units[1].status = 'stale';
    expect(requireStatus(units, 'translated')[0].message).toMatch(/the unit is stale/);
  });
});

describe('diglot check', () => {
  it('prints every finding as text and exits 1 on an error', async () => {
    const res = await runDiglot(['check'], { cwd: copyProject(FIXTURE) });
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/^locales\/de\/eins\.md:6:1: error number-mismatch: unit s[0-9a-f]{8}: the figures differ: the German has "200", the English "2,000": "Am 24\. Februar/m);
    // the hint names the unit the way `diglot waive` takes it
    expect(res.stdout).toMatch(/^ {2}hint: check the figures: a number, date or decade was changed in translation \(locales\/en\/eins\.json\); if it is deliberate, record a reviewed waiver: diglot waive number-mismatch --unit s[0-9a-f]{8} --reason … --by …$/m);
    expect(res.stdout).toMatch(/^1 error, 3 warnings, 0 notes$/m);
  });

  it('exits 0 on the sample project: no QA finding of its own there but the two reviewed glosses', async () => {
    const res = await runDiglot(['check', '--format', 'json'], { cwd: copyProject('.', ['pipeline', 'locales', '.diglot', 'glossary']) });
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as { diagnostics: Array<{ source: string; ruleId: string; message: string; suppression?: { by: string; file: string } }>; summary: object };
    expect(out.summary).toMatchObject({ errors: 0, warnings: 0 });
    const own = out.diagnostics.filter((d) => d.source === 'check' || d.source === 'match');
    expect(own.filter((d) => !d.suppression)).toEqual([]);
    // the English glosses for its readers, waived in the glossary (README → Waivers)
    expect(own.map((d) => `${d.ruleId} ${d.message.replace(/: ".*$/, '')} — ${d.suppression?.by} in ${d.suppression?.file}`)).toEqual([
      'entity-extra waived: unit sa516a8b4: the English names "US", which the German does not — diglot maintainers in glossary/people-and-places.yaml',
      'entity-extra waived: unit sca1ee224: the English names "Germany", which the German does not — diglot maintainers in glossary/people-and-places.yaml',
    ]);
  });

  it('writes SARIF 2.1.0 with rules, levels and UTF-16 regions', async () => {
    const dir = copyProject(FIXTURE);
    const res = await runDiglot(['check', '--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(res.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/);
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'number-mismatch');
    expect(result).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'locales/de/eins.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 6, startColumn: 1, endLine: 6, endColumn: 45, charLength: 44 } } }] });
    expect(run.tool.driver.rules[result.ruleIndex]).toMatchObject({ id: 'number-mismatch', defaultConfiguration: { level: 'error' } });
    expect(res.code).toBe(1);
  });

  it('--require reviewed adds an error per unreviewed unit', async () => {
    const res = await runDiglot(['check', '--require', 'reviewed', '--format', 'json'], { cwd: copyProject(FIXTURE) });
    expect(JSON.parse(res.stdout).diagnostics.filter((d: { ruleId: string }) => d.ruleId === 'require-reviewed')).toHaveLength(6);
    expect((await runDiglot(['check', '--require', 'sometimes'], { cwd: copyProject(FIXTURE) })).code).toBe(2);
  });
});
