// The CLI: parses arguments, dispatches to a command, prints usage errors and diagnostics. `--help`
// is answered from the registry's static names and summaries, without loading any command module.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { DiglotError } from '../model/diagnostic.js';
import { EXIT, UsageError, type Command, type CommandIO, type ParsedArgs } from './command.js';
import { commands, findCommand } from './commands/index.js';
import { formatCommandHelp, formatMainHelp } from './help.js';

/** Runs `diglot <argv…>` with the given streams; resolves to the exit code. */
export async function runCli(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && rest[0] !== undefined) return printCommandHelp(rest[0], io);
    io.stdout.write(formatMainHelp(commands));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`diglot ${readVersion()}\n`);
    return EXIT.ok;
  }
  const entry = findCommand(name);
  if (!entry) return unknownCommand(name, io);
  const command = await entry.load();
  let args: ParsedArgs;
  try {
    args = await parseCommandArgs(command, rest);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`diglot ${command.name}: ${message}\nusage: ${command.usage.map((u) => `diglot ${u}`).join('\n       ')}\nRun \`diglot ${command.name} --help\` for details.\n`);
    return EXIT.usage;
  }
  if (args.values.help === true) {
    io.stdout.write(formatCommandHelp(command));
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    return await reportFailure(e, command, io);
  }
}

async function printCommandHelp(name: string, io: CommandIO): Promise<number> {
  const entry = findCommand(name);
  if (!entry) return unknownCommand(name, io);
  io.stdout.write(formatCommandHelp(await entry.load()));
  return EXIT.ok;
}

async function unknownCommand(name: string, io: CommandIO): Promise<number> {
  if (name.startsWith('-')) {
    io.stderr.write(`diglot: unknown option "${name}" before the command; options go after the command name (diglot build --config FILE)\nRun \`diglot --help\` for the list of commands.\n`);
    return EXIT.usage;
  }
  const { didYouMean } = await import('./suggest.js');
  io.stderr.write(`diglot: unknown command "${name}"${didYouMean(name, commands.map((c) => c.name), (n) => `"${n}"`)}\nRun \`diglot --help\` for the list of commands.\n`);
  return EXIT.usage;
}

async function parseCommandArgs(command: Command, argv: string[]): Promise<ParsedArgs> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const o of command.options) {
    options[o.name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(await describeParseError(e, command));
  }
  const values = parsed.values as ParsedArgs['values'];
  if (values.help === true) return { positionals: parsed.positionals, values };
  for (const o of command.options) {
    const v = values[o.name];
    if (o.choices && v !== undefined) {
      for (const item of Array.isArray(v) ? v : [v]) {
        if (typeof item === 'string' && !o.choices.includes(item)) {
          const { didYouMean } = await import('./suggest.js');
          throw new UsageError(`--${o.name} must be one of ${o.choices.join(', ')}, got "${item}"${didYouMean(item, o.choices)}`);
        }
      }
    }
  }
  const n = parsed.positionals.length;
  if (n < command.positionals.min) throw new UsageError(`missing argument (expected at least ${command.positionals.min})`);
  if (n > command.positionals.max) throw new UsageError(`unexpected argument "${parsed.positionals[command.positionals.max]}"`);
  return { positionals: parsed.positionals, values };
}

/** node's parseArgs messages, shortened, with "did you mean" for an unknown option. */
async function describeParseError(e: unknown, command: Command): Promise<string> {
  const message = e instanceof Error ? e.message : String(e);
  const unknown = /^Unknown option '(-{1,2})([^']*)'/.exec(message);
  if (unknown) {
    const { didYouMean } = await import('./suggest.js');
    const names = ['help', ...command.options.map((o) => o.name)];
    return `unknown option ${unknown[1]}${unknown[2]}${didYouMean(unknown[2], names, (n) => `--${n}`)}`;
  }
  return message.replace(/^TypeError \[[A-Z_]+\]: /, '');
}

/** Prints why a command failed; the printer is loaded only then (a command that succeeds never needs it). */
async function reportFailure(e: unknown, command: Command, io: CommandIO): Promise<number> {
  if (e instanceof UsageError) {
    io.stderr.write(`diglot ${command.name}: ${e.message}\nRun \`diglot ${command.name} --help\` for details.\n`);
    return EXIT.usage;
  }
  if (e instanceof DiglotError) {
    const { printDiagnostics } = await import('./print-diagnostics.js');
    printDiagnostics(io.stderr, e.diagnostics, 'info');
    return EXIT.usage;
  }
  // A bug, not a user error: say so plainly, with the stack for the bug report.
  const err = e instanceof Error ? e : new Error(String(e));
  io.stderr.write(`diglot ${command.name}: internal error (please report it): ${err.message}\n${err.stack ?? ''}\n(NODE_OPTIONS=--enable-source-maps maps the stack to diglot's sources)\n`);
  return EXIT.internal;
}

/** The version in diglot's package.json (two levels up from src/cli/ and from lib/cli/ alike). */
function readVersion(): string {
  try {
    return String((JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown }).version);
  } catch {
    return 'unknown';
  }
}
