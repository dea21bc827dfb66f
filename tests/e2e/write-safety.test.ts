// No write outside the project, end to end: an unsafe slug stops build, sync and import at the slug's
// file:line:col before any path is made; a symlinked output or resource leading outside the project is
// refused; one inside the project is written through (the link stays); patterns and symlinked
// articles outside the project are reported, never silently skipped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { treeOf } from '../helpers/crash.js';

const FIXTURE = 'tests/fixtures/sync/basic';
const SRC = 'locales/de/gipfel.md';
const RES = 'locales/en/gipfel.json';

const outsideDir = () => fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-outside-')));

/** The project with an XLIFF file to import (one English changed), made before the test edits anything. */
async function withImportFile(): Promise<string> {
  const dir = copyProject(FIXTURE);
  const xlf = (await runDiglot(['export', '--format', 'xliff'], { cwd: dir })).stdout;
  expect(xlf).toContain('<target>The press is satisfied.</target>');
  write(dir, 'back.xlf', xlf.replace('<target>The press is satisfied.</target>', '<target>The press is pleased.</target>'));
  return dir;
}

const COMMANDS: Array<{ name: string; argv: string[] }> = [
  { name: 'build', argv: ['build'] },
  { name: 'sync', argv: ['sync'] },
  { name: 'import', argv: ['import', 'back.xlf'] },
];

describe('an unsafe front-matter slug stops build, sync and import; nothing is written', () => {
  const outside = outsideDir();
  const SLUGS: Array<[string, string]> = [
    ['traversal into the English resource', '../locales/en/gipfel'],
    ['traversal into the German article', '../locales/de/gipfel'],
    ['absolute', `${outside}/pwned`],
    ['containing /', 'news/gipfel'],
    ['very long', 'a'.repeat(300)],
    ['a dot (names the archive of another slug)', 'gipfel.orphans'],
    ['uppercase', 'Gipfel'],
  ];
  for (const command of COMMANDS) {
    it.each(SLUGS)(`${command.name}: %s`, async (_name, slug) => {
      const dir = await withImportFile();
      write(dir, SRC, read(dir, SRC).replace('slug: gipfel', `slug: "${slug}"`));
      const before = treeOf(dir);
      const res = await runDiglot(command.argv, { cwd: dir });
      expect(res.code, res.stderr).toBe(2);
      expect(res.stderr).toMatch(/^locales\/de\/gipfel\.md:3:7: error frontmatter-invalid-slug: slug "[^\n]*" is not a safe slug \(1–80 characters of a–z, 0–9, "-" and "_", starting with a letter or digit\)\n {2}hint: write e\.g\. `slug: [a-z0-9-]+`/m);
      expect(res.stderr).not.toMatch(/^\s+at /m);
      expect(treeOf(dir)).toEqual(before);
      expect(fs.readdirSync(outside)).toEqual([]);
    });
  }

  it('a file name that is no safe slug (the default slug) is reported with a suggestion', async () => {
    const dir = copyProject(FIXTURE);
    fs.renameSync(path.join(dir, SRC), path.join(dir, 'locales/de/Gipfel in Genf.md'));
    write(dir, 'locales/de/Gipfel in Genf.md', read(dir, 'locales/de/Gipfel in Genf.md').replace('slug: gipfel\n', ''));
    const before = treeOf(dir);
    const res = await runDiglot(['build'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('locales/de/Gipfel in Genf.md:1:1: error source-invalid-slug: the file name gives the slug "Gipfel in Genf", which is not a safe slug');
    expect(res.stderr).toContain('hint: add `slug: gipfel-in-genf` to the front matter, or rename the file');
    expect(treeOf(dir)).toEqual(before);
  });
});

describe('align --write-locale goes through the same guards', () => {
  it('refuses an unsafe slug of the German article, and a resource symlinked outside the project', async () => {
    const dir = copyProject('tests/fixtures/align/project');
    const article = 'locales/de/brand.md';
    const original = read(dir, article);
    write(dir, article, original.replace('slug: brand', 'slug: ../en/brand'));
    const before = treeOf(dir);
    const res = await runDiglot(['align', article, 'incoming/brand.en.md', '--write-locale', '--prefer', 'file'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^locales\/de\/brand\.md:3:7: error frontmatter-invalid-slug: slug "\.\.\/en\/brand" is not a safe slug/m);
    expect(treeOf(dir)).toEqual(before);
    write(dir, article, original);
    const outside = outsideDir();
    fs.renameSync(path.join(dir, 'locales/en/brand.json'), path.join(outside, 'brand.json'));
    fs.symlinkSync(path.join(outside, 'brand.json'), path.join(dir, 'locales/en/brand.json'));
    const theirs = fs.readFileSync(path.join(outside, 'brand.json'), 'utf8');
    const linked = await runDiglot(['align', article, 'incoming/brand.en.md', '--write-locale', '--prefer', 'file'], { cwd: dir });
    expect(linked.code).toBe(2);
    expect(linked.stderr).toMatch(/error output-path-unsafe: refusing to write "brand\.json" in locales\/en: it is a symlink/);
    expect(fs.readFileSync(path.join(outside, 'brand.json'), 'utf8')).toBe(theirs);
  });
});

describe('symlinks where diglot writes', () => {
  it('build refuses an output that is a symlink leading outside the project; nothing is written', async () => {
    const dir = copyProject(FIXTURE);
    expect((await runDiglot(['build'], { cwd: dir })).code).toBe(0);
    const outside = outsideDir();
    fs.writeFileSync(path.join(outside, 'index.html'), 'the web server\'s page');
    fs.rmSync(path.join(dir, 'dist/gipfel.html'));
    fs.symlinkSync(path.join(outside, 'index.html'), path.join(dir, 'dist/gipfel.html'));
    write(dir, SRC, read(dir, SRC).replace('Die Presse ist zufrieden.', 'Die Presse jubelt.'));
    const before = treeOf(dir);
    const res = await runDiglot(['build'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^dist\/gipfel\.html: error output-path-unsafe: refusing to write "gipfel\.html" in dist: it is a symlink \(or inside one\) that leads to .*index\.html, outside the project; nothing was written$/m);
    expect(treeOf(dir)).toEqual(before);
    expect(fs.readFileSync(path.join(outside, 'index.html'), 'utf8')).toBe('the web server\'s page');
  });

  for (const command of COMMANDS.filter((c) => c.name !== 'build')) {
    it(`${command.name} refuses a resource that is a symlink leading outside the project`, async () => {
      const dir = await withImportFile();
      const outside = outsideDir();
      fs.renameSync(path.join(dir, RES), path.join(outside, 'gipfel.json'));
      fs.symlinkSync(path.join(outside, 'gipfel.json'), path.join(dir, RES));
      const theirs = fs.readFileSync(path.join(outside, 'gipfel.json'), 'utf8');
      write(dir, SRC, read(dir, SRC).replace('Dann reden sie lange über Politik.', 'Dann reden sie über Politik.'));
      const before = treeOf(dir);
      const res = await runDiglot(command.argv, { cwd: dir });
      expect(res.code, res.stdout).toBe(2);
      expect(res.stderr).toMatch(/error output-path-unsafe: refusing to write "gipfel\.json" in locales\/en: it is a symlink/);
      expect(treeOf(dir)).toEqual(before);
      expect(fs.readFileSync(path.join(outside, 'gipfel.json'), 'utf8')).toBe(theirs);
    });

    it(`${command.name} writes through a symlinked resource inside the project and keeps the link`, async () => {
      const dir = await withImportFile();
      fs.mkdirSync(path.join(dir, 'translations'));
      fs.renameSync(path.join(dir, RES), path.join(dir, 'translations/gipfel.json'));
      fs.symlinkSync('../../translations/gipfel.json', path.join(dir, RES));
      write(dir, SRC, read(dir, SRC).replace('Dann reden sie lange über Politik.', 'Dann reden sie über Politik.'));
      const res = await runDiglot(command.argv, { cwd: dir });
      expect(res.code, res.stderr).toBe(0);
      expect(fs.lstatSync(path.join(dir, RES)).isSymbolicLink()).toBe(true);
      const resource = JSON.parse(read(dir, 'translations/gipfel.json')) as Record<string, string | null>;
      expect(resource).toHaveProperty(['Dann reden sie über Politik.'], null);
      expect(resource).not.toHaveProperty(['Dann reden sie lange über Politik.']);
      if (command.name === 'import') expect(resource['Die Presse ist zufrieden.']).toBe('The press is pleased.');
      expect(fs.existsSync(path.join(dir, '.diglot/locales/en/gipfel.diglot.json'))).toBe(true);
    });
  }
});

describe('glossary --out goes through the guard', () => {
  it('refuses a FILE that is a symlink leading outside the project, writes through one inside', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const outside = outsideDir();
    fs.writeFileSync(path.join(outside, 'terms.csv'), 'theirs');
    fs.symlinkSync(path.join(outside, 'terms.csv'), path.join(dir, 'terms.csv'));
    const res = await runDiglot(['glossary', 'export', '--format', 'csv', '--out', 'terms.csv'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/error output-path-unsafe: refusing to write "terms\.csv" in \.: it is a symlink/);
    expect(fs.readFileSync(path.join(outside, 'terms.csv'), 'utf8')).toBe('theirs');
    fs.mkdirSync(path.join(dir, 'exports'));
    fs.symlinkSync('exports/terms.csv', path.join(dir, 'inside.csv'));
    const ok = await runDiglot(['glossary', 'export', '--format', 'csv', '--out', 'inside.csv'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(fs.lstatSync(path.join(dir, 'inside.csv')).isSymbolicLink()).toBe(true);
    expect(read(dir, 'exports/terms.csv')).toMatch(/^de,en/);
  });
});

describe('sources outside the project', () => {
  it('a symlinked article inside the project is built; one leading outside is reported (exit 2)', async () => {
    const dir = copyProject(FIXTURE);
    fs.mkdirSync(path.join(dir, 'drafts'));
    fs.renameSync(path.join(dir, SRC), path.join(dir, 'drafts/gipfel.md'));
    fs.symlinkSync('../../drafts/gipfel.md', path.join(dir, SRC));
    const ok = await runDiglot(['build'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/1 document, 16 segments/);
    const outside = outsideDir();
    fs.writeFileSync(path.join(outside, 'fremd.md'), '---\nslug: fremd\n---\n\nFremder Text.\n');
    fs.symlinkSync(path.join(outside, 'fremd.md'), path.join(dir, 'locales/de/fremd.md'));
    const res = await runDiglot(['build'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('locales/de/fremd.md: error source-outside-project: locales/de/fremd.md (matched by sources "locales/de/*.md") is a symlink to a file outside the project; it is not read');
  });

  it('an absolute sources pattern inside the project works; one outside is a clear error', async () => {
    const dir = copyProject(FIXTURE);
    const config = read(dir, 'pipeline/edition.yaml');
    write(dir, 'pipeline/edition.yaml', config.replace('  - locales/de/*.md', `  - ${path.join(dir, 'locales/de/*.md')}`));
    const ok = await runDiglot(['build'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/1 document, 16 segments/);
    const outside = outsideDir();
    write(dir, 'pipeline/edition.yaml', config.replace('  - locales/de/*.md', `  - locales/de/*.md\n  - ${outside}/*.md`));
    const res = await runDiglot(['build'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(`pipeline/edition.yaml: error config-path-outside-project: the sources pattern "${outside}/*.md" points outside the project`);
  });
});
