// Runs the CLI in-process with captured streams (no child processes in tests).
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `diglot …argv` in `cwd`, with `stdin` text; resolves with exit code and captured output. */
export async function runDiglot(argv: string[], opts: { cwd: string; stdin?: string }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdin: Readable.from([opts.stdin ?? '']),
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; } },
    cwd: opts.cwd,
  });
  return { code, stdout, stderr };
}
