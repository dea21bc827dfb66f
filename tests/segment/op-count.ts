// Counts the work a synchronous call does, as calls of the collection, string and regex built-ins that
// every loop in the segmenter goes through (Set/Map look-ups, array pushes, slices, regex tests). A
// deterministic stand-in for time: linear code does ~4× the work on a 4× input, quadratic code ~16×.
type Method = [object, string];

const COUNTED: Method[] = [
  [Set.prototype, 'has'],
  [Set.prototype, 'add'],
  [Map.prototype, 'get'],
  [Map.prototype, 'set'],
  [Map.prototype, 'has'],
  [Array.prototype, 'push'],
  [String.prototype, 'slice'],
  [String.prototype, 'includes'],
  [RegExp.prototype, 'exec'],
  [RegExp.prototype, 'test'],
];

/** Runs `fn` with the counted built-ins wrapped; returns how many times they were called. */
export function countOperations(fn: () => unknown): number {
  let count = 0;
  const saved = COUNTED.map(([proto, name]) => (proto as Record<string, unknown>)[name] as (...a: unknown[]) => unknown);
  COUNTED.forEach(([proto, name], k) => {
    const original = saved[k];
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value: function counted(this: unknown, ...args: unknown[]) {
        count++;
        return original.apply(this, args);
      },
    });
  });
  try {
    fn();
  } finally {
    COUNTED.forEach(([proto, name], k) => Object.defineProperty(proto, name, { configurable: true, writable: true, value: saved[k] }));
  }
  return count;
}

/** Work at 4n over work at n: ≈ 4 for linear work, ≈ 16 for quadratic. */
export function growth(make: (n: number) => () => unknown, n: number): number {
  make(n)(); // warm-up: compiled rules and caches are not part of the growth
  return countOperations(make(4 * n)) / countOperations(make(n));
}
