// The file-set transaction: all files of a set change or none; a failure before the commit point
// leaves nothing behind and says "nothing was written"; a failure after it says what is in place
// and the next run completes it; a crash at any point is completed or rolled back by recovery.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DiglotError } from '../../src/model/diagnostic.js';
import { commitFileSet, ensureDir, type FileChange } from '../../src/util/file-set.js';
import { recoverFileSets } from '../../src/util/recover-file-sets.js';
import { crashStates, deadPid, listFolders, treeOf } from '../helpers/crash.js';
import { thrownDiglotError } from '../helpers/diglot-error.js';

const OLD = { 'out/a.txt': 'old a', 'out/b.txt': 'old b', 'out/c.txt': 'old c', 'keep/user.txt': 'mine' };
const NEW = { 'out/a.txt': 'new a', 'out/b.txt': 'new b', 'out/sub/d.txt': 'new d', 'keep/user.txt': 'mine' };

function setup(files: Record<string, string> = OLD): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-set-')));
  for (const [f, c] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), c);
  }
  return dir;
}

function changes(dir: string): FileChange[] {
  return [
    { folder: path.join(dir, 'out'), name: 'a.txt', content: 'new a' },
    { folder: path.join(dir, 'out'), name: 'b.txt', content: 'new b' },
    { folder: path.join(dir, 'out/sub'), name: 'd.txt', content: 'new d' },
    { folder: path.join(dir, 'out'), name: 'c.txt', remove: true },
  ];
}

// diglot's own entries: journals, temps, staging folders and what is in them
const isDiglots = (rel: string) => rel.split('/').some((part) => part.startsWith('.diglot-'));
const visible = (dir: string) => Object.fromEntries(Object.entries(treeOf(dir)).filter(([f]) => !isDiglots(f)).sort(([a], [b]) => (a < b ? -1 : 1)));
const leftovers = (dir: string) => [...Object.keys(treeOf(dir)), ...listFolders(dir).map((f) => path.relative(dir, f))].filter(isDiglots);

const thrown = thrownDiglotError;

describe('commitFileSet', () => {
  it('writes and removes the whole set, creating folders, leaving no temp or journal file', () => {
    const dir = setup();
    const res = commitFileSet(changes(dir), { project: dir, journalDir: path.join(dir, 'out') });
    expect(visible(dir)).toEqual(NEW);
    expect(leftovers(dir)).toEqual([]);
    expect(res.written.map((f) => path.relative(dir, f))).toEqual(['out/a.txt', 'out/b.txt', 'out/sub/d.txt']);
    expect(res.removed.map((f) => path.relative(dir, f))).toEqual(['out/c.txt']);
  });

  it('writes nothing (and says so) when one file cannot be written before the commit', () => {
    const dir = setup({ ...OLD, 'out/sub': 'a file where a folder is needed' });
    const e = thrown(() => commitFileSet(changes(dir), { project: dir, journalDir: path.join(dir, 'out') }));
    expect(e.diagnostics[0]).toMatchObject({ ruleId: 'output-unwritable', file: 'out/sub/d.txt', message: 'cannot write out/sub/d.txt (ENOTDIR); nothing was written' });
    expect(visible(dir)).toEqual({ ...OLD, 'out/sub': 'a file where a folder is needed' });
    expect(leftovers(dir)).toEqual([]);
  });

  it('removes the folders it created when it gives up', () => {
    const dir = setup();
    fs.mkdirSync(path.join(dir, 'out/new'));
    const e = thrown(() => commitFileSet([
      { folder: path.join(dir, 'fresh/deep'), name: 'x.txt', content: 'x' },
      { folder: path.join(dir, 'out'), name: 'new', content: 'a directory is in the way' },
    ], { project: dir, journalDir: path.join(dir, 'fresh') }));
    expect(e.diagnostics[0]).toMatchObject({ ruleId: 'output-unwritable', message: 'cannot write out/new (EISDIR); nothing was written' });
    expect(fs.existsSync(path.join(dir, 'fresh'))).toBe(false);
  });

  it('refuses an unsafe name before touching anything', () => {
    const dir = setup();
    const e = thrown(() => commitFileSet([...changes(dir), { folder: path.join(dir, 'out'), name: '../keep/user.txt', content: 'x' }], { project: dir, journalDir: path.join(dir, 'out') }));
    expect(e.diagnostics[0].ruleId).toBe('output-path-unsafe');
    expect(visible(dir)).toEqual(OLD);
    expect(leftovers(dir)).toEqual([]);
  });

  it('after the commit point, a failed rename is reported truly and the next run completes the set', () => {
    const dir = setup();
    const real = fs.renameSync;
    let data = 0;
    const spy = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (String(from).includes('.diglot-tmp-') && ++data === 2) throw Object.assign(new Error('simulated'), { code: 'EIO' });
      return real(from, to);
    });
    let e: DiglotError;
    try {
      e = thrown(() => commitFileSet(changes(dir), { project: dir, journalDir: path.join(dir, 'out') }));
    } finally {
      spy.mockRestore();
    }
    expect(e.diagnostics[0]).toMatchObject({ ruleId: 'output-interrupted', file: 'out/b.txt' });
    expect(e.diagnostics[0].message).toMatch(/^writing out\/b\.txt failed \(EIO\) after the new files were complete: 3 of 4 changes are in place, the rest is recorded in out\/\.diglot-journal-\d+-[0-9a-f]+\.json$/);
    expect(e.diagnostics[0].message).not.toMatch(/nothing was written/);
    const recovered = recoverFileSets(path.join(dir, 'out'), dir);
    expect(recovered).toMatchObject([{ ruleId: 'output-recovered', severity: 'info' }]);
    expect(recovered[0].message).toMatch(/^completed a write that diglot process \d+ had committed but not finished \(4 files/);
    expect(visible(dir)).toEqual(NEW);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('commitFileSet with staged writes', () => {
  /** Temps as a build stages them: in a staging folder inside the targets' folder (or beside them). */
  function staged(dir: string, form: 'folder' | 'beside'): FileChange[] {
    const out = path.join(dir, 'out');
    const folder = form === 'folder' ? path.join(out, `.diglot-tmp-${process.pid}-ab12-t0`) : out;
    fs.mkdirSync(folder, { recursive: true });
    const tmp = (n: string) => path.join(folder, form === 'folder' ? n : `.diglot-tmp-${process.pid}-ab12-t0-${n}`);
    fs.writeFileSync(tmp('0-a.txt'), 'new a');
    fs.writeFileSync(tmp('1-b.txt'), 'new b');
    return [
      { folder: out, name: 'a.txt', staged: tmp('0-a.txt') },
      { folder: out, name: 'b.txt', staged: tmp('1-b.txt') },
      { folder: out, name: 'c.txt', remove: true },
    ];
  }

  it.each(['folder', 'beside'] as const)('renames temps staged %s the targets into place and leaves no staging folder', (form) => {
    const dir = setup();
    commitFileSet(staged(dir, form), { project: dir, journalDir: path.join(dir, 'out'), durable: false });
    expect(visible(dir)).toEqual({ 'keep/user.txt': 'mine', 'out/a.txt': 'new a', 'out/b.txt': 'new b' });
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('refuses (internally) a temp anywhere else: another folder, two folders deep, a folder not named as staging', () => {
    const dir = setup();
    const out = path.join(dir, 'out');
    for (const tmp of [path.join(dir, 'keep/.diglot-tmp-1-aa-t0/0-a.txt'), path.join(out, '.diglot-tmp-1-aa-t0/deeper/0-a.txt'), path.join(out, 'sub/0-a.txt'), path.join(out, '0-a.txt')]) {
      expect(() => commitFileSet([{ folder: out, name: 'a.txt', staged: tmp }], { project: dir, journalDir: out }), tmp).toThrow(/^internal: staged file .* is not a temp file beside/);
    }
    expect(visible(dir)).toEqual(OLD);
  });

  it('removes the staged temps and their folder when it gives up before the commit point', () => {
    const dir = setup({ ...OLD, 'out/sub': 'a file where a folder is needed' });
    const changes = [...staged(dir, 'folder'), { folder: path.join(dir, 'out/sub'), name: 'd.txt', content: 'd' }];
    const e = thrown(() => commitFileSet(changes, { project: dir, journalDir: path.join(dir, 'out'), durable: false }));
    expect(e.diagnostics[0]).toMatchObject({ ruleId: 'output-unwritable', message: 'cannot write out/sub/d.txt (ENOTDIR); nothing was written' });
    expect(visible(dir)).toEqual({ ...OLD, 'out/sub': 'a file where a folder is needed' });
    expect(leftovers(dir)).toEqual([]);
  });

  it('killed at any point: recovery leaves exactly the old or the new set, and no staging folder', async () => {
    const dir = setup();
    const changes = staged(dir, 'folder');
    const states = await crashStates(dir, () => commitFileSet(changes, { project: dir, journalDir: path.join(dir, 'out'), durable: false }));
    const outcomes = new Set<string>();
    let journaled = 0;
    for (const state of states) {
      const journal = leftovers(state).some((f) => /\.diglot-journal-.*\.json$/.test(f));
      recoverFileSets(path.join(state, 'out'), state);
      const after = visible(state);
      expect([OLD, { 'keep/user.txt': 'mine', 'out/a.txt': 'new a', 'out/b.txt': 'new b' }]).toContainEqual(after);
      outcomes.add(after['out/c.txt'] ?? 'new');
      // with a journal, recovery cleans up completely; before it (only temps, none after the end)
      // that is the build's removal of dead temps from outDir (tests/project/recover-writes.test.ts)
      if (journal) journaled++;
      if (journal) expect(leftovers(state)).toEqual([]);
      else if (leftovers(state).length) expect(leftovers(state).map((f) => f.replace(/-\d+-ab12/, '-PID-ab12')).sort()).toEqual(['out/.diglot-tmp-PID-ab12-t0', 'out/.diglot-tmp-PID-ab12-t0/0-a.txt', 'out/.diglot-tmp-PID-ab12-t0/1-b.txt']);
    }
    expect(journaled).toBeGreaterThan(4);
    expect([...outcomes].sort()).toEqual(['new', 'old c']);
  });
});

describe('ensureDir', () => {
  /** Runs `f` while existsSync says "no" once for `p`, after `meanwhile` (another thread's work) ran. */
  function racing(p: string, meanwhile: () => void, f: () => void): void {
    const real = fs.existsSync.bind(fs);
    let raced = false;
    const spy = vi.spyOn(fs, 'existsSync').mockImplementation((q) => {
      if (String(q) !== p || raced) return real(q);
      raced = true;
      meanwhile();
      return false;
    });
    try {
      f();
    } finally {
      spy.mockRestore();
    }
  }

  it('takes a folder another thread made between its look and its mkdir (not recorded as its own), but not a file', () => {
    const dir = setup();
    const created: string[] = [];
    const target = path.join(dir, 'out/new');
    racing(target, () => fs.mkdirSync(target), () => ensureDir(target, created));
    expect(created).toEqual([]);
    expect(fs.statSync(target).isDirectory()).toBe(true);
    const file = path.join(dir, 'out/a.txt');
    racing(file, () => undefined, () => expect(() => ensureDir(file)).toThrow(/EEXIST/));
  });
});

describe('commitFileSet killed at any point (fault injection)', () => {
  it('every file is complete old or new at every point, and recovery leaves exactly the old or the new set', async () => {
    const dir = setup();
    const states = await crashStates(dir, () => commitFileSet(changes(dir), { project: dir, journalDir: path.join(dir, 'out') }));
    expect(states.length).toBeGreaterThan(12);
    let old = 0;
    let fresh = 0;
    for (const state of states) {
      const before = visible(state);
      for (const [f, c] of Object.entries(before)) expect([OLD[f as keyof typeof OLD], NEW[f as keyof typeof NEW]]).toContain(c);
      recoverFileSets(path.join(state, 'out'), state);
      const after = visible(state);
      expect([OLD, NEW]).toContainEqual(after);
      expect(leftovers(state)).toEqual([]);
      if (JSON.stringify(after) === JSON.stringify(visible(setup(NEW)))) fresh++;
      else old++;
    }
    // both outcomes occur: the crash points before the commit and after it were both exercised
    expect(old).toBeGreaterThan(3);
    expect(fresh).toBeGreaterThan(3);
  });
});

describe('recoverFileSets', () => {
  it('leaves the journal of a live process alone, and refuses a journal that names files outside the project', () => {
    const dir = setup();
    const live = { format: 'diglot-journal/1', state: 'committed', pid: process.ppid, host: os.hostname(), created: '', changes: [{ op: 'remove', target: 'a.txt' }] };
    fs.writeFileSync(path.join(dir, 'out/.diglot-journal-1-aa.json'), JSON.stringify(live));
    expect(recoverFileSets(path.join(dir, 'out'), dir)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'out/a.txt'))).toBe(true);
    const victim = path.join(setup({ 'victim.txt': 'not diglot\'s' }), 'victim.txt');
    const evil = { ...live, pid: deadPid(), changes: [{ op: 'remove', target: path.relative(path.join(dir, 'out'), victim) }] };
    fs.writeFileSync(path.join(dir, 'out/.diglot-journal-1-aa.json'), JSON.stringify(evil));
    expect(recoverFileSets(path.join(dir, 'out'), dir)).toMatchObject([{ ruleId: 'output-journal-invalid', severity: 'warning' }]);
    expect(fs.readFileSync(victim, 'utf8')).toBe('not diglot\'s');
    const foreign = { ...live, host: 'elsewhere.example' };
    fs.writeFileSync(path.join(dir, 'out/.diglot-journal-1-aa.json'), JSON.stringify(foreign));
    expect(recoverFileSets(path.join(dir, 'out'), dir)).toMatchObject([{ ruleId: 'output-journal-pending', severity: 'warning' }]);
    expect(visible(dir)).toEqual(OLD);
  });
});
