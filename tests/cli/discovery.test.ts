// Every project command works from any subdirectory (the project is found by walking up) and with
// --config from anywhere; file arguments stay relative to where the user is, and so do the paths
// in messages; JSON output keeps paths relative to the project root.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiglot } from '../helpers/cli.js';
import { copyProject, read, write } from '../helpers/project.js';

const FIXTURE = 'tests/fixtures/build/basic/input';

describe('running from a subdirectory', () => {
  it('coverage, check, lookup, export and build from locales/de/ work on the whole project', async () => {
    const dir = copyProject(FIXTURE);
    const de = path.join(dir, 'locales/de');
    const cov = await runDiglot(['coverage', '--format', 'json'], { cwd: de });
    expect(cov.code).toBe(0);
    expect(JSON.parse(cov.stdout).documents[0].path).toBe('locales/de/mini.md');
    expect((await runDiglot(['check'], { cwd: de })).code).toBe(0);
    expect((await runDiglot(['lookup', 'Gipfel'], { cwd: de })).stdout).toMatch(/^ {2}mini\.md:\d+:\d+ {2}Gipfel$/m);
    expect((await runDiglot(['export', '--format', 'tmx'], { cwd: de })).stdout).toContain('<tmx version="1.4">');
    const build = await runDiglot(['build'], { cwd: de });
    expect(build.code).toBe(0);
    expect(build.stdout).toContain('wrote ../../dist/mini.html, ../../dist/mini.review.html, ../../dist/mini.md, ../../dist/mini.json, ../../dist/coverage.json');
    expect(fs.existsSync(path.join(dir, 'dist/mini.html'))).toBe(true);
    expect(fs.existsSync(path.join(de, 'dist'))).toBe(false);
  });

  it('shows paths in messages relative to the current directory (usable from there), root-relative in JSON', async () => {
    const dir = copyProject(FIXTURE);
    write(dir, 'locales/en/mini.json', read(dir, 'locales/en/mini.json').replace('"Das Bündnis wächst.": "The alliance is growing.",', ''));
    const de = path.join(dir, 'locales/de');
    const build = await runDiglot(['build'], { cwd: de });
    expect(build.stderr).toMatch(/^mini\.md:\d+:\d+: warning translation-missing: no English for "Das Bündnis wächst\."$/m);
    const check = await runDiglot(['check'], { cwd: path.join(dir, 'locales/en') });
    expect(check.stdout).toMatch(/^\.\.\/de\/mini\.md:\d+:\d+: warning translation-missing/m);
    const json = JSON.parse((await runDiglot(['check', '--format', 'json'], { cwd: de })).stdout) as { diagnostics: Array<{ ruleId: string; file: string }> };
    expect(json.diagnostics.find((d) => d.ruleId === 'translation-missing')?.file).toBe('locales/de/mini.md');
  });

  it('a config error found from a subdirectory is shown with a path usable from there', async () => {
    const dir = copyProject(FIXTURE);
    write(dir, 'pipeline/edition.yaml', `${read(dir, 'pipeline/edition.yaml')}outDri: out\n`);
    const res = await runDiglot(['build'], { cwd: path.join(dir, 'locales/de') });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^\.\.\/\.\.\/pipeline\/edition\.yaml:8:1: error config-unknown-key: unknown key "outDri"/m);
  });

  it('sync takes SOURCE relative to the current directory, and says which argument is not a source', async () => {
    const dir = copyProject(FIXTURE);
    const de = path.join(dir, 'locales/de');
    const res = await runDiglot(['sync', '--dry-run', 'mini.md'], { cwd: de });
    expect(res.code).toBe(0);
    // the fixture has no sidecar yet: sync would add it in the companion store
    expect(res.stdout).toMatch(/^\.\.\/en\/mini\.json: 10 kept \(not written\); would write \.\.\/\.\.\/\.diglot\/locales\/en\/mini\.diglot\.json$/m);
    const bad = await runDiglot(['sync', 'locales/de/mini.md'], { cwd: de });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not a source of the run definition: locales/de/mini.md');
  });

  it('terms and glossary validate use the glossary of the project above the current directory', async () => {
    const dir = copyProject(FIXTURE);
    const de = path.join(dir, 'locales/de');
    const terms = await runDiglot(['terms', 'mini.md', '--format', 'json'], { cwd: de });
    expect(terms.code).toBe(0);
    expect((JSON.parse(terms.stdout) as { hits: unknown[] }).hits.length).toBeGreaterThan(2);
    const validate = await runDiglot(['glossary', 'validate'], { cwd: de });
    expect(validate.code).toBe(0);
    expect(validate.stderr).toMatch(/^1 file, \d+ entries, 0 waivers: valid$/m);
  });
});

describe('--config from anywhere', () => {
  it('a run definition in pipeline/ makes the directory above it the root, wherever the command runs', async () => {
    const dir = copyProject(FIXTURE);
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-elsewhere-'));
    const config = path.relative(elsewhere, path.join(dir, 'pipeline/edition.yaml'));
    const res = await runDiglot(['coverage', '--format', 'json', '--config', config], { cwd: elsewhere });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).total.segments).toBe(11);
    const build = await runDiglot(['build', '--config', config, '--quiet'], { cwd: elsewhere });
    expect(build.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'dist/mini.html'))).toBe(true);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it('outside any project without --config: exit 2 with the way out', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-empty-'));
    fs.mkdirSync(path.join(empty, '.git'));
    const res = await runDiglot(['coverage'], { cwd: empty });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('error config-missing: no pipeline/edition.yaml in');
    expect(res.stderr).toContain('hint: run `diglot init` to start a project here, or pass --config FILE');
    expect(res.stderr).not.toMatch(/^\s+at /m);
  });
});
