// The one path guard every writer uses: traversal, absolute names, separators, over-long names and
// symlinks leading outside are refused with output-path-unsafe; symlinks inside the project are
// followed (the write lands on the link's target, the link stays).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DiglotError } from '../../src/model/diagnostic.js';
import { inspectWritePath, isInside, relativeTo, resolveEntryPath, resolveWritePath, type RealFolders } from '../../src/util/safe-path.js';

function project(): { root: string; out: string; outside: string } {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-guard-')));
  const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-outside-')));
  const out = path.join(root, 'dist');
  fs.mkdirSync(out);
  fs.mkdirSync(path.join(root, 'locales/en'), { recursive: true });
  return { root, out, outside };
}

function refusal(f: () => unknown): { ruleId: string; message: string } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DiglotError);
    return (e as DiglotError).diagnostics[0] as { ruleId: string; message: string };
  }
  throw new Error('expected a refusal');
}

describe('resolveWritePath', () => {
  it('resolves a plain file name inside its folder', () => {
    const p = project();
    expect(resolveWritePath({ folder: p.out, project: p.root }, 'gipfel.html')).toBe(path.join(p.out, 'gipfel.html'));
    expect(resolveWritePath({ folder: p.out, project: p.root }, '..hidden')).toBe(path.join(p.out, '..hidden'));
  });

  it.each([
    ['traversal', '../locales/en/gipfel.json', /path separator/],
    ['parent', '..', /not a file name/],
    ['current', '.', /not a file name/],
    ['empty', '', /not a file name/],
    ['absolute', '/etc/passwd', /absolute path/],
    ['slash inside', 'a/b.html', /path separator/],
    ['backslash', '..\\..\\x.html', /path separator/],
    ['NUL', 'a\0b', /NUL/],
    ['very long', `${'a'.repeat(300)}.html`, /longer than 255 bytes/],
    ['long in bytes', `${'ä'.repeat(130)}.json`, /longer than 255 bytes/],
  ])('refuses %s', (_name, bad, reason) => {
    const p = project();
    const d = refusal(() => resolveWritePath({ folder: p.out, project: p.root }, bad));
    expect(d.ruleId).toBe('output-path-unsafe');
    expect(d.message).toMatch(reason);
    expect(d.message).toMatch(/nothing was written$/);
  });

  it('refuses a path longer than the system allows', () => {
    const p = project();
    const deep = path.join(p.out, ...Array.from({ length: 20 }, () => 'x'.repeat(250)));
    expect(refusal(() => resolveWritePath({ folder: deep, project: p.root }, 'a.html')).message).toMatch(/path is longer than 4096 bytes/);
  });

  it('follows a symlink to a file inside the project (the write lands on the target)', () => {
    const p = project();
    fs.mkdirSync(path.join(p.root, 'shared'));
    fs.writeFileSync(path.join(p.root, 'shared/gipfel.json'), '{}');
    fs.symlinkSync('../../shared/gipfel.json', path.join(p.root, 'locales/en/gipfel.json'));
    expect(resolveWritePath({ folder: path.join(p.root, 'locales/en'), project: p.root }, 'gipfel.json')).toBe(path.join(p.root, 'shared/gipfel.json'));
    // a dangling one inside the project too: the target is created
    fs.symlinkSync('../../shared/new.json', path.join(p.root, 'locales/en/new.json'));
    expect(resolveWritePath({ folder: path.join(p.root, 'locales/en'), project: p.root }, 'new.json')).toBe(path.join(p.root, 'shared/new.json'));
  });

  it('refuses a symlink that leads outside the project, dangling or not, direct or chained', () => {
    const p = project();
    fs.writeFileSync(path.join(p.outside, 'victim.txt'), 'keep me');
    fs.symlinkSync(path.join(p.outside, 'victim.txt'), path.join(p.out, 'a.html'));
    fs.symlinkSync(path.join(p.outside, 'nothing-yet.txt'), path.join(p.out, 'b.html'));
    fs.symlinkSync('a.html', path.join(p.out, 'c.html'));
    for (const name of ['a.html', 'b.html', 'c.html']) {
      const d = refusal(() => resolveWritePath({ folder: p.out, project: p.root }, name));
      expect(d.message).toMatch(/symlink .* outside the project/);
    }
    expect(fs.readFileSync(path.join(p.outside, 'victim.txt'), 'utf8')).toBe('keep me');
  });

  it('refuses a symlink loop', () => {
    const p = project();
    fs.symlinkSync('y.html', path.join(p.out, 'x.html'));
    fs.symlinkSync('x.html', path.join(p.out, 'y.html'));
    expect(refusal(() => resolveWritePath({ folder: p.out, project: p.root }, 'x.html')).message).toMatch(/chain of more than 40 symlinks/);
  });

  it('trusts the configured folder itself, even when it is a symlink to elsewhere', () => {
    const p = project();
    fs.symlinkSync(p.outside, path.join(p.root, 'public'));
    expect(resolveWritePath({ folder: path.join(p.root, 'public'), project: p.root }, 'a.html')).toBe(path.join(p.outside, 'a.html'));
  });

  it('never resolves outside the folder or the project, whatever the name (property)', () => {
    const p = project();
    fs.symlinkSync(p.outside, path.join(p.out, 'escape'));
    const name = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.array(fc.constantFrom('..', '.', 'escape', 'a', '/', '\\', 'x.html', '%2e%2e', '\0', 'ä'), { maxLength: 8 }).map((parts) => parts.join('')),
      fc.array(fc.constantFrom('..', 'escape', 'a', '', '.'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/')),
    );
    let accepted = 0;
    fc.assert(
      fc.property(name, (n) => {
        let got: string;
        try {
          got = resolveWritePath({ folder: p.out, project: p.root }, n);
        } catch (e) {
          expect(e).toBeInstanceOf(DiglotError);
          expect((e as DiglotError).diagnostics[0].ruleId).toBe('output-path-unsafe');
          return;
        }
        accepted++;
        expect(path.dirname(got)).toBe(p.out);
        expect(isInside(got, p.root)).toBe(true);
      }),
      { numRuns: 400, seed: 7 },
    );
    expect(accepted).toBeGreaterThan(50);
  });
});

describe('resolveWritePath with a memo of real folders (one commit)', () => {
  it('resolves the folder once for many files, one lstat each, with the same answers and refusals', () => {
    const p = project();
    fs.writeFileSync(path.join(p.outside, 'victim.txt'), 'keep me');
    fs.symlinkSync(path.join(p.outside, 'victim.txt'), path.join(p.out, 'evil.html'));
    fs.mkdirSync(path.join(p.out, 'dir.html'));
    fs.writeFileSync(path.join(p.out, 'old.html'), 'x');
    const scope = { folder: p.out, project: p.root };
    const reals: RealFolders = new Map();
    const realpath = vi.spyOn(fs, 'realpathSync');
    const lstat = vi.spyOn(fs, 'lstatSync');
    try {
      for (let i = 0; i < 50; i++) expect(resolveWritePath(scope, `a${i}.html`, reals)).toBe(path.join(p.out, `a${i}.html`));
      expect(realpath.mock.calls.length).toBeLessThanOrEqual(2);
      expect(lstat.mock.calls.length).toBe(50);
    } finally {
      realpath.mockRestore();
      lstat.mockRestore();
    }
    expect(inspectWritePath(scope, 'old.html', reals).stat?.isFile()).toBe(true);
    expect(inspectWritePath(scope, 'dir.html', reals).stat?.isDirectory()).toBe(true);
    expect(inspectWritePath(scope, 'new.html', reals).stat).toBeUndefined();
    expect(refusal(() => resolveWritePath(scope, 'evil.html', reals)).message).toMatch(/symlink .* outside the project/);
    expect(refusal(() => resolveWritePath(scope, 'a/b.html', reals)).message).toMatch(/path separator/);
  });

  it('a folder reached through a symlink resolves to the same real paths as without a memo', () => {
    const p = project();
    fs.mkdirSync(path.join(p.root, 'real-out'));
    fs.symlinkSync('real-out', path.join(p.root, 'linked'));
    const scope = { folder: path.join(p.root, 'linked'), project: p.root };
    const reals: RealFolders = new Map();
    for (const name of ['a.html', 'b.html']) expect(resolveWritePath(scope, name, reals)).toBe(resolveWritePath(scope, name));
    expect(resolveWritePath(scope, 'a.html', reals)).toBe(path.join(p.root, 'real-out/a.html'));
  });
});

describe('resolveEntryPath', () => {
  it('names the folder entry itself, never a symlink target (what a removal removes)', () => {
    const p = project();
    fs.symlinkSync(path.join(p.outside, 'victim.txt'), path.join(p.out, 'old.html'));
    expect(resolveEntryPath({ folder: p.out, project: p.root }, 'old.html')).toBe(path.join(p.out, 'old.html'));
    expect(refusal(() => resolveEntryPath({ folder: p.out, project: p.root }, '../x')).ruleId).toBe('output-path-unsafe');
  });
});

describe('isInside and relativeTo without path.relative (the quick answers match it)', () => {
  // absolute normalised paths over a small alphabet, so that prefixes, equal paths and siblings
  // whose names share a start (/a/b and /a/bc) all come up
  const segment = fc.constantFrom('a', 'b', 'ab', 'bc', 'a.b', 'dist', '.diglot-tmp-1');
  const absolute = fc.array(segment, { maxLength: 4 }).map((parts) => path.join(path.sep, ...parts));
  const slowInside = (p: string, dir: string) => {
    const rel = path.relative(dir, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
  };

  it('isInside gives what path.relative gives', () => {
    fc.assert(fc.property(absolute, absolute, (p, dir) => isInside(p, dir) === slowInside(p, dir)), { numRuns: 2000 });
    expect(isInside('/a/bc', '/a/b')).toBe(false);
    expect(isInside('/a/b/c', '/')).toBe(true);
  });

  it('relativeTo gives path.relative', () => {
    fc.assert(fc.property(absolute, absolute, (dir, p) => relativeTo(dir, p) === path.relative(dir, p)), { numRuns: 2000 });
    expect(relativeTo('/out', '/out/.diglot-tmp-1/a.html')).toBe(path.join('.diglot-tmp-1', 'a.html'));
  });
});
