#!/usr/bin/env node
// Runs a TypeScript script (benchmarks, evaluations) through the same tsx loader as the CLI.
import { register } from 'tsx/esm/api';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

register();
const [script, ...rest] = process.argv.slice(2);
if (!script) {
  process.stderr.write('usage: node src/cli/run-ts.js SCRIPT.ts [args…]\n');
  process.exit(2);
}
process.argv = [process.argv[0], script, ...rest];
await import(pathToFileURL(path.resolve(script)).href);
