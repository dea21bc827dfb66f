import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiglotError } from '../../src/model/diagnostic.js';
import { writeFileAtomic, writeFilesAtomic } from '../../src/util/write-atomic.js';

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-write-'));

describe('writeFilesAtomic', () => {
  it('creates missing directories and leaves no temp files', () => {
    const dir = tmpDir();
    writeFilesAtomic([{ path: path.join(dir, 'a/b/one.txt'), content: '1' }, { path: path.join(dir, 'two.txt'), content: '2' }]);
    expect(fs.readFileSync(path.join(dir, 'a/b/one.txt'), 'utf8')).toBe('1');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.diglot-tmp-'))).toEqual([]);
  });

  it('writes none of the files when one cannot be written, and says which (output-unwritable)', () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'old.txt'), 'old');
    fs.writeFileSync(path.join(dir, 'blocker'), 'a file, not a directory');
    let error: unknown;
    try {
      writeFilesAtomic([{ path: path.join(dir, 'old.txt'), content: 'new' }, { path: path.join(dir, 'blocker/x.txt'), content: 'x' }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DiglotError);
    expect((error as DiglotError).diagnostics[0]).toMatchObject({ ruleId: 'output-unwritable', file: 'blocker/x.txt', message: expect.stringMatching(/nothing was written$/) });
    expect(fs.readFileSync(path.join(dir, 'old.txt'), 'utf8')).toBe('old');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.diglot-tmp-'))).toEqual([]);
  });

  it('replaces a file atomically', () => {
    const dir = tmpDir();
    const f = path.join(dir, 'r.json');
    writeFileAtomic(f, '{"a":1}');
    writeFileAtomic(f, '{"a":2}');
    expect(fs.readFileSync(f, 'utf8')).toBe('{"a":2}');
  });
});
