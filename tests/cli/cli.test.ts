import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { runDiglot } from '../helpers/cli.js';
import { copyProject } from '../helpers/project.js';

describe('diglot CLI', () => {
  it('lists the commands with --help and exits 0', async () => {
    const res = await runDiglot(['--help'], { cwd: '.' });
    expect(res.code).toBe(0);
    for (const c of commands) expect(res.stdout).toContain(`  ${c.name}`);
  });

  it('exits 2 without a command, and for an unknown command', async () => {
    expect((await runDiglot([], { cwd: '.' })).code).toBe(2);
    const res = await runDiglot(['frobnicate'], { cwd: '.' });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('unknown command "frobnicate"');
  });

  it.each(commands.map((c) => c.name))('%s --help prints usage and options, exit 0', async (name) => {
    const res = await runDiglot([name, '--help'], { cwd: '.' });
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`^usage: diglot ${name}`, 'm'));
    expect(res.stdout).toContain('--help');
  });

  it.each(commands.map((c) => c.name))('%s rejects an unknown option with exit 2', async (name) => {
    const res = await runDiglot([name, '--no-such-option'], { cwd: '.' });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/no-such-option/);
    expect(res.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('diglot coverage', () => {
  it('prints the JSON contract shape', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const res = await runDiglot(['coverage', '--format', 'json'], { cwd: dir });
    expect(res.code).toBe(0);
    const o = JSON.parse(res.stdout);
    expect(o.total).toMatchObject({ segments: 11, translated: 11, missing: 0, stale: 0, percent: 100 });
    expect(o.documents[0].path).toBe('locales/de/mini.md');
    expect(o.documents[0].sections.map((s: { id: string }) => s.id)).toEqual(['lede', 'summary', 'der-gipfel']);
  });

  it('gates with --min: exit 1 below, 0 at or above', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const fail = await runDiglot(['coverage', '--min', '101'], { cwd: dir });
    expect(fail.code).toBe(1);
    expect(fail.stderr).toMatch(/gate failed: total coverage 100 % is below --min 101 %/);
    expect((await runDiglot(['coverage', '--min', '100'], { cwd: dir })).code).toBe(0);
    expect((await runDiglot(['coverage', '--min', 'lots'], { cwd: dir })).code).toBe(2);
  });

  it('prints a readable table by default', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const res = await runDiglot(['coverage'], { cwd: dir });
    expect(res.stdout).toMatch(/^locales\/de\/mini\.md\s+11\s+11\s+0\s+0\s+0/m);
    expect(res.stdout).toMatch(/✓ Der Gipfel/);
  });
});

describe('diglot lookup', () => {
  it('finds an entry by an inflected German form, with its occurrences and aligned English (json)', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const res = await runDiglot(['lookup', 'Bündnisses', '--format', 'json'], { cwd: dir });
    expect(res.code).toBe(0);
    const o = JSON.parse(res.stdout) as { matches: Array<{ de: string; en: string[]; occurrences: Array<{ path: string; line: number; column: number; text: string; en: string | null }> }> };
    expect(o.matches[0]).toMatchObject({ de: 'Bündnis', en: ['alliance'] });
    const occ = o.matches[0].occurrences;
    expect(occ.length).toBeGreaterThanOrEqual(3);
    expect(occ[0]).toMatchObject({ path: 'locales/de/mini.md', line: 2, column: 20, text: 'Bündnis', en: 'A small alliance' });
    expect(occ[1]).toMatchObject({ line: 12, column: 5, text: 'Bündnis', en: 'The alliance is growing.' });
  });

  it('finds by English and tolerates a typo; exit 1 when nothing matches', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    expect((await runDiglot(['lookup', 'SUMMIT'], { cwd: dir })).stdout).toMatch(/^Gipfel → summit/m);
    expect((await runDiglot(['lookup', 'Aussenministr'], { cwd: dir })).stdout).toMatch(/^Aussenminister → foreign minister/m);
    const none = await runDiglot(['lookup', 'Zyxwvut'], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('no glossary entry matches');
  });
});
