// --watch's core over a real project in a temp folder: builds through buildEdition + writeEdition,
// with file events fed by the test (injected) and time on a fake clock. A half-written save fails
// with file:line:col and keeps the last good output; the next save recovers; new and deleted files count.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchProject, type Rebuild } from '../../src/watch/index.js';
import type { FileEvent, SubscribeFiles } from '../../src/watch/index.js';
import { copyProject, read, write } from '../helpers/project.js';
import { fakeClock } from './fake-clock.js';

function harness(dir: string, extra: { gate?: Parameters<typeof watchProject>[0]['gate'] } = {}) {
  const clock = fakeClock();
  const results: Rebuild[] = [];
  let emit: (e: FileEvent) => void = () => undefined;
  let watched: readonly string[] = [];
  let closed = false;
  const subscribe: SubscribeFiles = (paths, _skips, onEvent) => {
    watched = paths;
    emit = onEvent;
    return { ready: Promise.resolve(), close: async () => { closed = true; } };
  };
  const w = watchProject({ cwd: dir, clock, subscribe, debounceMs: 100, onRebuild: (r) => results.push(r), ...extra });
  /** Saves `file` (relative) with `content` (or deletes it), reports the event, lets the debounce pass and waits for the build. */
  const save = async (file: string, content: string | null, kind: FileEvent['kind'] = content === null ? 'unlink' : 'change') => {
    if (content === null) fs.rmSync(path.join(dir, file), { force: true });
    else write(dir, file, content);
    emit({ kind, path: path.join(dir, file) });
    clock.tick(100);
    await w.idle();
    return results.at(-1)!;
  };
  return { w, results, save, clock, watched: () => watched, closed: () => closed };
}

describe('watchProject', () => {
  it('builds at start, rebuilds on a saved translation, and reports what changed', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const h = harness(dir);
    const first = await h.w.ready;
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.trigger).toEqual([]);
    expect(first.documents).toBe(1);
    expect(first.changed.length).toBe(first.written.length);
    expect(h.watched()).toEqual([dir]);
    const en = read(dir, 'locales/en/mini.json');
    const next = await h.save('locales/en/mini.json', en.replace('A small alliance', 'A tiny alliance'));
    expect(next.ok).toBe(true);
    if (!next.ok) return;
    expect(next.trigger).toEqual(['locales/en/mini.json']);
    expect(read(dir, 'dist/mini.html')).toContain('A tiny alliance');
    // only the outputs whose bytes changed are named
    expect(next.changed.length).toBeGreaterThan(0);
    expect(next.changed.length).toBeLessThan(next.written.length);
    expect(next.changed).toContain('dist/mini.html');
    expect(next.changed).not.toContain('dist/coverage.json');
    await h.w.close();
    expect(h.closed()).toBe(true);
  });

  it('survives a half-written save: reports it at file:line:col, keeps the last good output, recovers on the next save', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const h = harness(dir);
    await h.w.ready;
    const good = read(dir, 'dist/mini.html');
    const en = read(dir, 'locales/en/mini.json');
    const broken = await h.save('locales/en/mini.json', en.slice(0, Math.floor(en.length / 2)));
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.kept).toBe(true);
    expect(broken.internal).toBeUndefined();
    expect(broken.diagnostics.length).toBeGreaterThan(0);
    expect(broken.diagnostics[0]).toMatchObject({ ruleId: 'resource-invalid-json', file: 'locales/en/mini.json' });
    expect(broken.diagnostics[0].place?.start.line).toBeGreaterThan(1);
    expect(read(dir, 'dist/mini.html')).toBe(good);
    const fixed = await h.save('locales/en/mini.json', en.replace('A small alliance', 'A mended alliance'));
    expect(fixed.ok).toBe(true);
    expect(read(dir, 'dist/mini.html')).toContain('A mended alliance');
    await h.w.close();
  });

  it('follows a broken and repaired run definition, new and deleted articles', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const h = harness(dir);
    await h.w.ready;
    const yaml = read(dir, 'pipeline/edition.yaml');
    const bad = await h.save('pipeline/edition.yaml', `${yaml}outptus: [html]\n`);
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.map((d) => d.ruleId)).toContain('config-unknown-key');
    await h.save('pipeline/edition.yaml', yaml);
    const added = await h.save('locales/de/zweiter.md', '---\ntitle: Zweiter Artikel\nslug: zweiter\n---\n\nEin neuer Satz.\n', 'add');
    expect(added.ok && added.documents).toBe(2);
    expect(fs.existsSync(path.join(dir, 'dist/zweiter.html'))).toBe(true);
    const removed = await h.save('locales/de/zweiter.md', null);
    expect(removed.ok && removed.documents).toBe(1);
    expect(removed.ok && removed.removed).toContain('dist/zweiter.html');
    expect(fs.existsSync(path.join(dir, 'dist/zweiter.html'))).toBe(false);
    await h.w.close();
  });

  it('ignores events for outputs and unrelated files', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const h = harness(dir);
    await h.w.ready;
    await h.save('dist/extra.html', 'x', 'add');
    await h.save('notes.txt', 'x', 'add');
    await h.save('locales/en/.diglot-tmp-1', 'x', 'add');
    expect(h.results).toHaveLength(1);
    await h.w.close();
  });

  it('writes nothing while a gate refuses the edition (--require), and says so', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const h = harness(dir, { gate: (ed) => (ed.coverage.total.missing > 0 ? [{ ruleId: 'require-translated', severity: 'error', message: 'missing English' }] : []) });
    const first = await h.w.ready;
    expect(first.ok).toBe(true);
    const html = read(dir, 'dist/mini.html');
    const en = JSON.parse(read(dir, 'locales/en/mini.json')) as Record<string, string | null>;
    en['Das Bündnis wächst.'] = null;
    const refused = await h.save('locales/en/mini.json', JSON.stringify(en, null, 2));
    expect(refused.ok).toBe(false);
    expect(refused.diagnostics.map((d) => d.ruleId)).toContain('require-translated');
    expect(read(dir, 'dist/mini.html')).toBe(html);
    await h.w.close();
  });

  it('reports a bug in a build as internal and keeps watching', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    let calls = 0;
    const h = harness(dir, { gate: () => { if (++calls === 2) throw new Error('bug'); return []; } });
    await h.w.ready;
    const failed = await h.save('locales/de/mini.md', read(dir, 'locales/de/mini.md'));
    expect(failed.ok === false && failed.internal?.message).toBe('bug');
    const again = await h.save('locales/de/mini.md', read(dir, 'locales/de/mini.md'));
    expect(again.ok).toBe(true);
    await h.w.close();
  });
});
