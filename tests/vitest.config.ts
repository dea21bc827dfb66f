import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Kept under tests/ so the repository root holds only the entries the project layout names.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest's default in run mode is one worker fewer than there are cores: on a 2-core machine a
    // single worker, with the main process mostly waiting. Test files do not share files on disk
    // (each works in its own temp copy), so every core can run one.
    maxWorkers: os.availableParallelism(),
    // A worker runs its test files one after another in one module graph instead of re-importing
    // diglot (and remark, ajv, yaml) for every file: no test depends on fresh module state (no
    // vi.mock; spies and env stubs are restored), and the stages keep no state between calls.
    isolate: false,
  },
});
