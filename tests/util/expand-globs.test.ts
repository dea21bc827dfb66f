// Source and glossary patterns: absolute patterns inside the project work, patterns outside it and
// symlinks leading outside are refused (reported, not silently skipped), symlinks inside are followed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandGlobs, globMatches } from '../../src/util/expand-globs.js';

function tree(): { root: string; outside: string } {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-glob-')));
  const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-glob-out-')));
  for (const f of ['locales/de/a.md', 'locales/de/b.md', 'articles/2024/c.md', 'articles/d.md', 'shared/e.md']) {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    fs.writeFileSync(path.join(root, f), '# x\n');
  }
  fs.writeFileSync(path.join(outside, 'foreign.md'), '# x\n');
  return { root, outside };
}

describe('expandGlobs', () => {
  it('expands * ? and ** relative to the root, sorted', () => {
    const { root } = tree();
    expect(expandGlobs(root, ['locales/de/*.md', 'articles/**/*.md', 'locales/de/?.md'])).toEqual({ files: ['articles/2024/c.md', 'articles/d.md', 'locales/de/a.md', 'locales/de/b.md'], unmatched: [], refused: [] });
  });

  it('makes an absolute pattern inside the project work like the relative one', () => {
    const { root } = tree();
    expect(expandGlobs(root, [path.join(root, 'locales/de/*.md'), path.join(root, 'articles/d.md')]).files).toEqual(['articles/d.md', 'locales/de/a.md', 'locales/de/b.md']);
  });

  it('refuses patterns that point outside the project, absolute or by ..', () => {
    const { root, outside } = tree();
    const res = expandGlobs(root, [path.join(outside, '*.md'), '../*.md', 'locales/../../x.md']);
    expect(res.files).toEqual([]);
    expect(res.unmatched).toEqual([]);
    expect(res.refused.map((r) => r.reason)).toEqual(['pattern-outside', 'pattern-outside', 'pattern-outside']);
  });

  it('follows a symlinked article inside the project, refuses one leading outside or nowhere', () => {
    const { root, outside } = tree();
    fs.symlinkSync('../../shared/e.md', path.join(root, 'locales/de/linked.md'));
    fs.symlinkSync(path.join(outside, 'foreign.md'), path.join(root, 'locales/de/foreign.md'));
    fs.symlinkSync('missing.md', path.join(root, 'locales/de/broken.md'));
    const res = expandGlobs(root, ['locales/de/*.md']);
    expect(res.files).toEqual(['locales/de/a.md', 'locales/de/b.md', 'locales/de/linked.md']);
    expect(res.refused).toEqual([
      { pattern: 'locales/de/*.md', path: 'locales/de/broken.md', reason: 'symlink-broken' },
      { pattern: 'locales/de/*.md', path: 'locales/de/foreign.md', reason: 'symlink-outside' },
    ].sort((a, b) => (a.path < b.path ? -1 : 1)));
    expect(expandGlobs(root, ['locales/de/foreign.md']).refused).toMatchObject([{ reason: 'symlink-outside' }]);
  });

  it('walks a symlinked folder inside the project once, and ends on a symlink loop', () => {
    const { root, outside } = tree();
    fs.symlinkSync('../articles', path.join(root, 'locales/more'));
    fs.symlinkSync('..', path.join(root, 'articles/2024/up'));
    fs.symlinkSync(outside, path.join(root, 'articles/elsewhere'));
    const res = expandGlobs(root, ['locales/**/*.md']);
    expect(res.files).toContain('locales/more/d.md');
    expect(res.files).toContain('locales/more/2024/c.md');
    expect(res.files.some((f) => f.includes('elsewhere'))).toBe(false);
    expect(res.files.length).toBeLessThan(20);
  });
});

describe('globMatches', () => {
  it('matches like the walker', () => {
    expect(globMatches('**/*.md', 'dist/x.md')).toBe(true);
    expect(globMatches('locales/de/*.md', 'dist/x.md')).toBe(false);
    expect(globMatches('locales/de/*.md', 'locales/de/x.md')).toBe(true);
    expect(globMatches('locales/**/*.md', 'locales/de/sub/x.md')).toBe(true);
    expect(globMatches('*.md', 'x.html')).toBe(false);
  });
});
