// The locale files of every document of one sync/import are written as one set: an unwritable file
// anywhere means nothing was written (and the message says so); locks record their owner and a dead
// owner's lock is broken with a notice; a lock that cannot be created is exit 2, not a crash; a
// resource's BOM survives the rewrite.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { copyProject, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { deadPid, treeOf } from '../helpers/crash.js';

const FIXTURE = 'tests/fixtures/sync/basic';
const SRC = 'locales/de/gipfel.md';
const RES = 'locales/en/gipfel.json';

/** The fixture with a second article, both with a German edit pending. */
function twoDocuments(): string {
  const dir = copyProject(FIXTURE);
  write(dir, 'locales/de/zweiter.md', '---\ntitle: Zweiter Artikel\nslug: zweiter\n---\n\nDer Rat tagt. Er entscheidet nichts.\n');
  write(dir, 'locales/en/zweiter.json', '{\n  "Zweiter Artikel": "Second article",\n  "Der Rat tagt.": "The council meets.",\n  "Er entscheidet nichts.": "It decides nothing."\n}\n');
  write(dir, SRC, read(dir, SRC).replace('Die Presse ist zufrieden.', 'Die Presse jubelt.'));
  write(dir, 'locales/de/zweiter.md', read(dir, 'locales/de/zweiter.md').replace('Er entscheidet nichts.', 'Er entscheidet alles.'));
  return dir;
}

/**
 * Runs diglot with every temp file for `name` failing to open (EACCES): the target's folder refuses
 * the write. (A directory in the target's place no longer works for this: the readers refuse it
 * before anything is planned.)
 */
async function runWithUnwritable(name: string, argv: string[], cwd: string) {
  const real = fs.openSync;
  const spy = vi.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, ...rest: unknown[]) => {
    const p = String(file);
    if (p.includes('.diglot-tmp-') && p.endsWith(name)) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
    return (real as (...a: unknown[]) => number)(file, ...rest);
  }) as typeof fs.openSync);
  try {
    return await runDiglot(argv, { cwd });
  } finally {
    spy.mockRestore();
  }
}

describe('one set across documents', () => {
  it('sync: an unwritable sidecar of the second document means no file of either document changes', async () => {
    const dir = twoDocuments();
    const before = treeOf(dir);
    const res = await runWithUnwritable('zweiter.diglot.json', ['sync'], dir);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^\.diglot\/locales\/en\/zweiter\.diglot\.json: error output-unwritable: cannot write \.diglot\/locales\/en\/zweiter\.diglot\.json \(EACCES\); nothing was written$/m);
    expect(treeOf(dir)).toEqual(before);
    const ok = await runDiglot(['sync'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(read(dir, RES))).toHaveProperty(['Die Presse jubelt.'], null);
    expect(JSON.parse(read(dir, 'locales/en/zweiter.json'))).toHaveProperty(['Er entscheidet alles.'], null);
    expect(read(dir, '.diglot/locales/en/zweiter.orphans.json')).toContain('It decides nothing.');
  });

  it('import: updates for two documents are written together or not at all', async () => {
    const dir = twoDocuments();
    const xlf = (await runDiglot(['export', '--format', 'xliff'], { cwd: dir })).stdout
      .replace('<target>Summit in Geneva</target>', '<target>Summit at Geneva</target>')
      .replace('<target>The council meets.</target>', '<target>The council convenes.</target>');
    expect(xlf).toContain('Summit at Geneva');
    expect(xlf).toContain('The council convenes.');
    write(dir, 'back.xlf', xlf);
    const before = treeOf(dir);
    const res = await runWithUnwritable('zweiter.orphans.json', ['import', 'back.xlf'], dir);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/error output-unwritable: cannot write \.diglot\/locales\/en\/zweiter\.orphans\.json \(EACCES\); nothing was written/);
    expect(treeOf(dir)).toEqual(before);
    const ok = await runDiglot(['import', 'back.xlf'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(read(dir, RES))['Gipfel in Genf']).toBe('Summit at Geneva');
    expect(JSON.parse(read(dir, 'locales/en/zweiter.json'))['Der Rat tagt.']).toBe('The council convenes.');
  });
});

describe('locks', () => {
  it('a lock left by a crashed diglot is broken, and the user told whose it was', async () => {
    const dir = twoDocuments();
    const dead = deadPid();
    write(dir, 'locales/en/.gipfel.diglot-lock', `${JSON.stringify({ pid: dead, host: os.hostname(), created: '2024-01-01T00:00:00.000Z' })}\n`);
    const res = await runDiglot(['sync'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain(`locales/en/.gipfel.diglot-lock: info sync-lock-broken: removed the lock locales/en/.gipfel.diglot-lock left by diglot process ${dead}, which is no longer running`);
    expect(fs.existsSync(path.join(dir, 'locales/en/.gipfel.diglot-lock'))).toBe(false);
    expect(JSON.parse(read(dir, RES))).toHaveProperty(['Die Presse jubelt.'], null);
  });

  it('a lock held on another host is left alone and named', async () => {
    const dir = twoDocuments();
    write(dir, 'locales/en/.gipfel.diglot-lock', JSON.stringify({ pid: 1, host: 'build-server-7' }));
    const res = await runDiglot(['sync'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('error sync-locked: another diglot is writing the locale files of "gipfel" (lock locales/en/.gipfel.diglot-lock held by process 1 on host build-server-7); nothing was written');
    expect(res.stderr).toContain('hint: wait for it to finish; if no diglot runs on build-server-7, delete the lock file');
  });

  it('a lock file that cannot be created (not "exists") is exit 2 with a clear message, nothing written', async () => {
    const dir = twoDocuments();
    const before = treeOf(dir);
    const real = fs.writeFileSync;
    const spy = vi.spyOn(fs, 'writeFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (String(file).includes('.diglot-lock')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return (real as (...a: unknown[]) => void)(file, ...rest);
    }) as typeof fs.writeFileSync);
    let res;
    try {
      res = await runDiglot(['sync'], { cwd: dir });
    } finally {
      spy.mockRestore();
    }
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^locales\/en\/\.gipfel\.diglot-lock: error sync-lock-failed: cannot create the lock file locales\/en\/\.gipfel\.diglot-lock \(EACCES\); nothing was written\n {2}hint: diglot needs to write in the locale folder/m);
    expect(res.stderr).not.toMatch(/internal error|^\s+at /m);
    expect(treeOf(dir)).toEqual(before);
  });
});

describe('byte order mark', () => {
  it('a resource saved with a BOM keeps it when sync rewrites it', async () => {
    const dir = copyProject(FIXTURE);
    write(dir, RES, `\uFEFF${read(dir, RES)}`);
    write(dir, SRC, read(dir, SRC).replace('Die Presse ist zufrieden.', 'Die Presse jubelt.'));
    const res = await runDiglot(['sync'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const text = read(dir, RES);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.charCodeAt(1)).toBe('{'.charCodeAt(0));
    expect(JSON.parse(text.slice(1))).toHaveProperty(['Die Presse jubelt.'], null);
    // and a second run sees nothing to change (the BOM is no spurious difference)
    const again = await runDiglot(['sync', '--check'], { cwd: dir });
    expect(again.code, again.stdout).toBe(0);
  });
});
