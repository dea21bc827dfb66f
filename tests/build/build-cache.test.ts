// The build cache's entries: parts read alone (beyond the first read of an entry too), each checked
// by its own checksum, a damaged part never trusted while the others still are; staged until commit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBuildCache } from '../../src/build/build-cache.js';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-build-cache-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const KEY = '0123456789abcdef0123456789abcdef';

describe('build cache entries', () => {
  it('reads each part alone, a first part larger than one read included', () => {
    const cache = openBuildCache(root);
    const big = { text: 'ä'.repeat(100_000), n: 1 };
    const second = { rows: [['Der Rat tagt.', 'The council meets.', 3]] };
    cache.writeParts(KEY, [big, second]);
    expect(cache.read(KEY)).toBeUndefined(); // staged: not yet the cache's
    cache.commit();
    expect(cache.readPart(KEY, 0)).toEqual(big);
    expect(cache.read(KEY)).toEqual(big);
    expect(cache.readPart(KEY, 1)).toEqual(second);
    expect(cache.readPart(KEY, 2)).toBeUndefined();
  });

  it('a staged entry reads back before the commit (checked like any entry), and not once discarded', () => {
    const cache = openBuildCache(root);
    const head = { findings: [{ ruleId: 'translation-stale', message: '„Gut“ changed' }] };
    expect(cache.writeParts(KEY, [head, { cross: 1 }])).toBe(true);
    expect(cache.readStaged(KEY, 0)).toEqual(head);
    expect(cache.readStaged(KEY, 1)).toEqual({ cross: 1 });
    expect(cache.readStaged('fedcba9876543210fedcba9876543210', 0)).toBeUndefined();
    // a damaged staged entry is not trusted either
    const tmp = fs.readdirSync(cache.dir).find((n) => n.endsWith('.tmp'))!;
    fs.writeFileSync(path.join(cache.dir, tmp), fs.readFileSync(path.join(cache.dir, tmp), 'utf8').replace('Gut', 'GUT'));
    expect(cache.readStaged(KEY, 0)).toBeUndefined();
    cache.discard();
    expect(cache.readStaged(KEY, 1)).toBeUndefined();
  });

  it('hasStaged: a staged entry still there with its size as written (a look, not a read)', () => {
    const cache = openBuildCache(root);
    expect(cache.writeParts(KEY, [{ a: 1 }])).toBe(true);
    expect(cache.hasStaged(KEY)).toBe(true);
    expect(cache.hasStaged('fedcba9876543210fedcba9876543210')).toBe(false);
    const tmp = path.join(cache.dir, fs.readdirSync(cache.dir).find((n) => n.endsWith('.tmp'))!);
    fs.appendFileSync(tmp, ' ');
    expect(cache.hasStaged(KEY)).toBe(false);
    fs.rmSync(tmp);
    expect(cache.hasStaged(KEY)).toBe(false);
    expect(openBuildCache(root, false).hasStaged(KEY)).toBe(false);
  });

  it('a cache that cannot stage says so (nothing to read back)', () => {
    const off = openBuildCache(root, false);
    expect(off.writeParts(KEY, [{ a: 1 }])).toBe(false);
    expect(off.readStaged(KEY, 0)).toBeUndefined();
    // a cache folder that is a file: nothing can be staged under it
    fs.mkdirSync(path.join(root, '.diglot'));
    fs.writeFileSync(path.join(root, '.diglot', 'cache'), 'not a folder');
    const blocked = openBuildCache(root);
    expect(blocked.writeParts(KEY, [{ a: 1 }])).toBe(false);
    expect(blocked.readStaged(KEY, 0)).toBeUndefined();
  });

  it('a damaged part is not trusted; the other part still is', () => {
    const cache = openBuildCache(root);
    cache.writeParts(KEY, [{ head: 'kopf' }, { cross: 'quer' }]);
    cache.commit();
    const file = path.join(cache.dir, `${KEY}.json`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('quer', 'QUER'));
    expect(cache.readPart(KEY, 0)).toEqual({ head: 'kopf' });
    expect(cache.readPart(KEY, 1)).toBeUndefined();
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('kopf', 'KOPF'));
    expect(cache.readPart(KEY, 0)).toBeUndefined();
  });

  it("a truncated entry, another key's entry and another format are not trusted", () => {
    const cache = openBuildCache(root);
    const other = 'fedcba9876543210fedcba9876543210';
    cache.writeParts(KEY, [{ a: 1 }, { b: 2 }]);
    cache.write(other, { c: 3 });
    cache.commit();
    const file = path.join(cache.dir, `${KEY}.json`);
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 3));
    expect(cache.readPart(KEY, 0)).toEqual({ a: 1 });
    expect(cache.readPart(KEY, 1)).toBeUndefined();
    fs.copyFileSync(path.join(cache.dir, `${other}.json`), file);
    expect(cache.read(KEY)).toBeUndefined();
    fs.writeFileSync(file, bytes.toString('utf8').replace(/diglot-build-cache\/\d+/, 'diglot-build-cache/1'));
    expect(cache.read(KEY)).toBeUndefined();
  });

  it('discard leaves nothing; prune removes what a build did not use', () => {
    const cache = openBuildCache(root);
    cache.write(KEY, { a: 1 });
    cache.discard();
    expect(fs.existsSync(path.join(root, '.diglot'))).toBe(false);
    const again = openBuildCache(root);
    again.write(KEY, { a: 1 });
    again.write('fedcba9876543210fedcba9876543210', { b: 1 });
    again.commit();
    again.prune(new Set([KEY]));
    expect(fs.readdirSync(again.dir)).toEqual([`${KEY}.json`]);
  });
});
