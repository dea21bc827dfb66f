// What `diglot serve` sends for a request path: files inside outDir only (no `..`, encoded separators,
// NUL or symlinks out), no hidden files, index.html for folders, the right MIME types.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentType, listPages, resolveRequest } from '../../src/serve/index.js';

function outDir() {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-serve-'));
  const dist = path.join(base, 'dist');
  fs.mkdirSync(path.join(dist, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'a.html'), '<p>a</p>');
  fs.writeFileSync(path.join(dist, 'index.html'), '<p>index</p>');
  fs.writeFileSync(path.join(dist, 'sub', 'index.html'), '<p>sub</p>');
  fs.writeFileSync(path.join(dist, 'ä b.json'), '{}');
  fs.writeFileSync(path.join(dist, '.diglot-manifest.json'), '{}');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(dist, 'link.txt'));
  fs.symlinkSync(path.join(dist, 'a.html'), path.join(dist, 'inner.html'));
  return { base, dist };
}

describe('resolveRequest', () => {
  const { base, dist } = outDir();
  const real = fs.realpathSync(dist);

  it('serves files and folders (index.html) inside outDir, with query strings and encoded names', () => {
    expect(resolveRequest(dist, '/a.html?x=1')).toEqual({ kind: 'file', file: path.join(real, 'a.html'), type: 'text/html; charset=utf-8', html: true });
    expect(resolveRequest(dist, '/')).toMatchObject({ kind: 'file', file: path.join(real, 'index.html') });
    expect(resolveRequest(dist, '/sub/')).toMatchObject({ kind: 'file', file: path.join(real, 'sub', 'index.html') });
    expect(resolveRequest(dist, '/%C3%A4%20b.json')).toMatchObject({ kind: 'file', type: 'application/json; charset=utf-8', html: false });
    expect(resolveRequest(dist, '/inner.html')).toMatchObject({ kind: 'file', file: path.join(real, 'a.html') });
  });

  it('never leaves outDir: traversal, encoded separators, NUL, symlinks out; hidden files and missing ones are 404', () => {
    for (const url of ['/..%2fsecret.txt', '/..%5csecret.txt', '/a.html%00.txt', '/%E0%A4%A', '/sub%2f..%2f..%2fsecret.txt']) {
      expect(resolveRequest(dist, url).kind, url).toBe('bad-request');
    }
    // the URL parser resolves `..` and `%2e%2e` before we see them: the path stays inside outDir
    for (const url of ['/%2e%2e/secret.txt', '/sub/%2E%2E/%2E%2E/secret.txt', '/../secret.txt']) expect(resolveRequest(dist, url).kind, url).toBe('not-found');
    for (const url of ['/link.txt', '/.diglot-manifest.json', '/nope.html', '/sub/nope']) expect(resolveRequest(dist, url).kind, url).toBe('not-found');
  });

  it('lists the pages at / when there is no index.html, and says not-found before the first build', () => {
    fs.rmSync(path.join(dist, 'index.html'));
    expect(resolveRequest(dist, '/')).toEqual({ kind: 'listing' });
    expect(listPages(dist)).toEqual(['a.html']);
    expect(resolveRequest(path.join(base, 'nothing'), '/')).toEqual({ kind: 'listing' });
    expect(resolveRequest(path.join(base, 'nothing'), '/a.html')).toEqual({ kind: 'not-found' });
    expect(listPages(path.join(base, 'nothing'))).toEqual([]);
  });

  it('resolves any request path to a file inside outDir or to no file (property)', () => {
    const segment = fc.oneof(fc.constantFrom('..', '.', '%2e%2e', '%2F', '%5C', '%00', 'a.html', 'sub', 'link.txt', '', '%'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segs) => {
        const r = resolveRequest(dist, `/${segs.join('/')}`);
        if (r.kind === 'file') expect(r.file.startsWith(real + path.sep)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('names the MIME type of every output diglot writes', () => {
    expect(contentType('a.html')).toBe('text/html; charset=utf-8');
    expect(contentType('a.md')).toBe('text/markdown; charset=utf-8');
    expect(contentType('coverage.json')).toBe('application/json; charset=utf-8');
    expect(contentType('a.tmx')).toBe('application/x-tmx+xml; charset=utf-8');
    expect(contentType('a.xliff12.xlf')).toBe('application/xliff+xml; charset=utf-8');
    expect(contentType('glossary.tbx')).toBe('application/x-tbx+xml; charset=utf-8');
    expect(contentType('photo.JPG')).toBe('image/jpeg');
    expect(contentType('archive.zip')).toBe('application/octet-stream');
  });
});
