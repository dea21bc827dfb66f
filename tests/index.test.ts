// Pins the public API: adding or removing an export is a deliberate change to this list.
import { describe, expect, it } from 'vitest';
import * as diglot from '../src/index.js';

const EXPECTED = [
  'BUILTIN_RULES', 'CHECK_RULES', 'DEFAULT_CONFIG_PATH', 'DiglotError', 'MemoryIndex',
  'alignSegments', 'alignStructured', 'applySyncPlan', 'assignSegmentIds', 'checkDocument', 'checkTermsInTarget',
  'compileGlossary', 'computeCoverage', 'diffWords', 'editionSchema', 'escapeHtml', 'evaluateGates', 'exportAll',
  'exportFiles', 'findOccurrences', 'formatCoverageJson', 'formatCoverageJunit', 'formatCoverageMarkdown',
  'formatCoverageText', 'formatDiagnostic', 'hasErrors', 'loadConfig', 'loadGlossaries', 'loadMemory', 'loadSrx',
  'lookupGlossary', 'matchDocument', 'matchTerms', 'matchUnits', 'parseGlossary', 'planImport', 'planSync',
  'readGlossaryCsv', 'readInterchange', 'readTbx', 'renderHtmlEdition', 'renderJsonEdition', 'renderMarkdownEdition', 'renderReviewEdition',
  'renderOutputs', 'requireStatus', 'restoreMarkup', 'runCli', 'runPipeline', 'segmentDocument', 'segmentKey',
  'segmentPlainDocument', 'segmentText', 'similarity', 'toSarif', 'tokenizeKey', 'writeGlossaryCsv',
  'writeGlossaryYaml', 'writeTbx', 'writeTmx', 'writeXliff12', 'writeXliff21',
];

describe('public API (src/index.ts)', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(diglot).sort()).toEqual([...EXPECTED].sort());
  });

  it('works end to end without the CLI: segment → match → coverage', () => {
    const { document } = diglot.segmentDocument({ path: 'a.md', text: 'Am 24. Februar kam Dr. Meier. Dann ging er.\n' });
    expect(document.segments.map((s) => s.key)).toEqual(['Am 24. Februar kam Dr. Meier.', 'Dann ging er.']);
    const { units } = diglot.matchUnits(document, { file: 'a.json', entries: new Map([['Dann ging er.', 'Then he left.']]) });
    expect(diglot.computeCoverage([{ source: document, units }]).total).toMatchObject({ segments: 2, translated: 1, missing: 1 });
  });
});
