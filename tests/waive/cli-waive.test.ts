// `diglot waive` end to end: the waiver lands in the file that defines the term, nothing else in
// any file changes, `diglot check` then reports the finding as suppressed; refusals write nothing.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyProject, listFiles, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';

const FIXTURE = 'tests/fixtures/workflow/project';
const snapshot = (dir: string) => Object.fromEntries(listFiles(dir).map((f) => [f, read(dir, f)]));

/** `after` is `before` with one contiguous chunk added; returns the chunk. */
function insertedChunk(before: string, after: string): string {
  let p = 0;
  while (p < before.length && before[p] === after[p]) p++;
  const chunk = after.slice(p, p + after.length - before.length);
  expect(after.slice(0, p) + after.slice(p + chunk.length)).toBe(before);
  return chunk;
}

describe('diglot waive', () => {
  it('writes the waiver into the defining file only, byte-identical otherwise; check then suppresses the finding', async () => {
    const dir = copyProject(FIXTURE);
    const before = snapshot(dir);
    const pre = await runDiglot(['check', '--format', 'json'], { cwd: dir });
    const preFindings = (JSON.parse(pre.stdout) as { diagnostics: Array<{ ruleId: string; severity: string; message: string }> }).diagnostics;
    expect(preFindings.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['term-missing-in-target', 'term-forbidden']);

    const run = await runDiglot(['waive', 'term-missing-in-target', '--term', 'Bündnis', '--unit', 's1fd64fc9', '--reason', '"Pact" is the paper\'s word here', '--by', 'B. Reviewer', '--date', '2025-04-01'], { cwd: dir });
    expect(run.stderr).toMatch(/added to glossary\/politics\.yaml, covering 1 finding/);
    expect(run.code).toBe(0);
    const after = snapshot(dir);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const f of Object.keys(before)) if (f !== 'glossary/politics.yaml') expect(after[f]).toBe(before[f]);
    const chunk = insertedChunk(before['glossary/politics.yaml'], after['glossary/politics.yaml']);
    expect(chunk).toBe(run.stdout);
    expect(chunk).toMatch(/^ {2}- term: Bündnis\n {4}rule: term-missing-in-target\n {4}unit: s1fd64fc9\n/);

    const post = await runDiglot(['check', '--format', 'json'], { cwd: dir });
    const diags = (JSON.parse(post.stdout) as { diagnostics: Array<{ ruleId: string; severity: string; suppression?: { by: string } }> }).diagnostics;
    expect(diags.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['term-forbidden']);
    expect(diags.filter((d) => d.suppression).map((d) => d.suppression!.by)).toEqual(['A. Editor', 'B. Reviewer']);
  });

  it('--all-in DOC writes a document waiver; --dry-run writes nothing', async () => {
    const dir = copyProject(FIXTURE);
    const before = snapshot(dir);
    const args = ['waive', 'term-forbidden', '--term', 'schwatzfest', '--all-in', 'locales/de/gipfel.md', '--reason', 'quoted speech', '--by', 'C'];
    const dry = await runDiglot([...args, '--dry-run'], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/- term: Schwatzfest\n {4}rule: term-forbidden\n {4}document: gipfel\n/);
    expect(snapshot(dir)).toEqual(before);
    const run = await runDiglot(args, { cwd: dir });
    expect(run.code).toBe(0);
    expect((await runDiglot(['check'], { cwd: dir })).stdout).not.toMatch(/error term-forbidden/);
  });

  it('an already waived finding: exit 0, nothing written', async () => {
    const dir = copyProject(FIXTURE);
    const before = snapshot(dir);
    const run = await runDiglot(['waive', 'term-missing-in-target', '--term', 'Gipfel', '--unit', 's79374947', '--occurrence', '2', '--reason', 'again', '--by', 'D'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/already waived; nothing written/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses, with exit 2, a hint and nothing written: ambiguous, unknown and misspelt terms, no finding, unknown unit', async () => {
    const dir = copyProject(FIXTURE);
    write(dir, 'glossary/people.yaml', `${read(dir, 'glossary/people.yaml')}  - de: Bündnis\n    en: alliance\n`);
    const before = snapshot(dir);
    const base = ['--reason', 'r', '--by', 'x'];
    const cases: Array<[string[], RegExp, RegExp]> = [
      [['waive', 'term-missing-in-target', '--term', 'Bündnis', '--unit', 's1fd64fc9', ...base], /error waive-ambiguous-term: "Bündnis" is defined in 2 places: glossary\/people\.yaml:\d+, glossary\/politics\.yaml:\d+/, /--glossary FILE/],
      [['waive', 'term-missing-in-target', '--term', 'Gipfels', '--unit', 's79374947', ...base], /error waive-unknown-term/, /did you mean "Gipfel"/],
      [['waive', 'term-missing-in-target', '--term', 'Aussenminister', '--unit', 's79374947', ...base], /error waive-no-finding/, /diglot check/],
      [['waive', 'term-missing-in-target', '--term', 'Gipfel', '--unit', 'nope', ...base], /error waive-unknown-unit/, /unit ids/],
      [['waive', 'term-missing-in-target', '--term', 'Gipfel', '--all-in', 'nope', ...base], /error waive-unknown-document/, /gipfel/],
    ];
    for (const [argv, message, hint] of cases) {
      const run = await runDiglot(argv, { cwd: dir });
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toMatch(hint);
      expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(snapshot(dir)).toEqual(before);
    // --glossary settles the ambiguity
    const chosen = await runDiglot(['waive', 'term-missing-in-target', '--term', 'Bündnis', '--unit', 's1fd64fc9', '--glossary', 'glossary/people.yaml', ...base], { cwd: dir });
    expect(chosen.code).toBe(0);
    expect(read(dir, 'glossary/politics.yaml')).toBe(before['glossary/politics.yaml']);
    expect(read(dir, 'glossary/people.yaml')).toMatch(/waivers:\n {2}- term: Bündnis/);
    expect(fs.readdirSync(`${dir}/glossary`).filter((f) => f.includes('diglot-tmp'))).toEqual([]);
  });

  it('usage errors exit 2 before reading anything', async () => {
    const dir = copyProject(FIXTURE);
    for (const argv of [
      ['waive', 'untranslated', '--term', 'Gipfel', '--unit', 'u', '--reason', 'r', '--by', 'x'],
      ['waive', 'term-forbidden', '--term', 'Gipfel', '--unit', 'u', '--by', 'x'],
      ['waive', 'term-forbidden', '--term', 'Gipfel', '--reason', 'r', '--by', 'x'],
      ['waive', 'term-forbidden', '--term', 'Gipfel', '--unit', 'u', '--all-in', 'd', '--reason', 'r', '--by', 'x'],
      ['waive', 'term-forbidden', '--term', 'Gipfel', '--unit', 'u', '--occurrence', '0', '--reason', 'r', '--by', 'x'],
      ['waive', 'term-forbidden', '--term', 'Gipfel', '--unit', 'u', '--date', '1.3.2025', '--reason', 'r', '--by', 'x'],
    ]) {
      const run = await runDiglot(argv, { cwd: dir });
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^diglot waive: /);
    }
  });

  it('several waivers in a row never lose what was there', async () => {
    const dir = copyProject(FIXTURE);
    const first = read(dir, 'glossary/politics.yaml');
    await runDiglot(['waive', 'term-missing-in-target', '--term', 'Bündnis', '--unit', 's1fd64fc9', '--reason', 'a', '--by', 'x'], { cwd: dir });
    const second = read(dir, 'glossary/politics.yaml');
    await runDiglot(['waive', 'term-forbidden', '--term', 'Schwatzfest', '--de', 'Das <1>Bündnis</1> hielt', '--reason', 'b', '--by', 'y'], { cwd: dir });
    const third = read(dir, 'glossary/politics.yaml');
    insertedChunk(first, second);
    insertedChunk(second, third);
    expect((await runDiglot(['check'], { cwd: dir })).code).toBe(0);
  });
});

describe('diglot waive for a QA rule (no --term)', () => {
  const QA = 'tests/fixtures/check/waivers/project';

  it('writes the waiver into the first glossary file, byte-identical otherwise; check then exits 0', async () => {
    const dir = copyProject(QA);
    const before = snapshot(dir);
    const run = await runDiglot(['waive', 'number-mismatch', '--unit', 's365c07e2', '--reason', 'The paper corrected the figure in its English edition.', '--by', 'diglot maintainers', '--date', '2026-12-07'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/added to glossary\/a-qa\.yaml, covering 1 finding:\n.*number-mismatch: unit s365c07e2: the figures differ/);
    const after = snapshot(dir);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const f of Object.keys(before)) if (f !== 'glossary/a-qa.yaml') expect(after[f]).toBe(before[f]);
    const chunk = insertedChunk(before['glossary/a-qa.yaml'], after['glossary/a-qa.yaml']);
    expect(chunk).toBe(run.stdout);
    expect(chunk).toBe('  - rule: number-mismatch\n    unit: s365c07e2\n    reason: The paper corrected the figure in its English edition.\n    reviewer: diglot maintainers\n    date: 2026-12-07\n');
    const post = await runDiglot(['check', '--format', 'json'], { cwd: dir });
    expect(post.code).toBe(0);
    const diags = (JSON.parse(post.stdout) as { diagnostics: Array<{ ruleId: string; severity: string; suppression?: { by: string; severity: string } }> }).diagnostics;
    expect(diags.find((d) => d.ruleId === 'number-mismatch')).toMatchObject({ severity: 'info', suppression: { by: 'diglot maintainers', severity: 'error' } });
  });

  it('--de, --all-in and --glossary: the waiver says what it selects and goes where it is told; --dry-run writes nothing', async () => {
    const dir = copyProject(QA);
    const before = snapshot(dir);
    const byDe = await runDiglot(['waive', 'number-mismatch', '--de', 'Es kamen 200 Menschen', '--en', '2,000', '--reason', 'r', '--by', 'x', '--date', '2026-12-07', '--dry-run'], { cwd: dir });
    expect(byDe.code).toBe(0);
    expect(byDe.stdout).toBe('  - rule: number-mismatch\n    de: Es kamen 200 Menschen\n    en: 2,000\n    reason: r\n    reviewer: x\n    date: 2026-12-07\n');
    expect(byDe.stderr).toMatch(/would add this waiver to glossary\/a-qa\.yaml, covering 1 finding \(dry run/);
    expect(snapshot(dir)).toEqual(before);
    const chosen = await runDiglot(['waive', 'number-mismatch', '--all-in', 'locales/de/bericht.md', '--glossary', './glossary/terms.yaml', '--reason', 'r', '--by', 'x'], { cwd: dir });
    expect(chosen.code).toBe(0);
    expect(read(dir, 'glossary/a-qa.yaml')).toBe(before['glossary/a-qa.yaml']);
    expect(insertedChunk(before['glossary/terms.yaml'], read(dir, 'glossary/terms.yaml'))).toMatch(/^ {2}- rule: number-mismatch\n {4}document: bericht\n/);
    expect((await runDiglot(['check'], { cwd: dir })).code).toBe(0);
  });

  it('an already waived finding: exit 0, nothing written', async () => {
    const dir = copyProject(QA);
    const before = snapshot(dir);
    const run = await runDiglot(['waive', 'entity-extra', '--unit', 'sd8d861d5', '--reason', 'again', '--by', 'x'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/the 1 finding this waiver would cover is already waived; nothing written/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses, with exit 2 and nothing written: a rule that cannot be waived, term options, another file, no finding, no glossary', async () => {
    const dir = copyProject(QA);
    const before = snapshot(dir);
    const base = ['--reason', 'r', '--by', 'x'];
    const cases: Array<[string[], RegExp]> = [
      [['waive', 'translation-missing', '--unit', 's365c07e2', ...base], /^diglot waive: "translation-missing" cannot be waived: waivers cover term QA .* and the QA checks of diglot check \(number-mismatch, .*\); a match finding says what state a translation is in/m],
      [['waive', 'require-reviewed', '--unit', 's365c07e2', ...base], /^diglot waive: "require-reviewed" cannot be waived/m],
      [['waive', 'numbers-mismatch', '--unit', 's365c07e2', ...base], /^diglot waive: unknown rule "numbers-mismatch"/m],
      [['waive', 'number-mismatch', '--term', 'Gipfel', '--unit', 's365c07e2', ...base], /^diglot waive: --term is for the term rules/m],
      [['waive', 'number-mismatch', '--unit', 's365c07e2', '--occurrence', '2', ...base], /^diglot waive: --occurrence counts the occurrences of a term/m],
      [['waive', 'term-forbidden', '--unit', 's365c07e2', ...base], /^diglot waive: --term is required/m],
      [['waive', 'number-mismatch', '--unit', 's365c07e2', '--glossary', 'pipeline/edition.yaml', ...base], /error waive-unknown-glossary: pipeline\/edition\.yaml is not a glossary file of the project[^]*hint: choose one .*: glossary\/a-qa\.yaml, glossary\/terms\.yaml/],
      [['waive', 'quote-parity', '--unit', 's365c07e2', ...base], /error waive-no-finding: no quote-parity finding in unit s365c07e2/],
      [['waive', 'number-mismatch', '--unit', 'nope', ...base], /error waive-unknown-unit/],
    ];
    for (const [argv, message] of cases) {
      const run = await runDiglot(argv, { cwd: dir });
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(snapshot(dir)).toEqual(before);
    // a project without glossary files has nowhere to keep the waiver
    const bare = copyProject('tests/fixtures/check/project');
    const none = await runDiglot(['waive', 'number-mismatch', '--all-in', 'eins', ...base], { cwd: bare });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/error waive-no-glossary: the project has no glossary file to keep the waiver in\n {2}hint: .*`terms: \[\]` is enough/);
  });
});
