// `diglot init`: a new project with commented run definition, locale folders, glossary + schema and
// .gitignore; never overwrites; and the newsroom path init → sync → translate → build works in a
// scratch folder outside the repository.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runDiglot } from '../helpers/cli.js';
import { listFiles, read, repoRoot, write } from '../helpers/project.js';
import { extendGitignore, findIgnoredStore } from '../../src/project/scaffold.js';

const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-init-'));

describe('diglot init', () => {
  it('creates a project: commented run definition, glossary with its schema for editors, locale folders, .gitignore', async () => {
    const dir = scratch();
    const res = await runDiglot(['init'], { cwd: dir });
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    expect(listFiles(dir)).toEqual(['.gitignore', 'glossary/glossary.yaml', 'glossary/schema.json', 'locales/de/.gitkeep', 'locales/en/.gitkeep', 'pipeline/edition.yaml']);
    const config = read(dir, 'pipeline/edition.yaml');
    expect(config.split('\n').filter((l) => l.includes('#')).length).toBeGreaterThanOrEqual(10);
    expect(parseYaml(config)).toMatchObject({ sources: ['locales/de/*.md'], glossaries: ['glossary/*.yaml'], outDir: 'dist' });
    expect(read(dir, 'glossary/glossary.yaml')).toMatch(/^# yaml-language-server: \$schema=\.\/schema\.json\n/);
    expect(read(dir, 'glossary/schema.json')).toBe(read(repoRoot, 'glossary/schema.json'));
    expect(read(dir, '.gitignore').split('\n')).toContain('dist/');
    // the build cache is ignored; the companion store (sidecars, orphans archives) is project data
    const ignored = read(dir, '.gitignore').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    expect(ignored).toContain('.diglot/cache/');
    expect(ignored.filter((l) => /^\/?\.diglot(\/(\*\*?)?)?$|^\/?\.diglot\/locales/.test(l.trim()))).toEqual([]);
    expect(res.stdout).toContain('write a German article as locales/de/<slug>.md');
    // the new project is valid as it stands: its glossary validates, and build says what is missing
    expect((await runDiglot(['glossary', 'validate'], { cwd: dir })).code).toBe(0);
    const build = await runDiglot(['build'], { cwd: dir });
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('error source-not-found: no source file matches "locales/de/*.md"');
    expect(build.stderr).toContain('hint: no article yet: write one as locales/de/<slug>.md (front matter: title, slug, source, language), then run `diglot sync`');
  });

  it('creates DIR when needed, and reports what it made as JSON', async () => {
    const dir = scratch();
    const res = await runDiglot(['init', 'news/site', '--example', '--format', 'json'], { cwd: dir });
    expect(res.code).toBe(0);
    const o = JSON.parse(res.stdout) as { root: string; created: string[]; updated: string[] };
    expect(o.root).toBe('news/site');
    expect(o.created).toContain('news/site/locales/de/beispiel-datenschutz.md');
    expect(o.created.length).toBe(6);
    expect(o.updated).toEqual([]);
    expect(listFiles(path.join(dir, 'news/site'))).toHaveLength(6);
  });

  it('refuses to overwrite: names every file that exists, writes nothing, exit 2', async () => {
    const dir = scratch();
    write(dir, 'glossary/glossary.yaml', 'terms: []\n# mine\n');
    write(dir, 'pipeline/edition.yaml', 'sources: [x.md]\n');
    const res = await runDiglot(['init', '--example'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('pipeline/edition.yaml: error init-file-exists: pipeline/edition.yaml exists already; diglot init never overwrites a file');
    expect(res.stderr).toContain('hint: this is a diglot project already');
    expect(res.stderr).toContain('glossary/glossary.yaml: error init-file-exists');
    expect(listFiles(dir)).toEqual(['glossary/glossary.yaml', 'pipeline/edition.yaml']);
    expect(read(dir, 'glossary/glossary.yaml')).toBe('terms: []\n# mine\n');
  });

  it('keeps an existing .gitignore and adds only the lines diglot needs', async () => {
    const dir = scratch();
    write(dir, '.gitignore', 'node_modules\n*.log');
    const res = await runDiglot(['init'], { cwd: dir });
    expect(res.code).toBe(0);
    expect(read(dir, '.gitignore')).toBe('node_modules\n*.log\n# diglot\ndist/\n.diglot-tmp-*\n.diglot/cache/\n');
    expect(res.stdout).toContain('~ .gitignore (added the lines diglot needs)');
    expect(extendGitignore(read(dir, '.gitignore'))).toBe(read(dir, '.gitignore'));
    expect(extendGitignore('')).toBe('# diglot\ndist/\nnode_modules/\n.diglot-tmp-*\n.diglot/cache/\n');
  });

  it('warns when an existing .gitignore hides the companion store (sidecars, archives) from git', async () => {
    const dir = scratch();
    write(dir, '.gitignore', 'node_modules\n.diglot/\n');
    const res = await runDiglot(['init'], { cwd: dir });
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/^\.gitignore:2:1: warning init-gitignore-hides-store: "\.diglot\/" makes git ignore \.diglot\/locales\//m);
    expect(read(dir, '.gitignore')).toBe('node_modules\n.diglot/\n# diglot\ndist/\n.diglot-tmp-*\n.diglot/cache/\n');
    for (const hides of ['.diglot', '/.diglot', '.diglot/**', '.diglot/locales/', '.diglot/locales/en', '.diglot/*\n!.diglot/cache/']) expect(findIgnoredStore(`x\n${hides}\n`), hides).toMatchObject({ line: 2 });
    for (const keeps of ['.diglot/cache/', '.diglot-tmp-*', '.diglot/*\n!.diglot/locales/', 'dist/']) expect(findIgnoredStore(`${keeps}\n`), keeps).toBeUndefined();
  });

  it('refuses a DIR that is a file', async () => {
    const dir = scratch();
    write(dir, 'taken', 'x');
    const res = await runDiglot(['init', 'taken'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('error init-file-exists: taken exists and is not a directory');
  });
});

describe('the newsroom path, end to end (scratch folder outside the repository)', () => {
  it('init --example → sync → translate → build, run from the project root and from locales/de/', async () => {
    const dir = scratch();
    expect(path.relative(repoRoot, dir).startsWith('..')).toBe(true);
    expect((await runDiglot(['init', '--example'], { cwd: dir })).code).toBe(0);
    const de = path.join(dir, 'locales', 'de');
    const sync = await runDiglot(['sync'], { cwd: de });
    expect(sync.code).toBe(0);
    expect(sync.stdout).toMatch(/^\.\.\/en\/beispiel-datenschutz\.json: 0 kept, 14 added as untranslated \(null\); wrote \.\.\/en\/beispiel-datenschutz\.json, \.\.\/\.\.\/\.diglot\/locales\/en\/beispiel-datenschutz\.diglot\.json\n$/);
    const file = 'locales/en/beispiel-datenschutz.json';
    const en = JSON.parse(read(dir, file)) as Record<string, string | null>;
    const keys = Object.keys(en);
    expect(keys).toHaveLength(14);
    expect(Object.values(en).every((v) => v === null)).toBe(true);
    // before translating: the warnings say to replace the nulls sync wrote, not to run sync again
    const before = await runDiglot(['build'], { cwd: de });
    expect(before.code).toBe(0);
    expect(before.stderr).toContain('beispiel-datenschutz.md:13:1: warning translation-missing: no English for "Der Bundesrat will den Datenschutz stärken."\n  hint: translate it: replace the null of this key in locales/en/beispiel-datenschutz.json');
    expect(before.stderr).not.toContain('diglot sync');
    // a translator fills in the English
    const english: Record<string, string> = {
      'Der Bundesrat will den Datenschutz stärken': 'The Federal Council wants to strengthen data protection',
      'Das Bundeshaus in Bern.': 'The Federal Palace in Bern.',
      'Archivbild: Beispiel': 'Archive photo: example',
      'Der Bundesrat will den Datenschutz stärken.': 'The Federal Council wants to strengthen data protection.',
      'Ein neues Gesetz soll bis 2027 in Kraft treten.': 'A new law is to come into force by 2027.',
      'Das Wichtigste in Kürze': 'The essentials in brief',
      'Unternehmen sollen offenlegen, welche Daten sie sammeln.': 'Companies are to disclose which data they collect.',
      'Das Parlament berät im Herbst über die Vorlage.': 'Parliament will debate the bill in the autumn.',
      'Was sich ändert': 'What changes',
      'Unternehmen müssen künftig melden, welche Daten sie speichern und wie lange.': 'In future, companies must report which data they store and for how long.',
      'Wer gegen das Gesetz verstösst, zahlt eine Busse von bis zu 20 Millionen Franken.': 'Anyone who breaks the law pays a fine of up to 20 million francs.',
      'Wie es weitergeht': 'What happens next',
      'Die Vernehmlassung dauert bis Ende März.': 'The consultation runs until the end of March.',
      'Danach entscheidet das Parlament, z. B. über die Höhe der Bussen.': 'Parliament then decides, for example, on the size of the fines.',
    };
    expect(keys.sort()).toEqual(Object.keys(english).sort());
    write(dir, file, `${JSON.stringify(english, null, 2)}\n`);
    const build = await runDiglot(['build', '--format', 'json'], { cwd: de });
    expect(build.code).toBe(0);
    const summary = JSON.parse(build.stdout) as { total: { segments: number; percent: number }; wrote: string[]; summary: { errors: number; warnings: number } };
    expect(summary.total).toMatchObject({ segments: 14, percent: 100 });
    expect(summary.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(summary.wrote).toEqual(['dist/beispiel-datenschutz.html', 'dist/beispiel-datenschutz.md', 'dist/beispiel-datenschutz.json', 'dist/coverage.json']);
    const html = read(dir, 'dist/beispiel-datenschutz.html');
    expect(html).toContain('The Federal Council wants to strengthen data protection.');
    expect(html).toContain('Federal Council'); // the glossary term's approved English
    expect(fs.existsSync(path.join(de, 'dist'))).toBe(false); // outputs go to the root's dist/, not the cwd's
    expect((await runDiglot(['coverage', '--min', '100'], { cwd: path.join(dir, 'glossary') })).code).toBe(0);
  });
});
