// The progress bar: drawn on a terminal only after the work has taken a second, redrawn in place
// and erased; nothing on a pipe, in CI, with --quiet or TERM=dumb; no colour with NO_COLOR. And the
// core reports progress as data: buildEdition's onProgress sees every document read and matched.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createProgressBar, formatProgress, progressEnabled } from '../../src/cli/progress.js';
import { buildEdition } from '../../src/project/index.js';
import type { Progress } from '../../src/model/progress.js';
import { copyProject } from '../helpers/project.js';

function terminal(isTTY = true) {
  const chunks: string[] = [];
  return { out: { isTTY, columns: 60, write: (s: string) => chunks.push(s) }, chunks };
}

describe('progress bar', () => {
  it('stays silent for the first second, then draws in place, and erases itself', () => {
    const { out, chunks } = terminal();
    let now = 0;
    const bar = createProgressBar(out, { env: { NO_COLOR: '1' }, now: () => now });
    bar.onProgress({ stage: 'read', done: 1, total: 10 });
    now = 999;
    bar.onProgress({ stage: 'read', done: 2, total: 10 });
    expect(chunks).toEqual([]);
    now = 1000;
    bar.onProgress({ stage: 'read', done: 5, total: 10 });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatch(/^\rread {6}█+░+ {2}5\/10 {3}50 %\u001b\[K$/);
    now = 1010;
    bar.onProgress({ stage: 'read', done: 6, total: 10 });
    expect(chunks).toHaveLength(1);
    bar.onProgress({ stage: 'match', done: 0, total: 10 });
    expect(chunks).toHaveLength(2);
    bar.clear();
    expect(chunks.at(-1)).toBe('\r\u001b[K');
    bar.clear();
    expect(chunks).toHaveLength(3);
  });

  it('draws nothing on a pipe, in CI, with --quiet or TERM=dumb', () => {
    expect(progressEnabled(terminal().out, { env: {} })).toBe(true);
    expect(progressEnabled(terminal(false).out, { env: {} })).toBe(false);
    expect(progressEnabled(terminal().out, { env: { CI: 'true' } })).toBe(false);
    expect(progressEnabled(terminal().out, { env: { CI: '1' } })).toBe(false);
    expect(progressEnabled(terminal().out, { env: { CI: 'false' } })).toBe(true);
    expect(progressEnabled(terminal().out, { env: { TERM: 'dumb' } })).toBe(false);
    expect(progressEnabled(terminal().out, { env: {}, quiet: true })).toBe(false);
    for (const [env, quiet, tty] of [[{ CI: 'true' }, false, true], [{}, true, true], [{}, false, false]] as const) {
      const { out, chunks } = terminal(tty);
      let now = 0;
      const bar = createProgressBar(out, { env, now: () => now, quiet });
      now = 5000;
      bar.onProgress({ stage: 'read', done: 1, total: 2 });
      bar.clear();
      expect(chunks).toEqual([]);
    }
  });

  it('colours the bar only when colour is allowed (NO_COLOR, FORCE_COLOR)', () => {
    const draw = (env: NodeJS.ProcessEnv) => {
      const { out, chunks } = terminal();
      let now = 0;
      const bar = createProgressBar(out, { env, now: () => now });
      now = 2000;
      bar.onProgress({ stage: 'write', done: 1, total: 2 });
      return chunks.join('');
    };
    expect(draw({})).toContain('\u001b[36m');
    expect(draw({ NO_COLOR: '1' })).not.toContain('\u001b[36m');
    expect(draw({ NO_COLOR: '1' })).toContain('█');
  });

  it('fits any count into its width and never overfills (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 2000 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 10, max: 200 }), (done, total, columns) => {
        const line = formatProgress({ stage: 'match', done, total }, columns);
        const filled = (line.match(/█/g) ?? []).length;
        const empty = (line.match(/░/g) ?? []).length;
        expect(filled + empty).toBeGreaterThanOrEqual(10);
        expect(filled + empty).toBeLessThanOrEqual(40);
        if (total > 0 && done >= total) expect(empty).toBe(0);
        if (done <= 0 && total > 0) expect(filled).toBe(0);
        expect(line).toMatch(/ \d+ %$/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('onProgress in the build API', () => {
  it('reports each document read and matched, then rendering, as data', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const seen: Progress[] = [];
    await buildEdition({ cwd: dir, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => `${p.stage} ${p.done}/${p.total}`)).toEqual(['read 0/1', 'match 0/1', 'render 0/1', 'render 1/1']);
  });
});
