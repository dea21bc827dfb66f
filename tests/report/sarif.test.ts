// `diglot check --format sarif` against the SARIF 2.1.0 JSON schema (a copy in tests/fixtures/sarif,
// source in its SOURCE.txt): regions with end positions, related locations, suppressions for waived
// findings, rule metadata from the rule table.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { copyProject, read, repoRoot } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { toSarif } from '../../src/report/index.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
// The copy declares draft-04; ajv 8 speaks draft-07, which reads every other keyword of this schema the same way.
delete schema.$schema;
delete schema.id;
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
// unicodeRegExp: false — the schema's language-tag pattern (`…[a-zA-Z]{2}]?$`) is valid only without the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validate = ajv.compile(schema);
const errorsOf = (log: unknown): string[] => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: Record<string, number> } }>;
  relatedLocations?: Array<{ id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
  suppressions?: Array<{ kind: string; status: string; justification: string; location?: unknown; properties: Record<string, string> }>;
}
interface SarifLog {
  runs: Array<{ tool: { driver: { rules: Array<Record<string, unknown> & { id: string }> } }; results: SarifResult[]; columnKind: string }>;
}

describe('SARIF 2.1.0 output', () => {
  it('the schema validator is real: it rejects a broken log', () => {
    expect(errorsOf({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, suppressions: [{ status: 'accepted' }] }] }] }).length).toBeGreaterThan(0);
    expect(errorsOf({ version: '2.0.0', runs: [] }).length).toBeGreaterThan(0);
  });

  it('toSarif: end positions, related locations, suppressions and rule metadata validate', () => {
    const list: Diagnostic[] = [
      {
        ruleId: 'term-missing-in-target', severity: 'info', message: 'waived: unit u: the 2nd of 2 occurrences …', hint: 'reason (reviewed by X, 2025-01-01)', file: 'locales/de/a.md',
        place: { start: { line: 6, column: 28, offset: 80 }, end: { line: 6, column: 34, offset: 86 } },
        related: [{ file: 'locales/en/a.json', place: { start: { line: 3, column: 55, offset: 120 }, end: { line: 3, column: 104, offset: 169 } }, message: 'the English of unit u' }],
        suppression: { kind: 'external', justification: 'reason', by: 'X', date: '2025-01-01', severity: 'error', file: 'glossary/g.yaml', place: { start: { line: 16, column: 5, offset: 0 } } },
      },
      { ruleId: 'glossary-conflict', severity: 'error', message: 'conflict', file: 'glossary/g.yaml', place: { start: { line: 4, column: 3, offset: 0 } } },
      { ruleId: 'config-missing', severity: 'error', message: 'no file' },
    ];
    const log = toSarif(list, { root: '/tmp/project dir' }) as SarifLog;
    expect(errorsOf(log)).toEqual([]);
    const [waived, conflict, noFile] = log.runs[0].results;
    expect(waived.level).toBe('error');
    expect(waived.message.text).toBe('unit u: the 2nd of 2 occurrences …');
    expect(waived.locations?.[0].physicalLocation.region).toEqual({ startLine: 6, startColumn: 28, endLine: 6, endColumn: 34, charOffset: 80, charLength: 6 });
    expect(waived.suppressions).toEqual([expect.objectContaining({ kind: 'external', status: 'accepted', justification: 'reason', properties: { reviewer: 'X', date: '2025-01-01' } })]);
    expect(waived.relatedLocations?.[0]).toMatchObject({ id: 1, message: { text: 'the English of unit u' }, physicalLocation: { artifactLocation: { uri: 'locales/en/a.json' } } });
    // a place known only by line and column gets no charOffset (offset 0 would point at the file start)
    expect(conflict.locations?.[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 3 });
    expect(noFile.locations).toBeUndefined();
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(['config-missing', 'glossary-conflict', 'term-missing-in-target']);
    expect(rules[2]).toMatchObject({ defaultConfiguration: { level: 'error' }, shortDescription: { text: expect.stringMatching(/per occurrence/) }, help: { text: expect.stringMatching(/README/) } });
  });

  it('diglot check --format sarif on a project: validates; waived finding suppressed, others placed at the term with the English as related location', async () => {
    const dir = copyProject('tests/fixtures/workflow/project');
    const run = await runDiglot(['check', '--format', 'sarif'], { cwd: dir });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(errorsOf(log)).toEqual([]);
    const results = log.runs[0].results;
    expect(results.map((r) => `${r.ruleId} ${r.level}${r.suppressions ? ' suppressed' : ''}`)).toEqual([
      'term-missing-in-target error suppressed',
      'term-missing-in-target error',
      'term-forbidden error',
      'waiver-unused warning',
    ]);
    const german = read(dir, 'locales/de/gipfel.md');
    const english = read(dir, 'locales/en/gipfel.json');
    for (const r of results.slice(0, 3)) {
      const region = r.locations![0].physicalLocation.region!;
      expect(region.endLine).toBe(region.startLine);
      expect(german.slice(region.charOffset, region.charOffset + region.charLength)).toMatch(/^(Gipfel|Bündnis|Schwatzfest)$/);
      const rel = r.relatedLocations![0];
      expect(rel.physicalLocation.artifactLocation.uri).toBe('locales/en/gipfel.json');
      const value = JSON.parse(english.slice(rel.physicalLocation.region.charOffset, rel.physicalLocation.region.charOffset + rel.physicalLocation.region.charLength)) as string;
      expect(value).toMatch(/^The /);
    }
    expect(results[0].suppressions?.[0]).toMatchObject({ kind: 'external', justification: expect.stringMatching(/Word play/), properties: { reviewer: 'A. Editor', date: '2025-03-01' } });
    expect(results[3].locations?.[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'glossary/politics.yaml' }, region: { startLine: 23, startColumn: 5 } });
  });

  it('a finding of a QA check covered by a waiver keeps its level and is suppressed, pointing at the waiver', async () => {
    const run = await runDiglot(['check', '--format', 'sarif'], { cwd: copyProject('tests/fixtures/check/waivers/project') });
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(errorsOf(log)).toEqual([]);
    const results = log.runs[0].results.filter((r) => r.ruleId !== 'term-missing-in-target');
    expect(results.map((r) => `${r.ruleId} ${r.level}${r.suppressions ? ' suppressed' : ''}`)).toEqual([
      'entity-extra warning suppressed',
      'number-mismatch error',
      'punctuation-mismatch warning suppressed',
      'untranslated warning suppressed',
      'waiver-unused warning',
    ]);
    expect(results[0].message.text).toMatch(/^unit sd8d861d5: the English names "Moscow"/);
    expect(results[0].suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Gloss for English readers (where the delegation goes).', location: expect.objectContaining({ physicalLocation: { artifactLocation: { uri: 'glossary/a-qa.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 5 } } }), properties: { reviewer: 'A. Editor', date: '2026-12-07' } }]);
    expect(log.runs[0].tool.driver.rules.find((r) => r.id === 'entity-extra')).toMatchObject({ defaultConfiguration: { level: 'warning' } });
  });
});
