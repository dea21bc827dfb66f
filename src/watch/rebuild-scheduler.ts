// File events + a clock → debounced rebuild runs: a burst of saves becomes one build, saves during
// a build become one more build after it, never two builds at once. Time comes from an injected
// clock, so tests step through it without waiting.

/** The timer functions the scheduler uses (the real ones by default; a fake one in tests). */
export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const systemClock: Clock = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export interface SchedulerOptions {
  /** Quiet time after the last event before a build starts (editors write a file in several steps). */
  debounceMs: number;
  clock?: Clock;
  /** One build for the paths changed since the last one (sorted, de-duplicated). Never runs concurrently. */
  run(changed: string[]): Promise<void>;
}

export interface RebuildScheduler {
  /** A file changed (or appeared, or was deleted). */
  notify(file: string): void;
  /** Resolves when no build is running or waiting. */
  idle(): Promise<void>;
  /** Stops scheduling; resolves when a running build has finished. */
  close(): Promise<void>;
}

export function createRebuildScheduler(opts: SchedulerOptions): RebuildScheduler {
  const clock = opts.clock ?? systemClock;
  const pending = new Set<string>();
  let timer: unknown;
  let running: Promise<void> | undefined;
  let closed = false;
  let waiters: Array<() => void> = [];

  const settle = () => {
    if (running || timer !== undefined) return;
    const w = waiters;
    waiters = [];
    for (const resolve of w) resolve();
  };
  const arm = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = clock.setTimeout(fire, opts.debounceMs);
  };
  function fire(): void {
    timer = undefined;
    // a build is running: its end re-arms the timer for what changed meanwhile
    if (running || closed) return settle();
    const changed = [...pending].sort();
    pending.clear();
    running = opts
      .run(changed)
      .catch(() => undefined)
      .then(() => {
        running = undefined;
        if (pending.size && !closed) arm();
        settle();
      });
  }
  return {
    notify(file) {
      if (closed) return;
      pending.add(file);
      arm();
    },
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
    async close() {
      closed = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      pending.clear();
      await running;
      settle();
    },
  };
}
