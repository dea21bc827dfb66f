#!/usr/bin/env node
// Entry point of `npx diglot`: registers the tsx loader so the TypeScript sources run as they are,
// with no build step between a fresh clone and a working CLI.
import { register } from 'tsx/esm/api';

register();
// `diglot … | head` closes the pipe early: that is not an error worth a stack trace
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
const { runCli } = await import('./main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
