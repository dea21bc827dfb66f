#!/usr/bin/env node
// `npm run build` (and `prepare`): src/ → lib/ with tsc (ES modules, .d.ts types, source maps with
// the TypeScript inlined), plus the data files compiled modules read beside themselves (found
// through import.meta.url). lib/ is emptied first, so a module deleted from src/ cannot linger there.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const lib = path.join(root, 'lib');

fs.rmSync(lib, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const res = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (res.status !== 0) {
  fs.rmSync(lib, { recursive: true, force: true }); // no half-built lib/ that a later `npx diglot` would run
  process.exit(res.status ?? 1);
}

// Everything in src/ that is neither TypeScript nor a development-only script is data or a licence.
const DEV_ONLY = new Set(['cli/run-ts.js']);
let copied = 0;
for (const rel of fs.readdirSync(src, { recursive: true })) {
  const file = String(rel).split(path.sep).join('/');
  if (file.endsWith('.ts') || DEV_ONLY.has(file) || !fs.statSync(path.join(src, file)).isFile()) continue;
  fs.mkdirSync(path.dirname(path.join(lib, file)), { recursive: true });
  fs.copyFileSync(path.join(src, file), path.join(lib, file));
  copied++;
}
fs.chmodSync(path.join(lib, 'cli', 'bin.js'), 0o755);
// stderr: npm pack --json prints its report on stdout, and prepare runs inside it
process.stderr.write(`lib/ built (tsc; ${copied} data file${copied === 1 ? '' : 's'} copied)\n`);
