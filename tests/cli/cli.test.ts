import { describe, expect, it, vi } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { runDiglot } from '../helpers/cli.js';
import { copyProject, read, write } from '../helpers/project.js';

describe('diglot CLI', () => {
  it('lists the commands with --help and exits 0', async () => {
    const res = await runDiglot(['--help'], { cwd: '.' });
    expect(res.code).toBe(0);
    expect(commands.length).toBe(15);
    for (const c of commands) expect(res.stdout).toMatch(new RegExp(`^  ${c.name} +${c.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  });

  it('answers --help from static data: no command module is loaded', async () => {
    const spies = commands.map((c) => vi.spyOn(c as { load: () => Promise<unknown> }, 'load'));
    try {
      expect((await runDiglot(['--help'], { cwd: '.' })).code).toBe(0);
      expect(spies.length).toBe(15);
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
      expect((await runDiglot(['help', 'sync'], { cwd: '.' })).stdout).toMatch(/^usage: diglot sync/m);
      expect(spies.filter((s) => s.mock.calls.length).length).toBe(1);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it.each(commands.map((c) => [c.name, c] as const))('%s: the registry summary is the one the module declares', async (_name, entry) => {
    const command = await entry.load();
    expect(command.name).toBe(entry.name);
    expect(command.summary).toBe(entry.summary);
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
    const en = JSON.parse(read(dir, 'locales/en/mini.json')) as Record<string, string | null>;
    en['Das Bündnis wächst.'] = null;
    write(dir, 'locales/en/mini.json', `${JSON.stringify(en, null, 2)}\n`);
    const fail = await runDiglot(['coverage', '--min', '95'], { cwd: dir });
    expect(fail.code).toBe(1);
    expect(fail.stderr).toMatch(/gate failed: total coverage 81\.8 % is below --min 95 %/); // 9 of 11: the sentence occurs twice
    expect((await runDiglot(['coverage', '--min', '81.8'], { cwd: dir })).code).toBe(0);
    expect((await runDiglot(['coverage', '--min', 'lots'], { cwd: dir })).code).toBe(2);
  });

  it('a percentage outside 0–100 is a usage error (exit 2), not a gate nothing can pass', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    for (const [opt, value] of [['--min', '150'], ['--min', '101'], ['--min', '-1'], ['--min-document', '100.5']]) {
      const res = await runDiglot(['coverage', `${opt}=${value}`], { cwd: dir });
      expect(res.code, `${opt} ${value}`).toBe(2);
      expect(res.stderr).toContain(`diglot coverage: ${opt} needs a percentage from 0 to 100, got ${value}`);
      expect(res.stdout).toBe(''); // rejected before the project is read
    }
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
