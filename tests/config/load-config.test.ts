import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { DiglotError } from '../../src/model/diagnostic.js';
import { copyProject, write } from '../helpers/project.js';

function errorsOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof DiglotError) return e.diagnostics;
    throw e;
  }
  throw new Error('expected a DiglotError');
}

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
