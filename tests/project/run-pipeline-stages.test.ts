// runPipeline's `stages`: commands that report statuses (coverage, sync, import, lookup) skip term
// hits, term QA and the QA checks; the statuses stay the same, and a broken glossary stops only the
// commands that read it.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/project/index.js';
import { DiglotError } from '../../src/model/diagnostic.js';
import { copyProject, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';

const FIXTURE = 'tests/fixtures/build/basic/input';

/** The fixture with a forbidden rendering in use (a term QA error) and a figure changed (a check error). */
function projectWithFindings(): string {
  const dir = copyProject(FIXTURE);
  write(dir, 'glossary/mini.yaml', read(dir, 'glossary/mini.yaml').replace('    en: summit\n', '    en: summit\n    forbidden: [peak]\n'));
  write(dir, 'locales/en/mini.json', read(dir, 'locales/en/mini.json').replace('"The summit"', '"The peak"').replace('on 24 February', 'on 25 February'));
  return dir;
}

describe('runPipeline stages', () => {
  it('all on by default: term hits, term QA and checks', async () => {
    const project = await runPipeline({ cwd: projectWithFindings() });
    const ids = project.diagnostics.map((d) => d.ruleId);
    expect(ids).toContain('term-forbidden');
    expect(ids).toContain('number-mismatch');
    expect(project.documents[0].units.some((u) => u.terms.length > 0)).toBe(true);
  });

  it('terms and checks off: the same statuses, no hits and no findings', async () => {
    const dir = projectWithFindings();
    const full = await runPipeline({ cwd: dir });
    const lean = await runPipeline({ cwd: dir, stages: { terms: false, checks: false } });
    expect(lean.documents[0].units.map((u) => u.status)).toEqual(full.documents[0].units.map((u) => u.status));
    expect(lean.documents[0].units.length).toBe(11);
    expect(lean.documents[0].units.every((u) => u.terms.length === 0)).toBe(true);
    expect(lean.diagnostics.filter((d) => /^(term|number)-/.test(d.ruleId))).toEqual([]);
    expect(full.terms?.glossary.entries.length).toBeGreaterThan(0);
    // with neither term hits nor QA checks the glossary is not read at all
    expect(lean.terms).toBeUndefined();
    expect(lean.glossary.entries).toEqual([]);
  });

  it('a broken glossary stops the commands that use it, never sync, import or coverage', async () => {
    const dir = copyProject(FIXTURE);
    write(dir, 'glossary/mini.yaml', 'terms:\n  - de: Gipfel\n    colour: blue\n');
    await expect(runPipeline({ cwd: dir })).rejects.toBeInstanceOf(DiglotError);
    const lean = await runPipeline({ cwd: dir, stages: { terms: false, checks: false } });
    expect(lean.documents[0].units.length).toBe(11);
    for (const argv of [['build'], ['check']]) {
      const res = await runDiglot(argv, { cwd: dir });
      expect(res.code, argv.join(' ')).toBe(2);
      expect(res.stderr).toContain('glossary-unknown-key');
    }
    for (const argv of [['coverage'], ['sync', '--dry-run'], ['sync'], ['sync', '--check']]) {
      const res = await runDiglot(argv, { cwd: dir });
      expect(res.code, `${argv.join(' ')}: ${res.stderr}`).toBe(0);
      expect(res.stderr).not.toContain('glossary');
    }
  });

  it('coverage reports statuses only; check still finds everything', async () => {
    const dir = projectWithFindings();
    const coverage = await runDiglot(['coverage', '--format', 'json'], { cwd: dir });
    expect(coverage.code).toBe(0);
    expect(coverage.stderr).toBe('');
    expect(JSON.parse(coverage.stdout).total).toMatchObject({ segments: 11, translated: 11 });
    const check = await runDiglot(['check', '--format', 'json'], { cwd: dir });
    expect(check.code).toBe(1);
    expect((JSON.parse(check.stdout) as { diagnostics: Array<{ ruleId: string }> }).diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['term-forbidden', 'number-mismatch']));
  });
});
