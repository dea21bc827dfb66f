// The shape of a CLI command: declared options and a `run` that gets parsed arguments and the I/O
// streams, so tests call commands in-process without spawning anything.
import type { Readable } from 'node:stream';

export interface Output {
  write(chunk: string): unknown;
}

export interface CommandIO {
  stdin: Readable;
  stdout: Output;
  stderr: Output;
  /** Directory relative paths are resolved against (the project root for most commands). */
  cwd: string;
}

export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Value name shown in help, e.g. `FILE`. */
  value?: string;
  description: string;
  /** Allowed values (checked by the parser; anything else is a usage error). */
  choices?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

export interface Command {
  name: string;
  summary: string;
  /** Usage line(s) without the leading `diglot `. */
  usage: string[];
  options: OptionSpec[];
  /** Longer help text shown after the options. */
  details?: string;
  /** Minimum and maximum number of positional arguments. */
  positionals: { min: number; max: number };
  run(args: ParsedArgs, io: CommandIO): Promise<number>;
}

/** Exit codes everywhere: 0 ok · 1 findings/gate failed · 2 usage or input error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Thrown for a usage error: printed with the command's usage, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Reads a string option (undefined when absent). */
export function stringOpt(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** Reads a repeatable string option as a list (also splitting comma-separated values). */
export function listOpt(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  const raw = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  return raw.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}

/** Reads a boolean flag. */
export function flagOpt(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** Reads a numeric option; a non-number is a usage error. */
export function numberOpt(args: ParsedArgs, name: string): number | undefined {
  const v = stringOpt(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} needs a number, got "${v}"`);
  return n;
}
