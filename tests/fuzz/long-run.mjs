// `npm run fuzz`: the fuzz suite with many more runs (FUZZ_RUNS, default 1000; FUZZ_SEED replays a
// failure). `npm test` runs the same properties with 40 runs each, in a few seconds.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
// vitest's CLI entry (its package exports do not list it)
const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '1000' };
console.log(`fuzz: ${env.FUZZ_RUNS} runs per property${env.FUZZ_SEED ? `, seed ${env.FUZZ_SEED}` : ''}`);
const res = spawnSync(process.execPath, [vitest, 'run', '--config', 'tests/vitest.config.ts', 'tests/fuzz', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exitCode = res.status ?? 1;
