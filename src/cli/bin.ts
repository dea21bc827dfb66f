#!/usr/bin/env node
// Entry point of `npx diglot` (bundled into lib/bin/diglot.js by scripts/build-lib.mjs): runs the CLI
// on the process's streams.
import { runCli } from './main.js';

// `diglot … | head` closes the pipe early: that is not an error worth a stack trace
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
