// `diglot build --watch` end to end on the real file system (chokidar, real timers), in-process:
// a first build, a rebuild with its one-line summary after a save, a failed save reported with
// file:line:col while the last good output stays, recovery, and a clean stop (exit 0) on abort.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { summarize } from '../../src/cli/watch-session.js';
import { copyProject, read } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';

/** Starts `diglot argv…` in-process with an AbortSignal; `until(text)` waits for output (bounded). */
function start(argv: string[], cwd: string) {
  const out = { stdout: '', stderr: '' };
  const controller = new AbortController();
  const exit = runCli(argv, {
    stdin: Readable.from(['']),
    stdout: { write: (s: string) => { out.stdout += s; return true; } },
    stderr: { write: (s: string) => { out.stderr += s; return true; } },
    cwd,
    signal: controller.signal,
  });
  const until = async (test: () => boolean, what: string) => {
    // bounded: 40 s of 50 ms polls, then the assertion below fails with what was printed
    for (let i = 0; i < 800 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(test(), `${what}\nstdout:\n${out.stdout}\nstderr:\n${out.stderr}`).toBe(true);
  };
  return { out, until, stop: () => controller.abort(), exit };
}

const lines = (s: string) => s.split('\n').filter((l) => / built in | not built: /.test(l));

describe('diglot build --watch', () => {
  it('rebuilds on save with a summary line, survives an invalid save, recovers, and stops cleanly', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const w = start(['build', '--watch'], dir);
    await w.until(() => w.out.stderr.includes('for changes (Ctrl-C stops)'), 'the first build and the watch');
    expect(lines(w.out.stdout)).toHaveLength(1);
    expect(lines(w.out.stdout)[0]).toMatch(/^\[\d\d:\d\d:\d\d\] built in \d+\.\d s: 1 document, 100 % translated \(0 missing, 0 stale\), 0 errors, \d+ warnings?; \d+ outputs changed$/);
    const en = read(dir, 'locales/en/mini.json');

    fs.writeFileSync(path.join(dir, 'locales/en/mini.json'), en.replace('"A small alliance"', '"A small alliance, saved"'));
    await w.until(() => lines(w.out.stdout).length >= 2, 'a rebuild after the save');
    expect(lines(w.out.stdout)[1]).toMatch(/^\[\d\d:\d\d:\d\d\] locales\/en\/mini\.json → built in \d+\.\d s: 1 document, .*; (changed .*mini\.html.*|\d+ outputs changed)$/);
    expect(read(dir, 'dist/mini.html')).toContain('A small alliance, saved');

    fs.writeFileSync(path.join(dir, 'locales/en/mini.json'), en.slice(0, 80));
    await w.until(() => w.out.stderr.includes('not built:'), 'the failed build');
    expect(w.out.stderr).toMatch(/locales\/en\/mini\.json:\d+:\d+: error resource-invalid-json: /);
    expect(w.out.stderr).toMatch(/not built: 1 error \(locales\/en\/mini\.json:\d+:\d+\); the last good output is kept; fix and save again/);
    expect(read(dir, 'dist/mini.html')).toContain('A small alliance, saved');

    fs.writeFileSync(path.join(dir, 'locales/en/mini.json'), en);
    await w.until(() => lines(w.out.stdout).length >= 3, 'the build after the fix');
    expect(read(dir, 'dist/mini.html')).not.toContain('A small alliance, saved');

    w.stop();
    expect(await w.exit).toBe(0);
    expect(w.out.stderr).toContain('stopped');
  });

  it('exits 2 without a project, and refuses --format json', async () => {
    const dir = fs.mkdtempSync(path.join(copyProject('tests/fixtures/build/basic/input'), 'x-'));
    fs.rmSync(path.join(dir, '..', 'pipeline'), { recursive: true });
    const none = await runDiglot(['build', '--watch'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('config-missing');
    const json = await runDiglot(['build', '--watch', '--format', 'json'], { cwd: dir });
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--watch prints a text line per rebuild');
  });

  it('summarises a rebuild in one line, with paths from where the user is', () => {
    const base = { root: '/p', cwd: '/p/locales' };
    const at = new Date(2025, 0, 1, 9, 5, 7);
    const total = { segments: 10, translated: 9, reviewed: 0, stale: 1, fuzzy: 0, missing: 0, percent: 90, words: { total: 0, translated: 0, missing: 0, stale: 0, fuzzy: 0 }, characters: { total: 0, translated: 0, missing: 0, stale: 0, fuzzy: 0 } };
    const ok = summarize({ ok: true, trigger: ['locales/en/a.json'], ms: 420, documents: 2, total, diagnostics: [{ ruleId: 'translation-stale', severity: 'warning', message: 'x' }], written: ['dist/a.html'], changed: ['dist/a.html'], removed: [], config: {} as never }, base, at);
    expect(ok).toBe('[09:05:07] en/a.json → built in 0.4 s: 2 documents, 90 % translated (0 missing, 1 stale), 0 errors, 1 warning; changed a.html');
    const failed = summarize({ ok: false, trigger: ['a', 'b', 'c', 'd', 'e'], ms: 10, diagnostics: [{ ruleId: 'resource-invalid-json', severity: 'error', message: 'x', file: 'locales/en/a.json', place: { start: { line: 3, column: 7, offset: 20 } } }], kept: false }, base, at);
    expect(failed).toBe('[09:05:07] ../a, ../b, ../c and 2 more → not built: 1 error (en/a.json:3:7); nothing written yet; fix and save again');
  });
});
