// Crash tests for build, sync and import, in two ways:
// 1. fault injection: the project as it is on disk before every changing file-system call of a run
//    (what a kill -9 at that moment leaves); the next run's recovery must leave exactly the old or
//    exactly the new set, and the next command must then work without any manual step;
// 2. real `kill -9` of a child process running the command in a loop, at random moments; after each
//    kill every file is complete, the set consistent, nothing lost, and the next run succeeds.
// The kill loop is bounded (DIGLOT_CRASH_KILLS per command, default 2) so it runs in seconds.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, read, repoRoot, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { crashStates, listFolders, treeOf } from '../helpers/crash.js';
import { loadConfig } from '../../src/config/index.js';
import { recoverProjectWrites } from '../../src/project/recover-writes.js';
import { runPipeline } from '../../src/project/index.js';
import { contentHash } from '../../src/locale/index.js';

const SRC = 'locales/de/gipfel.md';
const SLUGS = ['gipfel', 'zweiter'];
const KILLS = Number(process.env.DIGLOT_CRASH_KILLS ?? 2);

/** Two articles with their English, synced; German version B and two translated XLIFF files ready. */
async function crashProject(): Promise<string> {
  const dir = copyProject('tests/fixtures/sync/basic');
  write(dir, 'pipeline/edition.yaml', read(dir, 'pipeline/edition.yaml').replace('outputs: [html, coverage]', 'outputs: [html, md, json, coverage]'));
  write(dir, 'locales/de/zweiter.md', '---\ntitle: Zweiter Artikel\nslug: zweiter\n---\n\nDer Rat tagt. Er entscheidet nichts.\n');
  write(dir, 'locales/en/zweiter.json', '{\n  "Zweiter Artikel": "Second article",\n  "Der Rat tagt.": "The council meets.",\n  "Er entscheidet nichts.": "It decides nothing."\n}\n');
  const a = read(dir, SRC);
  const b = a.replace('Die Presse ist zufrieden.', 'Die Presse jubelt.').replace('Das glaubt ihm niemand.', 'Das glaubt ihm niemand. Nicht einmal seine Partei.');
  expect(b).not.toBe(a);
  write(dir, 'source-a.md.txt', a);
  write(dir, 'source-b.md.txt', b);
  expect((await runDiglot(['sync'], { cwd: dir })).code).toBe(0);
  const xlf = (await runDiglot(['export', '--format', 'xliff'], { cwd: dir })).stdout;
  for (const [file, press, council] of [['back-a.xlf', 'The press is pleased.', 'The council convenes.'], ['back-b.xlf', 'The press is delighted.', 'The council sits.']]) {
    const text = xlf.replace('<target>The press is satisfied.</target>', `<target>${press}</target>`).replace('<target>The council meets.</target>', `<target>${council}</target>`);
    expect(text).toContain(press);
    expect(text).toContain(council);
    write(dir, file, text);
  }
  return dir;
}

/** The resources (locales/en/) and their archives and sidecars (.diglot/locales/en/), diglot's temporary files left out. */
const localeSet = (dir: string) => Object.fromEntries(
  ['locales/en', '.diglot/locales/en']
    .flatMap((sub) => (fs.existsSync(path.join(dir, sub)) ? Object.entries(treeOf(path.join(dir, sub))).filter(([f]) => !f.startsWith('.')).map(([f, c]) => [`${sub}/${f}`, c] as const) : []))
    .sort(([x], [y]) => (x < y ? -1 : 1)),
);
const distSet = (dir: string) => Object.fromEntries(Object.entries(treeOf(path.join(dir, 'dist'))).sort(([x], [y]) => (x < y ? -1 : 1)));
// files, and folders (a build's staging folders; an empty one is no file)
const diglotLeftovers = (dir: string) => [...Object.keys(treeOf(dir)), ...listFolders(dir).map((f) => path.relative(dir, f))].filter((f) => /(^|\/)\.diglot-(tmp|journal)-/.test(f));

/** The set a command leaves when it runs to the end (computed on a copy). */
async function outcome(dir: string, argv: string[], pick: (d: string) => Record<string, string>): Promise<Record<string, string>> {
  const copy = copyProject(dir);
  const res = await runDiglot(argv, { cwd: copy });
  expect(res.code, res.stderr).toBe(0);
  return pick(copy);
}

/** Segment keys of both German versions, by the hash the sidecar records for them. */
async function keysByHash(dir: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const v of ['source-a.md.txt', 'source-b.md.txt']) {
    const copy = copyProject(dir);
    write(copy, SRC, read(dir, v));
    for (const d of (await runPipeline({ cwd: copy })).documents) out.set(contentHash(d.source.text), d.source.segments.map((s) => s.key));
  }
  return out;
}

/**
 * The locale files of every document are complete JSON and agree with each other: the resource has
 * exactly the keys of the German version its sidecar names, every English has its sidecar entry,
 * and no English of `initial` is lost (it is in the resource or the archive).
 */
function expectConsistentLocales(dir: string, keys: Map<string, string[]>, initial: Set<string>): void {
  const english = new Set<string>();
  for (const slug of SLUGS) {
    const resource = JSON.parse(read(dir, `locales/en/${slug}.json`)) as Record<string, string | null>;
    const sidecar = JSON.parse(read(dir, `.diglot/locales/en/${slug}.diglot.json`)) as { sourceHash: string; entries: Record<string, { target: string }> };
    const orphansFile = path.join(dir, `.diglot/locales/en/${slug}.orphans.json`);
    const orphans = fs.existsSync(orphansFile) ? (JSON.parse(fs.readFileSync(orphansFile, 'utf8')) as { orphans: Array<{ en: string }> }).orphans : [];
    expect(keys.has(sidecar.sourceHash), `${slug}: sidecar names a German version`).toBe(true);
    expect(Object.keys(resource), `${slug}: resource keys = segments of that version`).toEqual(keys.get(sidecar.sourceHash));
    for (const [k, v] of Object.entries(resource)) {
      if (v === null) continue;
      expect(sidecar.entries[k]?.target, `${slug}: sidecar entry of "${k}" describes the resource's English`).toBe(contentHash(v));
      english.add(v);
    }
    for (const o of orphans) english.add(o.en);
  }
  const lost = [...initial].filter((e) => !english.has(e));
  expect(lost).toEqual([]);
}

function initialEnglish(dir: string): Set<string> {
  const out = new Set<string>();
  for (const slug of SLUGS) for (const v of Object.values(JSON.parse(read(dir, `locales/en/${slug}.json`)) as Record<string, string | null>)) if (v) out.add(v);
  return out;
}

describe('crash at every step (fault injection)', () => {
  it('build: dist/ is the old or the new edition, never a mix; the next build works', async () => {
    const dir = await crashProject();
    expect((await runDiglot(['build'], { cwd: dir })).code).toBe(0);
    const before = distSet(dir);
    write(dir, SRC, read(dir, 'source-b.md.txt'));
    const after = await outcome(dir, ['build'], distSet);
    expect(after).not.toEqual(before);
    const states = await crashStates(dir, () => runDiglot(['build'], { cwd: dir }));
    expect(states.length).toBeGreaterThan(15);
    const seen = { old: 0, new: 0 };
    for (const state of states) {
      for (const [f, c] of Object.entries(distSet(state))) if (!f.startsWith('.diglot-tmp-') && !f.startsWith('.diglot-journal-')) expect([before[f], after[f]], f).toContain(c);
      recoverProjectWrites(loadConfig(state));
      const got = distSet(state);
      expect([before, after]).toContainEqual(got);
      seen[JSON.stringify(got) === JSON.stringify(after) ? 'new' : 'old']++;
      expect(diglotLeftovers(state)).toEqual([]);
      const next = await runDiglot(['build'], { cwd: state });
      expect(next.code, next.stderr).toBe(0);
      expect(distSet(state)).toEqual(after);
    }
    expect(seen.old).toBeGreaterThan(3);
    expect(seen.new).toBeGreaterThan(3);
  }, 120_000);

  for (const command of [{ name: 'sync', argv: ['sync'] }, { name: 'import', argv: ['import', 'back-a.xlf'] }]) {
    it(`${command.name}: the locale files of both documents are all old or all new; the next run works`, async () => {
      const dir = await crashProject();
      if (command.name === 'sync') write(dir, SRC, read(dir, 'source-b.md.txt'));
      const before = localeSet(dir);
      const after = await outcome(dir, command.argv, localeSet);
      expect(after).not.toEqual(before);
      const states = await crashStates(dir, () => runDiglot(command.argv, { cwd: dir }));
      expect(states.length).toBeGreaterThan(15);
      const seen = { old: 0, new: 0 };
      for (const state of states) {
        for (const [f, c] of Object.entries(localeSet(state))) expect([before[f], after[f]], f).toContain(c);
        recoverProjectWrites(loadConfig(state));
        const got = localeSet(state);
        expect([before, after]).toContainEqual(got);
        seen[JSON.stringify(got) === JSON.stringify(after) ? 'new' : 'old']++;
        expect(diglotLeftovers(state)).toEqual([]);
        // the next run: no manual step (a lock left by the "killed" process is broken)
        const next = await runDiglot(command.argv, { cwd: state });
        expect(next.code, next.stderr).toBe(0);
        expect(localeSet(state)).toEqual(after);
        expect(fs.readdirSync(path.join(state, 'locales/en')).filter((f) => f.includes('.diglot-lock'))).toEqual([]);
      }
      expect(seen.old).toBeGreaterThan(3);
      expect(seen.new).toBeGreaterThan(3);
    }, 120_000);
  }
});

/** Spawns the crash child for `mode`, waits for its first completed run, kills it at a random moment. */
async function killOnce(dir: string, mode: string): Promise<{ runs: number; delay: number }> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'src/cli/run-ts.js'), 'tests/helpers/crash-child.ts', dir, mode], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let errText = '';
  child.stderr.on('data', (d: Buffer) => { errText += d.toString(); });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const delay = Math.floor(Math.random() * 400);
  const started = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`crash child (${mode}) never completed a run: ${out}${errText}`)), 90_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (/^exit /m.test(out)) {
        clearTimeout(timer);
        reject(new Error(`crash child (${mode}) failed a run after a kill: ${out}`));
      } else if (/^done 0$/m.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      reject(new Error(`crash child (${mode}) ended: ${out}${errText}`));
    });
  });
  try {
    await started;
  } catch (e) {
    // never leave a child running when the test gives up
    child.kill('SIGKILL');
    await exited;
    throw e;
  }
  await new Promise((r) => setTimeout(r, delay));
  child.kill('SIGKILL');
  await exited;
  return { runs: (out.match(/^done /gm) ?? []).length, delay };
}

describe('kill -9 at random moments (real processes)', () => {
  it(`build, sync and import survive ${KILLS} kills each: files complete, sets consistent, nothing lost, next run works`, async () => {
    const projects = await Promise.all(['build', 'sync', 'import'].map(async (mode) => ({ mode, dir: await crashProject() })));
    const keys = await keysByHash(projects[0].dir);
    const editions = new Map<string, Record<string, string>>();
    {
      const { dir } = projects[0];
      for (const v of ['source-a.md.txt', 'source-b.md.txt']) {
        const copy = copyProject(dir);
        write(copy, SRC, read(dir, v));
        expect((await runDiglot(['build'], { cwd: copy })).code).toBe(0);
        editions.set(v, distSet(copy));
      }
    }
    await Promise.all(projects.map(async ({ mode, dir }) => {
      const initial = initialEnglish(dir);
      for (let k = 0; k < KILLS; k++) {
        // the next child starts in the state the killed one left: its first run must recover
        const { runs, delay } = await killOnce(dir, mode);
        expect(runs, `${mode} kill ${k} after ${delay} ms`).toBeGreaterThan(0);
        // before any recovery: every file diglot owns is complete (old or new), never half written
        if (mode === 'build') {
          for (const [f, c] of Object.entries(distSet(dir))) {
            if (!/^\.diglot-(tmp|journal)-/.test(f)) expect([...editions.values()].map((e) => e[f]), `build kill ${k}: ${f}`).toContain(c);
          }
        } else {
          for (const [f, c] of Object.entries(localeSet(dir))) expect(() => JSON.parse(c), `${mode} kill ${k}: ${f}`).not.toThrow();
        }
        recoverProjectWrites(loadConfig(dir));
        expect(diglotLeftovers(dir), `${mode} kill ${k}`).toEqual([]);
        if (mode === 'build') expect([...editions.values()], `build kill ${k} after ${delay} ms`).toContainEqual(distSet(dir));
        else expectConsistentLocales(dir, keys, initial);
      }
      // and an ordinary run afterwards needs no manual step
      const argv = mode === 'import' ? ['import', 'back-a.xlf', '--prefer', 'file'] : [mode];
      const next = await runDiglot(argv, { cwd: dir });
      expect(next.code, next.stderr).toBe(0);
    }));
  }, 300_000);
});
