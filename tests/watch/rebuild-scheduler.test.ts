// The debounce of --watch, on a fake clock: a burst of saves is one build, saves during a build are
// one more build after it, builds never overlap, and close() waits for the running one.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRebuildScheduler } from '../../src/watch/rebuild-scheduler.js';
import { fakeClock } from './fake-clock.js';

/** A build the test finishes by hand. */
function manualBuilds() {
  const runs: string[][] = [];
  const finishers: Array<() => void> = [];
  let active = 0;
  let maxActive = 0;
  const run = (changed: string[]) => {
    runs.push(changed);
    active++;
    maxActive = Math.max(maxActive, active);
    return new Promise<void>((resolve) => finishers.push(() => { active--; resolve(); }));
  };
  return { runs, run, finish: async () => { finishers.shift()?.(); await new Promise((r) => setImmediate(r)); }, maxActive: () => maxActive };
}

describe('rebuild scheduler', () => {
  it('turns a burst of saves into one build once the debounce time has passed without a save', async () => {
    const clock = fakeClock();
    const b = manualBuilds();
    const s = createRebuildScheduler({ debounceMs: 100, clock, run: b.run });
    s.notify('b.md');
    clock.tick(60);
    s.notify('a.md');
    clock.tick(60);
    s.notify('b.md');
    clock.tick(99);
    expect(b.runs).toEqual([]);
    clock.tick(1);
    expect(b.runs).toEqual([['a.md', 'b.md']]);
    await b.finish();
    await s.idle();
    expect(clock.pending()).toBe(0);
  });

  it('builds once more after a build during which files were saved, never two at once', async () => {
    const clock = fakeClock();
    const b = manualBuilds();
    const s = createRebuildScheduler({ debounceMs: 50, clock, run: b.run });
    s.notify('a.md');
    clock.tick(50);
    expect(b.runs).toHaveLength(1);
    s.notify('b.json');
    clock.tick(50);
    s.notify('c.yaml');
    clock.tick(500);
    expect(b.runs).toHaveLength(1);
    await b.finish();
    clock.tick(50);
    expect(b.runs).toEqual([['a.md'], ['b.json', 'c.yaml']]);
    await b.finish();
    await s.idle();
    expect(b.maxActive()).toBe(1);
  });

  it('keeps scheduling after a build that throws', async () => {
    const clock = fakeClock();
    const runs: string[][] = [];
    const s = createRebuildScheduler({ debounceMs: 10, clock, run: async (c) => { runs.push(c); throw new Error('boom'); } });
    s.notify('a.md');
    clock.tick(10);
    await s.idle();
    s.notify('b.md');
    clock.tick(10);
    await s.idle();
    expect(runs).toEqual([['a.md'], ['b.md']]);
  });

  it('close() cancels a waiting build and waits for the running one', async () => {
    const clock = fakeClock();
    const b = manualBuilds();
    const s = createRebuildScheduler({ debounceMs: 10, clock, run: b.run });
    s.notify('a.md');
    clock.tick(10);
    s.notify('b.md');
    let closed = false;
    const closing = s.close().then(() => { closed = true; });
    await new Promise((r) => setImmediate(r));
    expect(closed).toBe(false);
    await b.finish();
    await closing;
    expect(closed).toBe(true);
    s.notify('c.md');
    clock.tick(100);
    expect(b.runs).toEqual([['a.md']]);
  });

  it('every saved path reaches exactly one build, whatever the timing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('a.md', 'b.md', 'c.json', 'd.yaml'), fc.integer({ min: 0, max: 80 }), fc.boolean()), { minLength: 1, maxLength: 25 }), async (steps) => {
        const clock = fakeClock();
        const b = manualBuilds();
        const s = createRebuildScheduler({ debounceMs: 30, clock, run: b.run });
        const saved: string[] = [];
        for (const [file, wait, finishOne] of steps) {
          s.notify(file);
          saved.push(file);
          clock.tick(wait);
          if (finishOne) await b.finish();
        }
        for (let i = 0; i < 50 && (clock.pending() > 0 || b.runs.length > 0); i++) {
          clock.tick(30);
          await b.finish();
        }
        await s.idle();
        expect(b.maxActive()).toBeLessThanOrEqual(1);
        expect(b.runs.length).toBeGreaterThan(0);
        // each build names each path once; a path saved after a build started shows up in a later one
        for (const r of b.runs) expect(new Set(r).size).toBe(r.length);
        expect(new Set(b.runs.flat())).toEqual(new Set(saved));
      }),
      { numRuns: 60 },
    );
  });
});
