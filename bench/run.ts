// `npm run bench`: runs every stage benchmark in its own process (so peak-memory figures don't mix)
// and prints their tables. `npm run bench -- segment align` runs a subset; other arguments go to each
// stage run (`npm run bench -- build --sizes 10000`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const STAGES = ['startup', 'segment', 'glossary', 'memory', 'align', 'interchange', 'sync', 'build'];
// a word naming a bench/<word>.ts is a stage; everything else (`--sizes 10000`, `--rounds 3`) goes to
// the stages' own options
const args = process.argv.slice(2);
const isStage = (a: string) => !a.startsWith('-') && fs.existsSync(path.join(here, `${a}.ts`));
const wanted = args.filter(isStage);
const forwarded = args.filter((a) => !isStage(a));
const stages = wanted.length ? wanted : STAGES;

let failed = 0;
for (const stage of stages) {
  console.log(`\n=== bench/${stage}.ts ===`);
  const res = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'src/cli/run-ts.js'), path.join(here, `${stage}.ts`), ...forwarded], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) {
    failed++;
    console.log(`bench/${stage}.ts exited ${res.status}`);
  }
}
process.exitCode = failed ? 1 : 0;
