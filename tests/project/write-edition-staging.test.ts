// Staging folders: each thread stages its outputs in a folder of its own inside outDir
// (`.diglot-tmp-<pid>-<rand>-t<thread>/`), made on its first staged output; the commit renames them
// into place and removes the folders, a discard removes them too; symlinked outputs and unsafe names
// are handled as the commit handles them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker, threadId } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import type { EditionConfig } from '../../src/config/index.js';
import type { OutputFile } from '../../src/project/render-outputs.js';
import { commitOutputs, discardStaged, openStageTarget, removeStagedFiles, stageOutput, stageOutputParts, writeOutputFiles, type StagedOutput, type StageTarget } from '../../src/project/write-edition.js';
import { recoverFileSets } from '../../src/util/recover-file-sets.js';
import { thrownDiglotError } from '../helpers/diglot-error.js';

function project(): { root: string; config: EditionConfig; dist: string } {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-stage-')));
  return { root, config: { root, outDir: 'dist' } as EditionConfig, dist: path.join(root, 'dist') };
}

/** Entries of dist/ that diglot made for a build in progress (temps, staging folders, journals). */
const pending = (dist: string) => (fs.existsSync(dist) ? fs.readdirSync(dist).filter((n) => n.startsWith('.diglot-tmp-') || n.startsWith('.diglot-journal-')) : []);

describe('staging folders', () => {
  it('a thread stages into one folder of its own inside outDir, gone after the commit', () => {
    const p = project();
    const target = openStageTarget(p.config);
    const staged = ['a.html', 'b.html', 'c.json'].map((n) => stageOutput(target, n, `content of ${n}`));
    const folder = path.join(p.dist, `.diglot-tmp-${target.id}-t${threadId}`);
    expect(target.id).toMatch(new RegExp(`^${process.pid}-[0-9a-f]+$`));
    expect(pending(p.dist)).toEqual([path.basename(folder)]);
    expect(staged.map((s) => path.relative(folder, s.tmp!))).toEqual(['0-a.html', '1-b.html', '2-c.json']);
    expect(fs.readFileSync(staged[1].tmp!, 'utf8')).toBe('content of b.html');
    const write = commitOutputs(p.config, target, staged);
    expect(write.rewritten).toEqual(['dist/a.html', 'dist/b.html', 'dist/c.json']);
    expect(fs.readdirSync(p.dist).sort()).toEqual(['.diglot-manifest.json', 'a.html', 'b.html', 'c.json']);
    expect(fs.readFileSync(path.join(p.dist, 'c.json'), 'utf8')).toBe('content of c.json');
  });

  it('an output staged twice (its article built again) is committed with its second content', () => {
    const p = project();
    const target = openStageTarget(p.config);
    const first = stageOutput(target, 'a.html', 'first');
    removeStagedFiles([first]);
    const second = stageOutput(target, 'a.html', 'second');
    expect(path.dirname(second.tmp!)).toBe(path.dirname(first.tmp!));
    commitOutputs(p.config, target, [second]);
    expect(fs.readFileSync(path.join(p.dist, 'a.html'), 'utf8')).toBe('second');
    expect(pending(p.dist)).toEqual([]);
    // and the next build stages again (a folder anew), leaving an unchanged file alone
    const next = openStageTarget(p.config);
    const again = [stageOutput(next, 'a.html', 'second'), stageOutput(next, 'b.html', 'new')];
    expect(again[0].tmp).toBeUndefined();
    commitOutputs(p.config, next, again);
    expect(pending(p.dist)).toEqual([]);
  });

  it('an output staged in parts has the bytes, digest and size of the same text staged whole, and is left alone when in place', () => {
    const p = project();
    // over a megabyte (written in pieces), with characters of two, three and four UTF-8 bytes
    const parts = Array.from({ length: 3000 }, (_, i) => `{"n": ${i}, "t": "Grüße „${'x'.repeat(400)}“ 😀"}\n`);
    const target = openStageTarget(p.config);
    const inParts = stageOutputParts(target, 'coverage.json', parts);
    const whole = stageOutput(target, 'whole.json', parts.join(''));
    expect(inParts).toMatchObject({ hash: whole.hash, size: whole.size });
    expect(inParts.size).toBeGreaterThan(1 << 20);
    expect(fs.readFileSync(inParts.tmp!, 'utf8')).toBe(parts.join(''));
    commitOutputs(p.config, target, [inParts, whole]);
    // the next build finds it in place: no temp file is left, nothing is committed for it
    const next = openStageTarget(p.config);
    const again = stageOutputParts(next, 'coverage.json', parts);
    expect(again.tmp).toBeUndefined();
    expect(again.hash).toBe(whole.hash);
    expect(pending(p.dist).flatMap((d) => fs.readdirSync(path.join(p.dist, d)))).toEqual([]);
    const write = commitOutputs(p.config, next, [again, { ...whole, tmp: undefined }]);
    expect(write.rewritten).toEqual([]);
    expect(pending(p.dist)).toEqual([]);
  });

  it('a discarded build leaves no temp, no staging folder, and no outDir it made', () => {
    const p = project();
    const target = openStageTarget(p.config);
    const staged = ['a.html', 'b.html'].map((n) => stageOutput(target, n, n));
    expect(fs.existsSync(p.dist)).toBe(true);
    discardStaged(target, staged);
    expect(fs.existsSync(p.dist)).toBe(false);
    // in an outDir that was there already: it stays, with what was in it
    fs.mkdirSync(p.dist);
    fs.writeFileSync(path.join(p.dist, 'robots.txt'), 'mine');
    const other = openStageTarget(p.config);
    discardStaged(other, [stageOutput(other, 'a.html', 'x')]);
    expect(fs.readdirSync(p.dist)).toEqual(['robots.txt']);
  });

  it('a worker thread stages into its own folder; a folder whose temps were all superseded goes too', async () => {
    const p = project();
    const target = openStageTarget(p.config);
    const mine = stageOutput(target, 'a.html', 'from this thread a.html');
    const theirs = await stageInWorker(target, ['b.html', 'c.html']);
    const folders = pending(p.dist).sort();
    expect(folders).toHaveLength(2);
    expect(path.dirname(theirs[0].tmp!)).not.toBe(path.dirname(mine.tmp!));
    // c.html built again in this thread: the worker's folder is then named by no output committed
    removeStagedFiles(theirs);
    const outputs = [mine, ...['b.html', 'c.html'].map((n) => stageOutput(target, n, `again ${n}`))];
    commitOutputs(p.config, target, outputs);
    expect(pending(p.dist)).toEqual([]);
    expect(fs.readFileSync(path.join(p.dist, 'b.html'), 'utf8')).toBe('again b.html');
  });

  it('a worker\'s staged outputs are committed from its folder by this thread', async () => {
    const p = project();
    const target = openStageTarget(p.config);
    const theirs = await stageInWorker(target, ['b.html']);
    commitOutputs(p.config, target, theirs);
    expect(fs.readFileSync(path.join(p.dist, 'b.html'), 'utf8')).toBe('from worker b.html');
    expect(pending(p.dist)).toEqual([]);
  });
});

describe('a commit that fails after its commit point', () => {
  it('leaves the temps its journal names, even when the build then discards what it staged; the next run completes the set', () => {
    const p = project();
    writeOutputFiles(p.config, [{ path: 'dist/a.html', content: 'old a' }, { path: 'dist/b.html', content: 'old b' }] as OutputFile[]);
    const target = openStageTarget(p.config);
    const staged = ['a.html', 'b.html'].map((n) => stageOutput(target, n, `new ${n[0]}`));
    const real = fs.renameSync;
    let renames = 0;
    const spy = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (String(from).includes('.diglot-tmp-') && ++renames === 2) throw Object.assign(new Error('simulated'), { code: 'EIO' });
      return real(from, to);
    });
    try {
      expect(thrownDiglotError(() => commitOutputs(p.config, target, staged)).diagnostics[0].ruleId).toBe('output-interrupted');
    } finally {
      spy.mockRestore();
    }
    discardStaged(target, staged);
    expect(fs.readFileSync(staged[1].tmp!, 'utf8')).toBe('new b');
    // the next run (this process's own journal counts as finished: a commit is synchronous)
    expect(recoverFileSets(p.dist, p.root)).toMatchObject([{ ruleId: 'output-recovered' }]);
    expect(fs.readFileSync(path.join(p.dist, 'a.html'), 'utf8')).toBe('new a');
    expect(fs.readFileSync(path.join(p.dist, 'b.html'), 'utf8')).toBe('new b');
    expect(pending(p.dist)).toEqual([]);
  });
});

describe('staging, safely', () => {
  it('an output symlinked to another folder of the project is staged beside the file it leads to', () => {
    const p = project();
    fs.mkdirSync(p.dist);
    fs.mkdirSync(path.join(p.root, 'shared'));
    fs.symlinkSync('../shared/a.html', path.join(p.dist, 'a.html'));
    const target = openStageTarget(p.config);
    const staged = [stageOutput(target, 'a.html', 'through the link'), stageOutput(target, 'b.html', 'plain')];
    expect(path.dirname(staged[0].tmp!)).toBe(path.join(p.root, 'shared'));
    expect(path.basename(staged[0].tmp!)).toMatch(/^\.diglot-tmp-\d+-[0-9a-f]+-t\d+-0-a\.html$/);
    commitOutputs(p.config, target, staged);
    expect(fs.readlinkSync(path.join(p.dist, 'a.html'))).toBe('../shared/a.html');
    expect(fs.readFileSync(path.join(p.root, 'shared/a.html'), 'utf8')).toBe('through the link');
    expect([...pending(p.dist), ...pending(path.join(p.root, 'shared'))]).toEqual([]);
  });

  it('refuses a symlink leading out of the project and a name with a separator, writing nothing there', () => {
    const p = project();
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-outside-')));
    fs.mkdirSync(p.dist);
    fs.symlinkSync(path.join(outside, 'victim.html'), path.join(p.dist, 'evil.html'));
    const target = openStageTarget(p.config);
    const evil = thrownDiglotError(() => stageOutput(target, 'evil.html', 'x'));
    expect(evil.diagnostics[0]).toMatchObject({ ruleId: 'output-path-unsafe' });
    expect(evil.diagnostics[0].message).toMatch(/symlink .* outside the project/);
    expect(thrownDiglotError(() => stageOutput(target, '../locales/x.json', 'x')).diagnostics[0].message).toMatch(/path separator/);
    expect(fs.readdirSync(outside)).toEqual([]);
    discardStaged(target, []);
    expect(pending(p.dist)).toEqual([]);
  });

  it('a disk that refuses (full, read-only) is output-unwritable naming the output, and leaves no temp file', () => {
    const p = project();
    const target = openStageTarget(p.config);
    const full = (code: string) => Object.assign(new Error(`${code}: no space left on device, write`), { code });
    const spy = vi.spyOn(fs, 'writeFileSync').mockImplementation((file) => {
      fs.closeSync(fs.openSync(file as string, 'wx'));
      throw full('ENOSPC');
    });
    try {
      const err = thrownDiglotError(() => stageOutput(target, 'a.html', 'x'));
      expect(err.diagnostics).toEqual([expect.objectContaining({ ruleId: 'output-unwritable', file: 'dist/a.html', message: 'cannot write dist/a.html (ENOSPC); nothing was written' })]);
    } finally {
      spy.mockRestore();
    }
    const write = vi.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw full('EDQUOT');
    });
    try {
      expect(thrownDiglotError(() => stageOutputParts(target, 'b.json', ['{', '}'])).diagnostics[0]).toMatchObject({ ruleId: 'output-unwritable', message: 'cannot write dist/b.json (EDQUOT); nothing was written' });
    } finally {
      write.mockRestore();
    }
    // the temps begun are gone; the staging folder goes with the build's discard
    const staging = pending(p.dist).map((n) => path.join(p.dist, n));
    expect(staging.flatMap((d) => fs.readdirSync(d))).toEqual([]);
    discardStaged(target, []);
    expect(pending(p.dist)).toEqual([]);
  });

  it('never stages into an entry of the staging folder\'s name that is there already (a symlink planted there)', () => {
    const p = project();
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-outside-')));
    fs.mkdirSync(p.dist);
    const target = openStageTarget(p.config);
    fs.symlinkSync(outside, path.join(p.dist, `.diglot-tmp-${target.id}-t${threadId}`));
    expect(() => stageOutput(target, 'a.html', 'x')).toThrow(/EEXIST/);
    expect(fs.readdirSync(outside)).toEqual([]);
  });
});

/** Stages `names` in a worker thread (running the TypeScript source through tsx, as the build does). */
async function stageInWorker(target: StageTarget, names: string[]): Promise<StagedOutput[]> {
  const entry = new URL('../../src/project/write-edition.ts', import.meta.url).href;
  const code = `const { parentPort, workerData } = require('node:worker_threads');
import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); }).then((w) => {
  parentPort.postMessage(workerData.names.map((n) => w.stageOutput(workerData.target, n, 'from worker ' + n)));
});`;
  const worker = new Worker(code, { eval: true, workerData: { target, names } });
  try {
    return await new Promise<StagedOutput[]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}
