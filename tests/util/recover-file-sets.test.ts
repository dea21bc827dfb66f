// Recovery of interrupted file sets whose temps a build staged in a staging folder
// (`out/.diglot-tmp-<pid>-<rand>-t<thread>/<n>-<name>`): a committed journal is completed from the
// folder and the folder removed, a prepared one rolled back (temps and folder removed); the older
// form, temps beside their targets, still recovers; any other place for a temp is refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverFileSets } from '../../src/util/recover-file-sets.js';
import { deadPid } from '../helpers/crash.js';

interface Setup {
  dir: string;
  out: string;
  journal: (state: 'prepared' | 'committed', changes: Array<{ op: string; target: string; tmp?: string }>) => void;
}

/** A project with out/a.txt and out/b.txt (old), and a way to leave a dead build's journal in out/. */
function setup(): Setup {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-recover-')));
  const out = path.join(dir, 'out');
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, 'a.txt'), 'old a');
  fs.writeFileSync(path.join(out, 'b.txt'), 'old b');
  const pid = deadPid();
  const journal: Setup['journal'] = (state, changes) => {
    fs.writeFileSync(path.join(out, `.diglot-journal-${pid}-ab12.json`), JSON.stringify({ format: 'diglot-journal/1', state, pid, host: os.hostname(), created: '', changes }));
  };
  return { dir, out, journal };
}

/** Stages new a and b in a staging folder of out/ (as a build thread does); returns the journal's changes. */
function stageInFolder(s: Setup, folder = '.diglot-tmp-1-ab12-t0'): Array<{ op: string; target: string; tmp?: string }> {
  fs.mkdirSync(path.join(s.out, folder));
  fs.writeFileSync(path.join(s.out, folder, '0-a.txt'), 'new a');
  fs.writeFileSync(path.join(s.out, folder, '1-b.txt'), 'new b');
  return [{ op: 'write', target: 'a.txt', tmp: `${folder}/0-a.txt` }, { op: 'write', target: 'b.txt', tmp: `${folder}/1-b.txt` }];
}

const contents = (out: string) => Object.fromEntries(fs.readdirSync(out).sort().map((n) => [n, fs.statSync(path.join(out, n)).isDirectory() ? '<folder>' : fs.readFileSync(path.join(out, n), 'utf8')]));

describe('recoverFileSets, temps in a staging folder', () => {
  it('completes a committed set from the staging folder, then removes the folder', () => {
    const s = setup();
    s.journal('committed', stageInFolder(s));
    // one rename had happened before the crash
    fs.renameSync(path.join(s.out, '.diglot-tmp-1-ab12-t0/0-a.txt'), path.join(s.out, 'a.txt'));
    const recovered = recoverFileSets(s.out, s.dir);
    expect(recovered).toMatchObject([{ ruleId: 'output-recovered', severity: 'info' }]);
    expect(recovered[0].message).toMatch(/^completed a write that diglot process \d+ had committed but not finished \(2 files/);
    expect(contents(s.out)).toEqual({ 'a.txt': 'new a', 'b.txt': 'new b' });
  });

  it('rolls back a prepared set: the old files stay, the temps and their folder go', () => {
    const s = setup();
    s.journal('prepared', stageInFolder(s));
    expect(recoverFileSets(s.out, s.dir)[0].message).toMatch(/^rolled back a write/);
    expect(contents(s.out)).toEqual({ 'a.txt': 'old a', 'b.txt': 'old b' });
  });

  it('still completes the older form, temps beside their targets', () => {
    const s = setup();
    fs.writeFileSync(path.join(s.out, '.diglot-tmp-1-ab12-t0-0-a.txt'), 'new a');
    s.journal('committed', [{ op: 'write', target: 'a.txt', tmp: '.diglot-tmp-1-ab12-t0-0-a.txt' }, { op: 'remove', target: 'b.txt' }]);
    recoverFileSets(s.out, s.dir);
    expect(contents(s.out)).toEqual({ 'a.txt': 'new a' });
  });

  it('refuses a temp anywhere else, and a staging folder that is a symlink, touching nothing', () => {
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-outside-')));
    fs.writeFileSync(path.join(outside, '0-a.txt'), 'not diglot\'s');
    const cases: Array<[string, (s: Setup) => Array<{ op: string; target: string; tmp?: string }>, RegExp]> = [
      ['a symlinked staging folder', (s) => {
        fs.symlinkSync(outside, path.join(s.out, '.diglot-tmp-1-ab12-t0'));
        return [{ op: 'write', target: 'a.txt', tmp: '.diglot-tmp-1-ab12-t0/0-a.txt' }];
      }, /the folder of its temporary file .* is a symlink/],
      ['two folders deep', (s) => [{ op: 'write', target: 'a.txt', tmp: '.diglot-tmp-1-ab12-t0/x/0-a.txt' }], /is not a diglot temporary file beside its target/],
      ['a temp named by a removal (rolling back would remove it)', (s) => [{ op: 'remove', target: 'b.txt', tmp: path.relative(s.out, path.join(outside, '0-a.txt')) }], /a removal names a temporary file/],
      ['a folder not named as staging', (s) => [{ op: 'write', target: 'a.txt', tmp: 'sub/0-a.txt' }], /is not a diglot temporary file beside its target/],
      ['a staging folder of another folder', (s) => [{ op: 'write', target: 'a.txt', tmp: path.relative(s.out, path.join(outside, '.diglot-tmp-1-ab12-t0/0-a.txt')) }], /is not a diglot temporary file beside its target/],
    ];
    for (const [name, changes, reason] of cases) {
      const s = setup();
      for (const state of ['prepared', 'committed'] as const) {
        s.journal(state, changes(s));
        const got = recoverFileSets(s.out, s.dir);
        expect(got, name).toMatchObject([{ ruleId: 'output-journal-invalid', severity: 'warning' }]);
        expect(got[0].message, name).toMatch(reason);
        expect(fs.readFileSync(path.join(s.out, 'a.txt'), 'utf8'), name).toBe('old a');
        fs.rmSync(path.join(s.out, '.diglot-tmp-1-ab12-t0'), { force: true, recursive: false });
      }
    }
    expect(fs.readdirSync(outside)).toEqual(['0-a.txt']);
    expect(fs.readFileSync(path.join(outside, '0-a.txt'), 'utf8')).toBe('not diglot\'s');
  });
});
