// Options every project command shares (--config, --memory) and how they become RunOptions.
import { listOpt, stringOpt, type OptionSpec, type ParsedArgs } from './command.js';
import type { RunOptions } from '../project/index.js';

export const CONFIG_OPTION: OptionSpec = { name: 'config', type: 'string', short: 'c', value: 'FILE', description: 'run definition (default pipeline/edition.yaml)' };
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
