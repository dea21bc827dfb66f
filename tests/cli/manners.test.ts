// CLI manners: "did you mean" for mistyped commands, options and values; out-of-range numbers are
// usage errors; colour only on a terminal and never with NO_COLOR; the version from package.json.
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { suggestNames } from '../../src/cli/suggest.js';
import { colorEnabled } from '../../src/cli/color.js';
import { printDiagnostics, displayPaths } from '../../src/cli/print-diagnostics.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { runDiglot } from '../helpers/cli.js';
import { copyProject, repoRoot } from '../helpers/project.js';

describe('did you mean', () => {
  it('suggests the closest command for a typo, swapped letters included, and nothing for nonsense', async () => {
    const res = await runDiglot(['biuld'], { cwd: '.' });
    expect(res.code).toBe(2);
    expect(res.stderr).toBe('diglot: unknown command "biuld"; did you mean "build"?\nRun `diglot --help` for the list of commands.\n');
    expect((await runDiglot(['covrage'], { cwd: '.' })).stderr).toContain('did you mean "coverage"?');
    expect((await runDiglot(['glos'], { cwd: '.' })).stderr).toContain('did you mean "glossary"?');
    const none = await runDiglot(['frobnicate'], { cwd: '.' });
    expect(none.stderr).toContain('unknown command "frobnicate"\n');
    expect(none.stderr).not.toContain('did you mean');
  });

  it('suggests the closest option of the command, and the allowed value', async () => {
    const opt = await runDiglot(['coverage', '--mni', '80'], { cwd: '.' });
    expect(opt.code).toBe(2);
    expect(opt.stderr).toMatch(/^diglot coverage: unknown option --mni; did you mean --min\?\nusage: diglot coverage/);
    expect((await runDiglot(['build', '--requir', 'human'], { cwd: '.' })).stderr).toContain('did you mean --require?');
    expect((await runDiglot(['segment', '--form', 'json', 'x.md'], { cwd: '.' })).stderr).toContain('did you mean --format?');
    const value = await runDiglot(['check', '--format', 'sarf'], { cwd: '.' });
    expect(value.code).toBe(2);
    expect(value.stderr).toContain('--format must be one of text, json, sarif, got "sarf"; did you mean sarif?');
  });

  it('says where options go when one comes before the command', async () => {
    const res = await runDiglot(['--config', 'x.yaml', 'build'], { cwd: '.' });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('options go after the command name');
  });

  it('ranks by distance and prefix, at most three', () => {
    expect(suggestNames('expot', ['export', 'import', 'init'])).toEqual(['export']);
    expect(suggestNames('i', ['import', 'init'])).toEqual([]);
    expect(suggestNames('min', ['min', 'min-document', 'memory'])).toEqual(['min', 'min-document']);
    expect(suggestNames('x', ['a', 'b', 'c', 'd'])).toEqual(['a', 'b', 'c']);
  });
});

describe('numbers outside their range are usage errors', () => {
  it.each([
    [['lookup', 'Gipfel', '--limit', '0'], '--limit needs a whole number ≥ 1, got 0'],
    [['lookup', 'Gipfel', '--limit', '2.5'], '--limit needs a whole number ≥ 1, got 2.5'],
    [['align', 'a.md', 'b.md', '--band', '0'], '--band needs a number ≥ 1, got 0'],
    [['align', 'a.md', 'b.md', '--review-threshold', '1.5'], '--review-threshold needs a number from 0 to 1, got 1.5'],
  ])('%j', async (argv, message) => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const res = await runDiglot(argv, { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(message);
  });
});

describe('colour', () => {
  afterEach(() => vi.unstubAllEnvs());
  const tty = { isTTY: true, write: () => true };
  const pipe = { write: () => true };

  it('is on for a terminal only, off with NO_COLOR or TERM=dumb, forced by FORCE_COLOR', () => {
    expect(colorEnabled(tty, {})).toBe(true);
    expect(colorEnabled(pipe, {})).toBe(false);
    expect(colorEnabled(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(tty, { NO_COLOR: '' })).toBe(true); // no-color.org: only a non-empty value counts
    expect(colorEnabled(tty, { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
  });

  it('colours the severity of printed diagnostics on a terminal, and nothing else or elsewhere', () => {
    vi.stubEnv('NO_COLOR', '');
    vi.stubEnv('FORCE_COLOR', undefined);
    vi.stubEnv('TERM', 'xterm');
    const d: Diagnostic = { ruleId: 'translation-missing', severity: 'warning', message: 'no English', hint: 'run sync', file: 'a.md', place: { start: { line: 2, column: 3, offset: 9 } } };
    const capture = (isTTY: boolean) => {
      let text = '';
      printDiagnostics({ isTTY, write: (s: string) => ((text += s), true) } as never, [d]);
      return text;
    };
    expect(capture(false)).toBe('a.md:2:3: warning translation-missing: no English\n  hint: run sync\n');
    const coloured = capture(true);
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(capture(false));
    vi.stubEnv('NO_COLOR', '1');
    expect(capture(true)).toBe(capture(false));
  });
});

describe('paths in messages', () => {
  it('are shown relative to where the user is; absolute paths and the root itself stay readable', () => {
    const d: Diagnostic[] = [{ ruleId: 'config-invalid', severity: 'error', message: 'm', file: 'locales/de/a.md' }, { ruleId: 'config-invalid', severity: 'error', message: 'm', file: '/abs/x.yaml' }, { ruleId: 'config-invalid', severity: 'error', message: 'm' }];
    expect(displayPaths(d, { root: '/p', cwd: '/p/locales/de' }).map((x) => x.file)).toEqual(['a.md', '/abs/x.yaml', undefined]);
    expect(displayPaths(d, { root: '/p', cwd: '/p/locales/en' }).map((x) => x.file)).toEqual(['../de/a.md', '/abs/x.yaml', undefined]);
    expect(displayPaths(d, { root: '/p', cwd: '/p' })).toEqual(d);
  });
});

describe('--version', () => {
  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(fs.readFileSync(`${repoRoot}/package.json`, 'utf8')) as { version: string };
    const res = await runDiglot(['--version'], { cwd: '.' });
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(`diglot ${version}\n`);
  });
});
