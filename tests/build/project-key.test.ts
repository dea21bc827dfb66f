// The code stamp in every cache key: a built lib/ is stamped by the digest `npm run build` writes
// last (lib/code-stamp.txt); unbuilt code (src/ in development) by its modules' newest time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeStamp } from '../../src/build/project-key.js';

const folder = () => fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-code-stamp-')));
const setTime = (file: string, seconds: number) => fs.utimesSync(file, seconds, seconds);

describe('codeStamp', () => {
  it('a built lib/: the stamp file decides, not the modules (which are not read)', () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'a.js'), 'export {}');
    fs.writeFileSync(path.join(dir, 'code-stamp.txt'), 'digest-1\n');
    setTime(path.join(dir, 'code-stamp.txt'), 1_000);
    const first = codeStamp(dir);
    expect(first).toContain('digest-1');
    // a module's time alone does not count once there is a stamp
    setTime(path.join(dir, 'a.js'), 5_000);
    expect(codeStamp(dir)).toBe(first);
    // a rebuild writes another digest
    fs.writeFileSync(path.join(dir, 'code-stamp.txt'), 'digest-2\n');
    setTime(path.join(dir, 'code-stamp.txt'), 1_000);
    const second = codeStamp(dir);
    expect(second).not.toBe(first);
    // the same digest written again later (a hand-edited lib/ rebuilt) is another stamp too: its time
    setTime(path.join(dir, 'code-stamp.txt'), 2_000);
    expect(codeStamp(dir)).not.toBe(second);
  });

  it('unbuilt code: the newest modification time and the number of modules', () => {
    const dir = folder();
    fs.mkdirSync(path.join(dir, 'build'));
    fs.writeFileSync(path.join(dir, 'build/a.ts'), 'export {}');
    fs.writeFileSync(path.join(dir, 'notes.md'), 'not code');
    setTime(path.join(dir, 'build/a.ts'), 1_000);
    const first = codeStamp(dir);
    expect(first).toBe(`${dir}:1:1000000`);
    setTime(path.join(dir, 'build/a.ts'), 2_000);
    expect(codeStamp(dir)).toBe(`${dir}:1:2000000`);
    fs.writeFileSync(path.join(dir, 'build/b.ts'), 'export {}');
    setTime(path.join(dir, 'build/b.ts'), 1_500);
    expect(codeStamp(dir)).toBe(`${dir}:2:2000000`);
  });
});
