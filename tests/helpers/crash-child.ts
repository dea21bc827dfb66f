// The process the crash test kills with SIGKILL: runs one diglot command in a loop, in-process, with
// the inputs flipping between two versions, so that a kill at a random moment can land anywhere in
// a run (reading, planning, staging, committing, renaming).
// usage: node src/cli/run-ts.js tests/helpers/crash-child.ts PROJECT build|sync|import
// prints "done N" after each completed run (and "exit N" when a run does not exit 0).
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';

const [dir, mode] = process.argv.slice(2);
const SRC = path.join(dir, 'locales/de/gipfel.md');
const versions = [fs.readFileSync(path.join(dir, 'source-a.md.txt'), 'utf8'), fs.readFileSync(path.join(dir, 'source-b.md.txt'), 'utf8')];
const sink = { write: () => true };
let errors = '';
const err = { write: (s: string) => { errors += s; return true; } };

/** The harness's own edit of the German: atomic, so a kill never leaves half an article behind. */
function setSource(text: string): void {
  fs.writeFileSync(`${SRC}.harness-tmp`, text);
  fs.renameSync(`${SRC}.harness-tmp`, SRC);
}

for (let i = 0; ; i++) {
  let argv: string[];
  if (mode === 'import') argv = ['import', i % 2 ? 'back-b.xlf' : 'back-a.xlf', '--prefer', 'file'];
  else {
    setSource(versions[i % 2]);
    argv = [mode];
  }
  errors = '';
  const code = await runCli(argv, { stdin: Readable.from(['']), stdout: sink, stderr: err, cwd: dir });
  process.stdout.write(code === 0 ? `done ${i}\n` : `exit ${code} ${JSON.stringify(errors)}\n`);
}
