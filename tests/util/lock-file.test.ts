// Lock files record their owner; a lock whose process is gone (same host) is broken and the caller
// told; a live owner, another host or an unknown owner keeps it; other errors are thrown as they are.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/util/lock-file.js';
import { deadPid } from '../helpers/crash.js';

const lockIn = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-lock-')), '.doc.diglot-lock');

describe('acquireLock', () => {
  it('records PID, host and time, and releases', () => {
    const file = lockIn();
    const lock = acquireLock(file);
    expect(lock.state).toBe('acquired');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname(), created: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    if (lock.state === 'acquired') lock.release();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('is held while its owner lives', () => {
    const file = lockIn();
    fs.writeFileSync(file, JSON.stringify({ pid: process.pid, host: os.hostname() }));
    expect(acquireLock(file)).toMatchObject({ state: 'held', owner: { pid: process.pid } });
  });

  it('breaks the lock of a process that is gone (new and old lock format) and says whose it was', () => {
    const dead = deadPid();
    for (const content of [JSON.stringify({ pid: dead, host: os.hostname(), created: '2020-01-01T00:00:00Z' }), `${dead}\n`]) {
      const file = lockIn();
      fs.writeFileSync(file, content);
      const lock = acquireLock(file);
      expect(lock).toMatchObject({ state: 'acquired', broken: { pid: dead } });
      expect(JSON.parse(fs.readFileSync(file, 'utf8')).pid).toBe(process.pid);
    }
  });

  it('keeps a lock from another host or with unreadable content', () => {
    const foreign = lockIn();
    fs.writeFileSync(foreign, JSON.stringify({ pid: deadPid(), host: 'elsewhere.example' }));
    expect(acquireLock(foreign)).toMatchObject({ state: 'held', owner: { host: 'elsewhere.example' } });
    const garbage = lockIn();
    fs.writeFileSync(garbage, 'not a lock');
    expect(acquireLock(garbage)).toMatchObject({ state: 'held', owner: undefined });
  });

  it('breaks an empty lock only once it is older than a crash between create and write could explain', () => {
    const file = lockIn();
    fs.writeFileSync(file, '');
    expect(acquireLock(file).state).toBe('held');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
    expect(acquireLock(file).state).toBe('acquired');
  });

  it('throws other file-system errors as they are (the caller reports them)', () => {
    const file = path.join(lockIn(), 'missing-folder', '.doc.diglot-lock');
    expect(() => acquireLock(file)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});

describe('removeStaleLocks', () => {
  it('removes the locks of processes that are gone (and their temp files), keeps live and foreign ones', async () => {
    const { removeStaleLocks } = await import('../../src/util/lock-file.js');
    const dir = path.dirname(lockIn());
    const dead = deadPid();
    fs.writeFileSync(path.join(dir, '.a.diglot-lock'), JSON.stringify({ pid: dead, host: os.hostname() }));
    fs.writeFileSync(path.join(dir, `.a.diglot-lock.${dead}.tmp`), 'half');
    fs.writeFileSync(path.join(dir, '.b.diglot-lock'), JSON.stringify({ pid: process.pid, host: os.hostname() }));
    fs.writeFileSync(path.join(dir, '.c.diglot-lock'), JSON.stringify({ pid: dead, host: 'elsewhere.example' }));
    expect(removeStaleLocks(dir)).toEqual([{ path: path.join(dir, '.a.diglot-lock'), owner: { pid: dead, host: os.hostname() } }]);
    expect(fs.readdirSync(dir).sort()).toEqual(['.b.diglot-lock', '.c.diglot-lock']);
  });
});
