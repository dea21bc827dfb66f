// dist/ hygiene and all-or-nothing builds: the build records what it wrote in dist/.diglot-manifest.json,
// removes the outputs of renamed or withdrawn articles (only files it wrote, unchanged since), never a
// file it did not write, and writes nothing at all when one output cannot be written.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, listFiles, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { treeOf } from '../helpers/crash.js';
import { hashContent, parseManifest, planStaleOutputs, serializeManifest } from '../../src/project/output-manifest.js';

const FIXTURE = 'tests/fixtures/sync/basic';
const SRC = 'locales/de/gipfel.md';

async function build(dir: string) {
  const res = await runDiglot(['build'], { cwd: dir });
  expect(res.code, res.stderr).toBe(0);
  return res;
}

describe('the build manifest', () => {
  it('lists every output with the hash of what was written', async () => {
    const dir = copyProject(FIXTURE);
    await build(dir);
    const manifest = parseManifest(read(dir, 'dist/.diglot-manifest.json'));
    expect(Object.keys(manifest!.files).sort()).toEqual(['coverage.json', 'gipfel.html']);
    expect(manifest!.files['gipfel.html']).toBe(hashContent(fs.readFileSync(path.join(dir, 'dist/gipfel.html'))));
  });

  it('a renamed article leaves no stale page; a file a user put in dist/ survives', async () => {
    const dir = copyProject(FIXTURE);
    write(dir, 'pipeline/edition.yaml', read(dir, 'pipeline/edition.yaml').replace('outputs: [html, coverage]', 'outputs: [html, md, json, coverage, xliff]'));
    await build(dir);
    write(dir, 'dist/robots.txt', 'User-agent: *\n');
    write(dir, 'dist/gipfel.notes.txt', 'my notes next to the page\n');
    // the slug changes (an article renamed): its resource moves with it
    write(dir, SRC, read(dir, SRC).replace('slug: gipfel', 'slug: gipfel-genf'));
    for (const f of ['gipfel.json']) fs.renameSync(path.join(dir, 'locales/en', f), path.join(dir, 'locales/en', 'gipfel-genf.json'));
    const res = await build(dir);
    expect(listFiles(path.join(dir, 'dist'))).toEqual(['.diglot-manifest.json', 'coverage.json', 'gipfel-genf.html', 'gipfel-genf.json', 'gipfel-genf.md', 'gipfel-genf.xlf', 'gipfel.notes.txt', 'robots.txt']);
    expect(res.stdout).toContain('removed dist/gipfel.html, dist/gipfel.json, dist/gipfel.md, dist/gipfel.xlf (outputs of an earlier build that this one no longer makes)');
    expect(read(dir, 'dist/robots.txt')).toBe('User-agent: *\n');
  });

  it('removes an output format dropped from the run definition, but keeps an output someone changed', async () => {
    const dir = copyProject(FIXTURE);
    await build(dir);
    write(dir, 'dist/gipfel.html', '<p>edited by hand</p>');
    write(dir, 'pipeline/edition.yaml', read(dir, 'pipeline/edition.yaml').replace('outputs: [html, coverage]', 'outputs: [coverage]'));
    const res = await build(dir);
    expect(read(dir, 'dist/gipfel.html')).toBe('<p>edited by hand</p>');
    expect(res.stderr).toContain('dist/gipfel.html: info output-stale-kept: dist/gipfel.html was written by an earlier build for an output this build no longer makes, but it has been changed since; it is kept');
    expect(Object.keys(parseManifest(read(dir, 'dist/.diglot-manifest.json'))!.files)).toEqual(['coverage.json']);
    // once it is no longer in the manifest, diglot never touches it again
    await build(dir);
    expect(read(dir, 'dist/gipfel.html')).toBe('<p>edited by hand</p>');
  });

  it('ignores a manifest that is not one (warning), and names in a manifest that are not plain file names', async () => {
    const dir = copyProject(FIXTURE);
    await build(dir);
    const resource = read(dir, 'locales/en/gipfel.json');
    write(dir, 'dist/.diglot-manifest.json', JSON.stringify({ format: 'diglot-manifest/1', files: { '../locales/en/gipfel.json': hashContent(resource), '__proto__': 'x' } }));
    await build(dir);
    expect(read(dir, 'locales/en/gipfel.json')).toBe(resource);
    write(dir, 'dist/.diglot-manifest.json', 'not json');
    const res = await build(dir);
    expect(res.stderr).toContain('warning output-manifest-invalid: dist/.diglot-manifest.json is not a diglot manifest; outputs of removed articles are not cleaned up this time');
    expect(parseManifest(read(dir, 'dist/.diglot-manifest.json'))).toBeDefined();
  });
});

describe('a build that cannot write one output writes none, and says so truly', () => {
  it('an unwritable dist/coverage.json leaves every previous output as it was', async () => {
    const dir = copyProject(FIXTURE);
    write(dir, 'pipeline/edition.yaml', read(dir, 'pipeline/edition.yaml').replace('outputs: [html, coverage]', 'outputs: [html, md, json, coverage, tmx, xliff, xliff12, tbx]'));
    await build(dir);
    fs.rmSync(path.join(dir, 'dist/coverage.json'));
    fs.mkdirSync(path.join(dir, 'dist/coverage.json'));
    write(dir, SRC, read(dir, SRC).replace('Die Presse ist zufrieden.', 'Die Presse jubelt.'));
    const before = treeOf(dir);
    const res = await runDiglot(['build'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toBe('dist/coverage.json: error output-unwritable: cannot write dist/coverage.json (EISDIR); nothing was written\n  hint: check the output directory (outDir, --out, the locale folder) and its permissions, and that the disk is not full\n');
    expect(treeOf(dir)).toEqual(before);
  });
});

describe('planStaleOutputs', () => {
  it('removes what diglot wrote and no longer writes, keeps what changed, ignores what is gone', () => {
    const manifest = parseManifest(serializeManifest([{ name: 'a.html', content: 'A' }, { name: 'b.html', content: 'B' }, { name: 'c.html', content: 'C' }, { name: 'd.html', content: 'D' }]));
    const disk: Record<string, string> = { 'a.html': 'A', 'b.html': 'B edited', 'd.html': 'D' };
    const plan = planStaleOutputs(manifest, new Set(['d.html']), (n) => (n in disk ? hashContent(disk[n]) : undefined));
    expect(plan).toEqual({ remove: ['a.html'], changed: ['b.html'] });
    expect(planStaleOutputs(undefined, new Set(), () => 'x')).toEqual({ remove: [], changed: [] });
  });
});
