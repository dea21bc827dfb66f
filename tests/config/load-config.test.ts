import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot, loadConfig, locateProject } from '../../src/config/index.js';
import { copyProject, read, write } from '../helpers/project.js';
import { thrownDiglotError } from '../helpers/diglot-error.js';

const errorsOf = (fn: () => unknown) => thrownDiglotError(fn).diagnostics;

describe('loadConfig', () => {
  it('reads the run definition and applies defaults', () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const c = loadConfig(dir);
    expect(c.sources).toEqual(['locales/de/*.md']);
    expect(c.sourceLanguage).toBe('de-CH');
    expect(c.outDir).toBe('dist');
    expect(c.match.threshold).toBe(75);
    expect(c.publish.incomplete).toBe('german-only');
  });

  it('reports an unknown key with file:line:col and a rule id', () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    write(dir, 'pipeline/edition.yaml', 'sources: [a.md]\noutDri: out\n');
    const [d] = errorsOf(() => loadConfig(dir));
    expect(d.ruleId).toBe('config-unknown-key');
    expect(d.file).toBe('pipeline/edition.yaml');
    expect(d.place?.start).toMatchObject({ line: 2, column: 1 });
    expect(d.message).toContain('outDri');
  });

  it('reports malformed YAML with its position', () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    write(dir, 'pipeline/edition.yaml', 'sources:\n  - a.md\n outputs: [html\n');
    const [d] = errorsOf(() => loadConfig(dir));
    expect(d.ruleId).toBe('config-invalid-yaml');
    expect(d.place?.start.line).toBeGreaterThanOrEqual(2);
  });

  it('reports a bad enum value at the value', () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    write(dir, 'pipeline/edition.yaml', 'sources: [a.md]\noutputs: [html, pdf]\n');
    const [d] = errorsOf(() => loadConfig(dir));
    expect(d.ruleId).toBe('config-invalid');
    expect(d.place?.start).toMatchObject({ line: 2, column: 17 });
  });

  it('requires sources', () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    write(dir, 'pipeline/edition.yaml', 'outDir: out\n');
    expect(errorsOf(() => loadConfig(dir))[0].ruleId).toBe('config-missing-sources');
  });

  it('says which file is missing', () => {
    const [d] = errorsOf(() => loadConfig('/nonexistent-diglot-dir'));
    expect(d.ruleId).toBe('config-missing');
    expect(d.hint).toContain('--config');
  });
});

describe('finding the project (config discovery)', () => {
  it('walks up from any subdirectory to the nearest pipeline/edition.yaml; the root is the directory holding pipeline/', () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    for (const sub of ['.', 'locales/de', 'locales', 'pipeline', 'glossary']) {
      expect(locateProject(path.join(dir, sub))).toEqual({ root: dir, file: 'pipeline/edition.yaml' });
    }
    const config = loadConfig(path.join(dir, 'locales/de'));
    expect(config.root).toBe(dir);
    expect(config.file).toBe('pipeline/edition.yaml');
  });

  it('stops at a repository root, so a project never picks up a file above its repository', () => {
    const outer = copyProject('tests/fixtures/build/basic/input');
    const repo = path.join(outer, 'repo');
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    fs.mkdirSync(path.join(repo, 'docs'), { recursive: true });
    expect(findProjectRoot(path.join(repo, 'docs'))).toBeUndefined();
    expect(findProjectRoot(outer)).toBe(outer);
  });

  it('outside any project: config-missing that says how to start one', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-noproject-'));
    fs.mkdirSync(path.join(empty, '.git'));
    const [d] = errorsOf(() => loadConfig(empty));
    expect(d).toMatchObject({ ruleId: 'config-missing', severity: 'error' });
    expect(d.message).toBe(`no pipeline/edition.yaml in ${empty} or any directory above it: this is not a diglot project`);
    expect(d.hint).toBe('run `diglot init` to start a project here, or pass --config FILE');
  });

  it('--config is relative to the current directory; its root is above its pipeline/ folder, or the folder that holds it', () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-elsewhere-'));
    expect(locateProject(elsewhere, path.relative(elsewhere, path.join(dir, 'pipeline/edition.yaml')))).toEqual({ root: dir, file: 'pipeline/edition.yaml' });
    write(dir, 'pipeline/ci.yaml', read(dir, 'pipeline/edition.yaml'));
    expect(locateProject(path.join(dir, 'locales'), '../pipeline/ci.yaml')).toEqual({ root: dir, file: 'pipeline/ci.yaml' });
    write(dir, 'standalone.yaml', 'sources: [locales/de/*.md]\n');
    const c = loadConfig(elsewhere, path.join(dir, 'standalone.yaml'));
    expect([c.root, c.file]).toEqual([dir, 'standalone.yaml']);
    const [d] = errorsOf(() => loadConfig(elsewhere, 'nope.yaml'));
    expect(d).toMatchObject({ ruleId: 'config-missing', file: 'nope.yaml', message: 'cannot read the run definition nope.yaml: no such file' });
    expect(d.hint).toContain('relative to the current directory');
  });

  it('a config error names the file relative to the root, with its position', () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    write(dir, 'pipeline/edition.yaml', 'sources: [a.md]\noutDri: out\n');
    const [d] = errorsOf(() => loadConfig(path.join(dir, 'locales/de')));
    expect(d).toMatchObject({ ruleId: 'config-unknown-key', file: 'pipeline/edition.yaml', place: { start: { line: 2, column: 1 } } });
  });
});
