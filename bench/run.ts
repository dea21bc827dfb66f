// `npm run bench`: runs every stage benchmark in its own process (so peak-memory figures don't mix)
// and prints their tables. `npm run bench -- segment align` runs a subset.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const STAGES = ['startup', 'segment', 'glossary', 'memory', 'align', 'interchange', 'sync', 'build'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const stages = (wanted.length ? wanted : STAGES).filter((s) => {
  const ok = fs.existsSync(path.join(here, `${s}.ts`));
  if (!ok) console.log(`bench: no bench/${s}.ts, skipped`);
  return ok;
});

let failed = 0;
for (const stage of stages) {
  console.log(`\n=== bench/${stage}.ts ===`);
  const res = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'src/cli/run-ts.js'), path.join(here, `${stage}.ts`)], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) {
    failed++;
    console.log(`bench/${stage}.ts exited ${res.status}`);
  }
}
process.exitCode = failed ? 1 : 0;
