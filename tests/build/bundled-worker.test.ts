// The compiled command's worker threads run the bundled worker (lib/bin/build-worker.js): a build by
// `lib/bin/diglot.js --jobs 2` uses one and writes the same edition as `--jobs 1`. Needs lib/ (built
// by `npm ci` through prepare, or `npm run build`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/edition-snapshot.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'lib/bin/diglot.js');
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/build-incremental');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-bundled-worker-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!fs.existsSync(bin))('the compiled command', () => {
  it('builds with the bundled worker thread, the same edition as one thread', () => {
    expect(fs.existsSync(path.join(root, 'lib/bin/build-worker.js'))).toBe(true);
    const project = path.join(tmp, 'one');
    fs.cpSync(FIXTURE, project, { recursive: true });
    // 16 articles: the fixture's four, each three more times under another slug
    for (const name of ['gipfel', 'wahl', 'zug', 'bericht']) {
      for (let k = 2; k <= 4; k++) {
        const md = fs.readFileSync(path.join(project, `locales/de/${name}.md`), 'utf8').replace(`slug: ${name}`, `slug: ${name}-${k}`);
        fs.writeFileSync(path.join(project, `locales/de/${name}-${k}.md`), md);
        const en = path.join(project, `locales/en/${name}.json`);
        if (fs.existsSync(en)) fs.copyFileSync(en, path.join(project, `locales/en/${name}-${k}.json`));
      }
    }
    const copy = path.join(tmp, 'two');
    fs.cpSync(project, copy, { recursive: true });
    const run = (cwd: string, jobs: string) => spawnSync(process.execPath, [bin, 'build', '--jobs', jobs, '--format', 'json'], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } });
    const one = run(project, '1');
    const two = run(copy, '2');
    expect(two.stderr).toBe('');
    expect([one.status, two.status]).toEqual([one.status, one.status]);
    expect(one.status).toBeLessThanOrEqual(1);
    expect(JSON.parse(one.stdout)).toMatchObject({ workers: 0, written: true });
    expect(JSON.parse(two.stdout)).toMatchObject({ workers: 1, written: true });
    const dist = snapshot(path.join(project, 'dist'));
    expect(Object.keys(dist).length).toBeGreaterThan(16 * 4);
    expect(snapshot(path.join(copy, 'dist'))).toEqual(dist);
  }, 120_000);

  it('a cold build that fails on a source while its worker is starting exits 2 at once (the worker is stopped)', () => {
    // no cache yet: the worker starts before the sources are read; one of them is not UTF-8
    const project = path.join(tmp, 'bad-source');
    fs.cpSync(FIXTURE, project, { recursive: true });
    for (let k = 0; k < 12; k++) fs.copyFileSync(path.join(project, 'locales/de/gipfel.md'), path.join(project, `locales/de/kopie-${k}.md`));
    fs.writeFileSync(path.join(project, 'locales/de/kopie-5.md'), Buffer.concat([Buffer.from('---\nslug: kaputt\n---\n\nGr'), Buffer.from([0xfc]), Buffer.from('sse.\n')]));
    const run = spawnSync(process.execPath, [bin, 'build', '--jobs', '2'], { cwd: project, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CI: '1' } });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('input-not-utf8');
    expect(run.stderr).toContain('locales/de/kopie-5.md');
    expect(fs.existsSync(path.join(project, 'dist'))).toBe(false);
  }, 90_000);
});
