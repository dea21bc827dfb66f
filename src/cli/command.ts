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
  /**
   * The directory the command runs in: file paths typed on the command line are relative to it, and
   * project commands find their project at or above it.
   */
  cwd: string;
  /**
   * Ends long-running commands (`build --watch`, `serve`) cleanly; without it they stop on SIGINT
   * (Ctrl-C) or SIGTERM. Tests pass their own.
   */
  signal?: AbortSignal;
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

/** Exit codes everywhere: 0 ok · 1 findings/gate failed · 2 usage or input error · 70 internal error (a bug). */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 70 } as const;

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

/** The values a numeric option allows; anything else is a usage error (exit 2), not a failed gate. */
export interface NumberRange {
  min?: number;
  max?: number;
  integer?: boolean;
  /** How the allowed values are described in the message, e.g. "a percentage from 0 to 100". */
  what?: string;
}

/** Reads a numeric option; a non-number or a value outside `range` is a usage error. */
export function numberOpt(args: ParsedArgs, name: string, range: NumberRange = {}): number | undefined {
  const v = stringOpt(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  const what = range.what ?? describeRange(range);
  if (v.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} needs ${what}, got "${v}"`);
  const outside = (range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max) || (range.integer && !Number.isInteger(n));
  if (outside) throw new UsageError(`--${name} needs ${what}, got ${v}`);
  return n;
}

function describeRange(r: NumberRange): string {
  const kind = r.integer ? 'a whole number' : 'a number';
  if (r.min !== undefined && r.max !== undefined) return `${kind} from ${r.min} to ${r.max}`;
  if (r.min !== undefined) return `${kind} ≥ ${r.min}`;
  if (r.max !== undefined) return `${kind} ≤ ${r.max}`;
  return kind;
}

/** --min and friends: coverage is a percentage, so 150 is a typo, not a gate nothing can pass. */
export const PERCENT: NumberRange = { min: 0, max: 100, what: 'a percentage from 0 to 100' };
