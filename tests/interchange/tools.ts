// Running translators' real tools from the tests: which are installed, a spawn helper that returns
// the output, and the sample project copied so exports come from diglot's own article and glossary.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { copyProject } from '../helpers/project.js';
import { hasCommand } from './helpers.js';

/** Debian's python3 carries the `translate` module; a pyenv python3 earlier on PATH does not. */
export const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
export const has = {
  gettext: hasCommand('msgfmt') && hasCommand('msgmerge'),
  toolkit: hasCommand('pocount') && hasCommand('po2tmx') && hasCommand('po2xliff') && spawnSync(PYTHON, ['-c', 'import translate.storage.tbx, translate.storage.csvl10n'], { encoding: 'utf8' }).status === 0,
  omegat: hasCommand('omegat') && hasCommand('java'),
};

/**
 * Runs a tool; fails the test with its stderr when it exits non-zero. `background`: at low priority
 * (nice) and, for a JVM, with one compiler and GC thread, so a Java tool does not starve the test
 * files running beside it (the browser tests have time limits).
 */
export function run(cmd: string, args: string[], opts: { cwd?: string; timeout?: number; background?: boolean } = {}): { stdout: string; stderr: string } {
  const nice = opts.background && hasCommand('nice');
  const env = opts.background ? { ...process.env, JAVA_TOOL_OPTIONS: '-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -Xshare:auto' } : process.env;
  const r = spawnSync(nice ? 'nice' : cmd, nice ? ['-n', '10', cmd, ...args] : args, { encoding: 'utf8', cwd: opts.cwd, timeout: opts.timeout ?? 60_000, env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status ?? r.signal}:\n${r.stderr}\n${r.stdout}`.slice(0, 4000));
  return { stdout: r.stdout, stderr: r.stderr };
}

/** A temp copy of the repository's sample project (article, English, glossaries, run definition). */
export function sampleProject(): string {
  return copyProject('.', ['pipeline', 'locales', '.diglot', 'glossary']);
}

/** Runs a Python snippet with Debian's python3 (Translate Toolkit) and parses the JSON it prints. */
export function python<T>(script: string, args: string[]): T {
  return JSON.parse(run(PYTHON, ['-c', script, ...args]).stdout) as T;
}
