// `diglot coverage`: sections and parts, the four formats, and the CI gates.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { copyProject, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { runPipeline } from '../../src/project/index.js';
import { computeCoverage, evaluateGates, formatCoverageJunit, formatCoverageMarkdown } from '../../src/report/index.js';

const FIXTURE = 'tests/fixtures/sync/basic';

/** The fixture with one sentence edited (stale) and one translation removed (missing), both in "Der erste Tag". */
function incomplete(): string {
  const dir = copyProject(FIXTURE);
  write(dir, 'locales/de/gipfel.md', read(dir, 'locales/de/gipfel.md').replace('Das glaubt ihm niemand.', 'Das glaubt ihm wirklich niemand.'));
  const en = JSON.parse(read(dir, 'locales/en/gipfel.json')) as Record<string, string>;
  delete en['Dann reden sie lange über Politik.'];
  write(dir, 'locales/en/gipfel.json', JSON.stringify(en, null, 2));
  return dir;
}

function parseXml(xml: string): Array<{ name: string; attributes: Record<string, string> }> {
  const parser = new SaxesParser();
  const elements: Array<{ name: string; attributes: Record<string, string> }> = [];
  parser.on('opentag', (t) => elements.push({ name: t.name, attributes: t.attributes as Record<string, string> }));
  parser.write(xml).close();
  return elements;
}

describe('coverage report', () => {
  it('counts per section, and captions and quotations as parts, in segments, words and characters', async () => {
    const project = await runPipeline({ cwd: incomplete() });
    const report = computeCoverage(project.documents);
    const doc = report.documents[0];
    expect(doc.sections.map((s) => [s.id, s.segments, s.translated, s.stale, s.missing, s.complete])).toEqual([
      ['lede', 5, 5, 0, 0, true],
      ['summary', 3, 3, 0, 0, true],
      ['der-erste-tag', 5, 3, 1, 1, false],
      ['der-zweite-tag', 3, 3, 0, 0, true],
    ]);
    expect(doc.kinds.caption).toMatchObject({ segments: 2, translated: 2 });
    expect(doc.kinds.quotation).toMatchObject({ segments: 1, translated: 1 });
    expect(doc.sections[2].words).toMatchObject({ total: 31, stale: 5, missing: 6 });
    expect(doc.sections[2].characters.missing).toBe('Dann reden sie lange über Politik.'.length);
  });

  it('markdown: a PR comment with the table and the sections not ready to publish', async () => {
    const project = await runPipeline({ cwd: incomplete() });
    const md = formatCoverageMarkdown(computeCoverage(project.documents));
    expect(md).toMatch(/^### diglot coverage: 87\.5 % translated$/m);
    expect(md).toMatch(/^\| ❌ Der erste Tag \| 5 \| 3 \| 1 \| 0 \| 1 \| 20\/31 \| 60\.0 \|$/m);
    expect(md).toMatch(/^\| · captions \| 2 \| 2 \|/m);
    expect(md).toMatch(/^- locales\/de\/gipfel\.md › Der erste Tag: 1 stale, 1 missing$/m);
  });

  it('junit: well-formed XML, one case per document and section, incomplete ones failing with the segments', async () => {
    const project = await runPipeline({ cwd: incomplete() });
    const xml = formatCoverageJunit(computeCoverage(project.documents), { documents: project.documents });
    const elements = parseXml(xml);
    expect(elements.filter((e) => e.name === 'testcase').map((e) => e.attributes.name)).toEqual(['document', 'section lede', 'section summary', 'section der-erste-tag: Der erste Tag', 'section der-zweite-tag: Der zweite Tag']);
    expect(elements.find((e) => e.name === 'testsuites')?.attributes).toMatchObject({ tests: '5', failures: '2' });
    expect(xml).toMatch(/<failure type="incomplete" message="2 of 5 segments not translated: 1 stale, 1 missing">[^<]*stale: Das glaubt ihm wirklich niemand\./);
  });

  it('gates: --min, --min-document, --fail-on', async () => {
    const report = computeCoverage((await runPipeline({ cwd: incomplete() })).documents);
    expect(evaluateGates(report, {})).toEqual([]);
    expect(evaluateGates(report, { min: 90 }).map((f) => f.message)).toEqual(['total coverage 87.5 % is below --min 90 %']);
    expect(evaluateGates(report, { minDocument: 87.5, min: 87.5 })).toEqual([]);
    expect(evaluateGates(report, { failOn: ['stale', 'fuzzy'] }).map((f) => f.message)).toEqual(['locales/de/gipfel.md: 1 stale segment (--fail-on stale) in Der erste Tag']);
  });
});

describe('diglot coverage (CLI)', () => {
  it('keeps the JSON contract, extended with stale, fuzzy, words and sections', async () => {
    const res = await runDiglot(['coverage', '--format', 'json'], { cwd: incomplete() });
    const out = JSON.parse(res.stdout);
    expect(out.total).toMatchObject({ segments: 16, translated: 14, stale: 1, fuzzy: 0, missing: 1, percent: 87.5 });
    expect(out.total.translated + out.total.missing + out.total.stale).toBeLessThanOrEqual(out.total.segments);
    expect(out.documents[0]).toMatchObject({ path: 'locales/de/gipfel.md', sections: expect.any(Array), words: expect.any(Object) });
  });

  it('prints why a gate failed and exits 1; passing gates exit 0', async () => {
    const dir = incomplete();
    const res = await runDiglot(['coverage', '--min-document', '90', '--fail-on', 'stale,missing'], { cwd: dir });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/gate failed: locales\/de\/gipfel\.md: coverage 87\.5 % is below --min-document 90 %/);
    expect(res.stderr).toMatch(/gate failed: locales\/de\/gipfel\.md: 1 stale segment \(--fail-on stale\) in Der erste Tag/);
    expect(res.stderr).toMatch(/gate failed: locales\/de\/gipfel\.md: 1 missing segment \(--fail-on missing\)/);
    expect((await runDiglot(['coverage', '--min', '80', '--fail-on', 'fuzzy'], { cwd: dir })).code).toBe(0);
    expect((await runDiglot(['coverage', '--fail-on', 'late'], { cwd: dir })).code).toBe(2);
    const req = await runDiglot(['coverage', '--require', 'translated', '--format', 'markdown'], { cwd: dir });
    expect(req.code).toBe(1);
    expect(req.stderr).toMatch(/error require-translated: the unit is stale: "Das glaubt ihm wirklich niemand\."/);
    expect(req.stderr).toMatch(/gate failed: 2 segments below --require translated/);
  });

  it('the sample project is 100 % translated: --min 100 passes', async () => {
    const res = await runDiglot(['coverage', '--min', '100', '--fail-on', 'stale,fuzzy,missing', '--require', 'translated'], { cwd: copyProject('.', ['pipeline', 'locales', '.diglot', 'glossary']) });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
  });

  it('junit and markdown formats from the CLI', async () => {
    const dir = incomplete();
    const junit = await runDiglot(['coverage', '--format', 'junit'], { cwd: dir });
    expect(parseXml(junit.stdout)[0].name).toBe('testsuites');
    expect(junit.code).toBe(0); // formats report; only gates fail the run
    expect((await runDiglot(['coverage', '--format', 'markdown'], { cwd: dir })).stdout).toMatch(/Not ready to publish/);
  });
});
