// What a build that died leaves in outDir before its journal (temp files, staging folders of its
// threads) is removed by the next run's recovery when its process is gone, never while it runs; a
// staging folder goes with what is in it, without following a symlink in it or of its name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { recoverProjectWrites } from '../../src/project/recover-writes.js';
import { openStageTarget, stageOutput } from '../../src/project/write-edition.js';
import { copyProject } from '../helpers/project.js';
import { deadPid } from '../helpers/crash.js';

const FIXTURE = 'tests/fixtures/sync/basic';

function project(): { dir: string; dist: string; outside: string } {
  const dir = fs.realpathSync(copyProject(FIXTURE));
  const dist = path.join(dir, 'dist');
  fs.mkdirSync(dist);
  const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-outside-')));
  fs.mkdirSync(path.join(outside, 'folder'));
  fs.writeFileSync(path.join(outside, 'folder/keep.txt'), 'not diglot\'s');
  return { dir, dist, outside };
}

describe('recoverProjectWrites, a build that died before its journal', () => {
  it('removes a dead build\'s staging folders with their temps and its temp files, keeps a live one\'s', () => {
    const p = project();
    const dead = deadPid();
    for (const t of [0, 1]) {
      fs.mkdirSync(path.join(p.dist, `.diglot-tmp-${dead}-ab12-t${t}`));
      fs.writeFileSync(path.join(p.dist, `.diglot-tmp-${dead}-ab12-t${t}/0-a.html`), 'half a build');
    }
    fs.writeFileSync(path.join(p.dist, `.diglot-tmp-${dead}-ab12-t0-3-b.html`), 'the older form');
    fs.writeFileSync(path.join(p.dist, 'a.html'), 'the page');
    // a live build (this process) staging at the same time
    const live = openStageTarget(loadConfig(p.dir));
    const staged = stageOutput(live, 'c.html', 'being built');
    recoverProjectWrites(loadConfig(p.dir));
    expect(fs.readdirSync(p.dist).sort()).toEqual([path.basename(path.dirname(staged.tmp!)), 'a.html']);
    expect(fs.readFileSync(staged.tmp!, 'utf8')).toBe('being built');
  });

  it('never follows a symlink: one named as a staging folder is unlinked, one inside a staging folder too', () => {
    const p = project();
    const dead = deadPid();
    fs.symlinkSync(path.join(p.outside, 'folder'), path.join(p.dist, `.diglot-tmp-${dead}-ab12-t0`));
    fs.mkdirSync(path.join(p.dist, `.diglot-tmp-${dead}-ab12-t1`));
    fs.symlinkSync(path.join(p.outside, 'folder'), path.join(p.dist, `.diglot-tmp-${dead}-ab12-t1/0-a.html`));
    fs.symlinkSync(path.join(p.outside, 'folder/keep.txt'), path.join(p.dist, `.diglot-tmp-${dead}-ab12-t1/1-b.html`));
    recoverProjectWrites(loadConfig(p.dir));
    expect(fs.readdirSync(p.dist)).toEqual([]);
    expect(fs.readdirSync(path.join(p.outside, 'folder'))).toEqual(['keep.txt']);
    expect(fs.readFileSync(path.join(p.outside, 'folder/keep.txt'), 'utf8')).toBe('not diglot\'s');
  });

  it('completes a dead build\'s committed journal from its staging folder, then removes the folder', () => {
    const p = project();
    const dead = deadPid();
    const folder = `.diglot-tmp-${dead}-ab12-t0`;
    fs.writeFileSync(path.join(p.dist, 'a.html'), 'old');
    fs.mkdirSync(path.join(p.dist, folder));
    fs.writeFileSync(path.join(p.dist, folder, '0-a.html'), 'new');
    const journal = { format: 'diglot-journal/1', state: 'committed', pid: dead, host: os.hostname(), created: '', changes: [{ op: 'write', target: 'a.html', tmp: `${folder}/0-a.html` }] };
    fs.writeFileSync(path.join(p.dist, `.diglot-journal-${dead}-ab12.json`), JSON.stringify(journal));
    expect(recoverProjectWrites(loadConfig(p.dir))).toMatchObject([{ ruleId: 'output-recovered' }]);
    expect(fs.readdirSync(p.dist)).toEqual(['a.html']);
    expect(fs.readFileSync(path.join(p.dist, 'a.html'), 'utf8')).toBe('new');
  });
});
