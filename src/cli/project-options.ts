// What every project command shares: the --config and --memory options, finding and running the
// project from wherever the user is, and showing its paths relative to that place.
import path from 'node:path';
import { DiglotError } from '../model/diagnostic.js';
import { findProjectRoot, locateProject } from '../config/index.js';
import { findProjectGlossaries } from '../glossary/index.js';
import { runGlossaryStage, runPipeline, type ProjectResult, type RunOptions } from '../project/index.js';
import { listOpt, stringOpt, type CommandIO, type OptionSpec, type ParsedArgs } from './command.js';
import { displayPaths, type PathBase } from './print-diagnostics.js';

export const CONFIG_OPTION: OptionSpec = {
  name: 'config',
  type: 'string',
  short: 'c',
  value: 'FILE',
  description: 'run definition (default: pipeline/edition.yaml here or in the nearest directory above)',
};
export const MEMORY_OPTION: OptionSpec = {
  name: 'memory',
  type: 'string',
  multiple: true,
  value: 'PATH',
  description: 'also use this locale directory or TMX/XLIFF file as translation memory (fuzzy suggestions; repeatable)',
};

/** RunOptions for runPipeline from the parsed --config, --memory and (where the command has it) --require options. */
export function runOptions(args: ParsedArgs, cwd: string): RunOptions {
  const config = stringOpt(args, 'config');
  const memory = listOpt(args, 'memory');
  const require = stringOpt(args, 'require') as RunOptions['require'];
  return { cwd, ...(config ? { config } : {}), ...(memory.length ? { memory } : {}), ...(require ? { require } : {}) };
}

/** A project run as a command sees it: the result, and where its root lies from the user's directory. */
export interface CliProject {
  project: ProjectResult;
  base: PathBase;
}

/**
 * Finds the project (at or above io.cwd, or --config) and runs the pipeline. A DiglotError that stops
 * the run comes out with its paths relative to the user's directory, like every message.
 */
export async function runProject(args: ParsedArgs, io: CommandIO, stages?: RunOptions['stages'] | 'glossary-only', onProgress?: RunOptions['onProgress']): Promise<CliProject> {
  const opts = { ...runOptions(args, io.cwd), ...(stages && stages !== 'glossary-only' ? { stages } : {}), ...(onProgress ? { onProgress } : {}) };
  const { root } = locateProject(io.cwd, opts.config);
  try {
    // a command that needs only the glossary (export --format tbx) reads no source at all
    const project = stages === 'glossary-only' ? runGlossaryStage(opts) : await runPipeline(opts);
    return { project, base: { root: project.config.root, cwd: io.cwd } };
  } catch (e) {
    if (e instanceof DiglotError) throw new DiglotError(displayPaths(e.diagnostics, { root, cwd: io.cwd }));
    throw e;
  }
}

/**
 * The project's glossary/*.yaml for commands that take glossary files (terms, align, glossary) when
 * none are named: from the project at or above `cwd`, as paths relative to `cwd` like named files.
 */
export function defaultGlossaryFiles(cwd: string): string[] {
  const root = findProjectRoot(cwd) ?? cwd;
  return findProjectGlossaries(root).map((f) => path.relative(cwd, path.join(root, f)).split(path.sep).join('/'));
}
