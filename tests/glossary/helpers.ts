// Test helpers for the glossary area: build a glossary from a compact list, run the CLI in-process.
import { Readable } from 'node:stream';
import type { GlossaryEntry, MatchPolicy } from '../../src/model/glossary.js';
import { runCli } from '../../src/cli/main.js';

export function entry(de: string, en: string | string[], extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { de, en: Array.isArray(en) ? en : [en], forbidden: [], variants: [], match: 'inflect' as MatchPolicy, ...extra };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `diglot …` in-process with the given stdin text and working directory. */
export async function cli(argv: string[], opts: { stdin?: string; cwd?: string } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdin: Readable.from([Buffer.from(opts.stdin ?? '')]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: opts.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}
