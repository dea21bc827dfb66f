// outDir (and `export --out`) may not be, contain or lie inside anything diglot reads: sources,
// the locales folder, glossaries, the run definition; nor receive outputs a sources pattern would
// read back. Refused with config-outdir-overlaps at outDir's position, exit 2, nothing written.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { DiglotError, type Diagnostic } from '../../src/model/diagnostic.js';
import { copyProject, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { treeOf } from '../helpers/crash.js';

const FIXTURE = 'tests/fixtures/build/basic/input';
const BASE = 'sources:\n  - locales/de/*.md\nsourceLanguage: de-CH\ntargetLanguage: en-GB\nglossaries:\n  - glossary/*.yaml\noutputs: [html, md, json, coverage]\n';

function errorsOf(fn: () => unknown): Diagnostic[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof DiglotError) return e.diagnostics;
    throw e;
  }
  return [];
}

describe('config-outdir-overlaps', () => {
  it.each([
    ['the English resources', 'locales/en', /^outDir "locales\/en" is inside the locales folder "locales"/],
    ['the German articles', 'locales/de', /^outDir "locales\/de" is inside the locales folder "locales"/],
    ['the locales folder', 'locales', /^outDir "locales" is the locales folder "locales"/],
    ['the .diglot folder', '.diglot', /^outDir "\.diglot" contains the companion store \(orphans archives, sidecars\) "\.diglot\/locales"/],
    ['inside the companion store', '.diglot/locales/en', /^outDir "\.diglot\/locales\/en" is inside the companion store \(orphans archives, sidecars\) "\.diglot\/locales"/],
    ['the project root', '.', /^outDir "\." contains the run definition "pipeline\/edition\.yaml"/],
    ['the config folder', 'pipeline', /^outDir "pipeline" contains the run definition "pipeline\/edition\.yaml"/],
    ['the glossary folder', 'glossary', /^outDir "glossary" contains the glossary "glossary\/mini\.yaml"/],
    ['inside the glossary folder', 'glossary/out', /^outDir "glossary\/out" is inside the folder of the glossaries "glossary"/],
  ])('refuses outDir = %s at its position', (_name, outDir, message) => {
    const dir = copyProject(FIXTURE);
    write(dir, 'pipeline/edition.yaml', `${BASE}outDir: ${outDir}\n`);
    const errors = errorsOf(() => loadConfig(dir));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ ruleId: 'config-outdir-overlaps', severity: 'error', file: 'pipeline/edition.yaml', place: { start: { line: 8, column: 9 } } });
    expect(errors[0].message).toMatch(message);
    expect(errors[0].message).toMatch(/building would overwrite what diglot reads$/);
  });

  it('refuses a folder a sources pattern would read the outputs back from', () => {
    const dir = copyProject(FIXTURE);
    write(dir, 'pipeline/edition.yaml', BASE.replace('locales/de/*.md', '"**/*.md"'));
    const [e] = errorsOf(() => loadConfig(dir));
    expect(e.ruleId).toBe('config-outdir-overlaps');
    expect(e.message).toBe('outDir "dist" would receive outputs such as "dist/x.md", which the sources pattern "**/*.md" reads back as a source; building would overwrite what diglot reads');
    // without Markdown outputs the same pattern is fine
    write(dir, 'pipeline/edition.yaml', BASE.replace('locales/de/*.md', '"**/*.md"').replace('outputs: [html, md, json, coverage]', 'outputs: [html, json]'));
    expect(errorsOf(() => loadConfig(dir))).toEqual([]);
  });

  it('points at the colliding key when outDir is the default', () => {
    const dir = copyProject(FIXTURE);
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.renameSync(path.join(dir, 'locales/de/mini.md'), path.join(dir, 'dist/mini.md'));
    write(dir, 'pipeline/edition.yaml', BASE.replace('locales/de/*.md', 'dist/*.md'));
    const [e] = errorsOf(() => loadConfig(dir));
    expect(e).toMatchObject({ ruleId: 'config-outdir-overlaps', place: { start: { line: 2, column: 3 } } });
    expect(e.message).toMatch(/^outDir "dist" contains the source "dist\/mini\.md"/);
  });

  it('sees through a symlinked outDir', () => {
    const dir = copyProject(FIXTURE);
    fs.symlinkSync('locales/en', path.join(dir, 'public'));
    write(dir, 'pipeline/edition.yaml', `${BASE}outDir: public\n`);
    const [e] = errorsOf(() => loadConfig(dir));
    expect(e?.message).toMatch(/^outDir "public" is inside the locales folder "locales"/);
  });

  it('sees through a source that is a symlink into outDir (each file checked, not only its folder)', () => {
    const dir = copyProject(FIXTURE);
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.renameSync(path.join(dir, 'locales/de/mini.md'), path.join(dir, 'dist/mini.md'));
    fs.symlinkSync('../../dist/mini.md', path.join(dir, 'locales/de/mini.md'));
    write(dir, 'pipeline/edition.yaml', BASE);
    const [e] = errorsOf(() => loadConfig(dir));
    expect(e?.message).toMatch(/^outDir "dist" contains the source "locales\/de\/mini\.md"/);
  });

  it('accepts a folder of its own', () => {
    const dir = copyProject(FIXTURE);
    write(dir, 'pipeline/edition.yaml', `${BASE}outDir: public/edition\n`);
    expect(loadConfig(dir).outDir).toBe('public/edition');
  });

  it('stops diglot build with exit 2 before anything is written', async () => {
    const dir = copyProject(FIXTURE);
    write(dir, 'pipeline/edition.yaml', `${BASE}outDir: locales/en\n`);
    const before = treeOf(dir);
    const res = await runDiglot(['build'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^pipeline\/edition\.yaml:8:9: error config-outdir-overlaps: outDir "locales\/en" is inside the locales folder/m);
    expect(treeOf(dir)).toEqual(before);
    expect(read(dir, 'locales/en/mini.json')).toBe(before['locales/en/mini.json']);
  });

  it('export --out refuses the same folders (export-out-overlaps)', async () => {
    const dir = copyProject(FIXTURE);
    const before = treeOf(dir);
    const res = await runDiglot(['export', '--format', 'xliff', '--out', 'locales/en'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^error export-out-overlaps: --out "locales\/en" is inside the locales folder "locales"; exporting there could overwrite what diglot reads/m);
    expect(treeOf(dir)).toEqual(before);
    const ok = await runDiglot(['export', '--format', 'xliff', '--out', 'exports'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'exports'))).toEqual(['mini.xlf']);
  });
});
