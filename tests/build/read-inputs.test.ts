// A build does not read again the files whose stats vouch for the last build's reading of them
// (build/read-inputs.ts), and still sees every change: an edit that keeps the size, one that puts
// the modification time back, a file changed within two seconds of the last build (racy), a lost
// cache entry. Output always that of a full build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildProject } from '../../src/build/build-project.js';
import { CACHE_DIR } from '../../src/build/build-cache.js';
import { fullBuildOf, snapshot } from '../helpers/edition-snapshot.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/build-incremental');
let tmp: string;
let project: string;
// the builds' clock runs ahead, so that files written by the test are settled for the next build
const later = () => Date.now() + 10_000;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-read-inputs-'));
  project = path.join(tmp, 'project');
  fs.cpSync(FIXTURE, project, { recursive: true });
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function fullBuild(): Promise<Record<string, string>> {
  return (await fullBuildOf(project, tmp)).files;
}

/** A modification time in whole seconds (kept exactly by the file system, so it can be put back). */
const PAST = 1_700_000_000;
const setPast = (rel: string) => fs.utimesSync(path.join(project, rel), PAST, PAST);

/** Replaces text in a file (same inode) with text of the same length, and puts its modification time back. */
function editKeepingStat(rel: string, from: string, to: string): void {
  expect(to.length).toBe(from.length);
  const file = path.join(project, rel);
  const before = fs.statSync(file);
  expect(before.mtimeMs).toBe(PAST * 1000);
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
  setPast(rel);
  const after = fs.statSync(file);
  expect([after.size, after.ino, after.mtimeMs]).toEqual([before.size, before.ino, before.mtimeMs]);
}

describe('files the last build read', () => {
  it('are not read again while their stats vouch for it', async () => {
    const cold = await buildProject({ cwd: project, jobs: 1, now: later });
    expect(cold.stats).toMatchObject({ articles: 4, sourcesRead: 4, localesRead: 4 });
    const same = await buildProject({ cwd: project, jobs: 1, now: later });
    // bericht has no English: every locale file is read for it (the look-alike digest), so none is vouched for
    expect(same.stats).toMatchObject({ reused: 4, sourcesRead: 0 });
    fs.writeFileSync(path.join(project, 'locales/en/bericht.json'), '{}\n');
    const withEnglish = await buildProject({ cwd: project, jobs: 1, now: later });
    expect(withEnglish.stats).toMatchObject({ localesRead: 1 });
    const settled = await buildProject({ cwd: project, jobs: 1, now: later });
    expect(settled.stats).toMatchObject({ reused: 4, sourcesRead: 0, localesRead: 0 });
    expect(same.write?.rewritten).toEqual([]);
  });

  it('an edit that keeps the size, the inode and the modification time is still seen (its change time moved)', async () => {
    for (const rel of ['locales/de/zug.md', 'locales/en/gipfel.json']) setPast(rel);
    await buildProject({ cwd: project, jobs: 1, now: later });
    editKeepingStat('locales/de/zug.md', 'um acht Uhr', 'um neun Uhr');
    const b = await buildProject({ cwd: project, jobs: 1, now: later });
    expect(b.stats).toMatchObject({ rebuilt: 1, sourcesRead: 1 });
    editKeepingStat('locales/en/gipfel.json', 'The summit begins on Monday.', 'The summit starts on Monday!');
    const c = await buildProject({ cwd: project, jobs: 1, now: later });
    expect(c.stats.rebuilt).toBeGreaterThanOrEqual(1);
    expect(fs.readFileSync(path.join(project, 'dist/gipfel.json'), 'utf8')).toContain('The summit starts on Monday!');
    expect(snapshot(path.join(project, 'dist'))).toEqual(await fullBuild());
  });

  it('files changed within two seconds before the last build are read again (racy stats)', async () => {
    // the real clock: the test wrote the files just now, so no record is settled yet
    await buildProject({ cwd: project, jobs: 1 });
    const again = await buildProject({ cwd: project, jobs: 1 });
    expect(again.stats).toMatchObject({ reused: 4, sourcesRead: 4 });
  });

  it('a source vouched for whose cached result is gone is read and built', async () => {
    await buildProject({ cwd: project, jobs: 1, now: later });
    const dir = path.join(project, CACHE_DIR);
    const heads = fs.readdirSync(dir).filter((n) => fs.readFileSync(path.join(dir, n), 'utf8').includes('"path":"locales/de/wahl.md"'));
    expect(heads.length).toBeGreaterThan(0);
    for (const n of heads) fs.rmSync(path.join(dir, n));
    const b = await buildProject({ cwd: project, jobs: 1, now: later });
    expect(b.stats).toMatchObject({ rebuilt: 1, reused: 3, sourcesRead: 1 });
    expect(snapshot(path.join(project, 'dist'))).toEqual(await fullBuild());
  });
});
