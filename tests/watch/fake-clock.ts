// A clock for the watch tests: timers fire only when the test says so, in the order they are due.
import type { Clock } from '../../src/watch/rebuild-scheduler.js';

export interface FakeClock extends Clock {
  /** Moves time forward by `ms`, firing every timer that falls due (in order). */
  tick(ms: number): void;
  /** Timers not yet fired. */
  pending(): number;
}

export function fakeClock(): FakeClock {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = ++seq;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(h) {
      timers.delete(h as number);
    },
    tick(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
    pending: () => timers.size,
  };
}
