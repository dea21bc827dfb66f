// Pins the public API: adding or removing an export is a deliberate change to these lists (values at
// run time, the named types at compile time), for `diglot` and for `diglot/cli`.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as diglot from '../src/index.js';
import * as cli from '../src/cli/index.js';
import type { BuildEditionOptions, Edition, ProjectLocation, OutputFile, SegmentDocumentResult, ImportPlan, CoverageReport, Diagnostic } from '../src/index.js';
import type { CommandIO } from '../src/cli/index.js';
import { copyProject, listFiles } from './helpers/project.js';

const EXPECTED = [
  'BUILTIN_RULES', 'DEFAULT_CONFIG_PATH', 'DiglotError', 'MemoryIndex', 'RULES',
  'alignSegments', 'alignStructured', 'applySyncPlan', 'assignSegmentIds', 'annotateTerms', 'buildEdition', 'buildProject', 'checkDocument', 'checkProject', 'checkTermsInTarget',
  'compileGlossary', 'computeCoverage', 'diffWords', 'editionSchema', 'escapeHtml', 'evaluateGates', 'exportAll',
  'exportFiles', 'findOccurrences', 'findProjectRoot', 'formatCoverageJson', 'formatCoverageJunit', 'formatCoverageMarkdown',
  'formatCoverageText', 'formatDiagnostic', 'hasErrors', 'isFatal', 'loadConfig', 'loadGlossaries', 'loadLocaleStates', 'loadMemory', 'loadProject', 'loadSrx', 'loadTermEngine',
  'locateProject', 'lookupGlossary', 'matchDocument', 'matchTerms', 'matchUnits', 'parseGlossary', 'parseResource', 'planImport', 'planLocaleFiles', 'planSync',
  'readGlossaryCsv', 'readInterchange', 'readLocaleState', 'readTbx', 'renderHtmlEdition', 'renderJsonEdition', 'renderMarkdownEdition', 'renderReviewEdition',
  'renderOutputs', 'requireStatus', 'restoreMarkup', 'ruleSpec', 'runPipeline', 'segmentDocument', 'segmentKey',
  'segmentPlainDocument', 'segmentSources', 'segmentText', 'similarity', 'toSarif', 'tokenizeKey', 'writeEdition', 'writeGlossaryCsv',
  'writeGlossaryYaml', 'writeTbx', 'writeTmx', 'writeXliff12', 'writeXliff21',
];

describe('public API (src/index.ts)', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(diglot).sort()).toEqual([...EXPECTED].sort());
  });

  it('keeps the CLI runner apart, in diglot/cli', () => {
    expect(Object.keys(cli).sort()).toEqual(['EXIT', 'runCli']);
    expect(cli.EXIT).toEqual({ ok: 0, findings: 1, usage: 2, internal: 70 });
  });

  it('names the types its signatures use', () => {
    expectTypeOf(diglot.buildEdition).parameter(0).toEqualTypeOf<BuildEditionOptions | undefined>();
    expectTypeOf(diglot.buildEdition).returns.resolves.toEqualTypeOf<Edition>();
    expectTypeOf<Edition['files']>().toEqualTypeOf<OutputFile[]>();
    expectTypeOf<Edition['coverage']>().toEqualTypeOf<CoverageReport>();
    expectTypeOf<Edition['diagnostics']>().toEqualTypeOf<Diagnostic[]>();
    expectTypeOf(diglot.locateProject).returns.toEqualTypeOf<ProjectLocation>();
    expectTypeOf(diglot.segmentDocument).returns.toEqualTypeOf<SegmentDocumentResult>();
    expectTypeOf(diglot.planImport).returns.toEqualTypeOf<ImportPlan>();
    expectTypeOf(cli.runCli).parameter(1).toEqualTypeOf<CommandIO>();
  });

  it('works end to end without the CLI: segment → match → coverage', () => {
    const { document } = diglot.segmentDocument({ path: 'a.md', text: 'Am 24. Februar kam Dr. Meier. Dann ging er.\n' });
    expect(document.segments.map((s) => s.key)).toEqual(['Am 24. Februar kam Dr. Meier.', 'Dann ging er.']);
    const { units } = diglot.matchUnits(document, { file: 'a.json', entries: new Map([['Dann ging er.', 'Then he left.']]) });
    expect(diglot.computeCoverage([{ source: document, units }]).total).toMatchObject({ segments: 2, translated: 1, missing: 1 });
  });

  it('buildEdition renders a project found from a subdirectory; writeEdition writes it under the root', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const edition = await diglot.buildEdition({ cwd: path.join(dir, 'locales/de') });
    expect(edition.config.root).toBe(dir);
    expect(edition.files.map((f) => f.path.split(path.sep).join('/'))).toEqual(['dist/mini.html', 'dist/mini.review.html', 'dist/mini.md', 'dist/mini.json', 'dist/coverage.json']);
    expect(edition.coverage.total).toMatchObject({ segments: 11, translated: 11, percent: 100 });
    expect(edition.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(edition.project.documents[0].source.slug).toBe('mini');
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false); // rendering writes nothing
    const written = diglot.writeEdition(edition);
    expect(written.written).toEqual(edition.files.map((f) => f.path));
    expect(written.removed).toEqual([]);
    expect(listFiles(path.join(dir, 'dist'))).toEqual(['.diglot-manifest.json', 'coverage.json', 'mini.html', 'mini.json', 'mini.md', 'mini.review.html']);
    expect(fs.readFileSync(path.join(dir, 'dist/mini.html'), 'utf8')).toBe(edition.files[0].content);
  });

  it('buildEdition throws DiglotError (not a crash) for an unusable project', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    fs.writeFileSync(path.join(dir, 'pipeline/edition.yaml'), 'sources: [nothing/*.md]\n');
    await expect(diglot.buildEdition({ cwd: dir })).rejects.toBeInstanceOf(diglot.DiglotError);
  });
});
