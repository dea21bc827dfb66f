// The CLI: parses arguments, dispatches to a command, prints diagnostics. Nothing else lives here.
import { parseArgs } from 'node:util';
import { DiglotError, formatDiagnostic } from '../model/diagnostic.js';
import { EXIT, UsageError, type Command, type CommandIO, type ParsedArgs } from './command.js';
import { commands, loadAllCommands } from './commands/index.js';
import { formatCommandHelp, formatMainHelp } from './help.js';

/** Runs `diglot <argv…>` with the given streams; resolves to the exit code. */
export async function runCli(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const target = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(target ? formatCommandHelp(await target.load()) : formatMainHelp(await loadAllCommands()));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('diglot 0.1.0\n');
    return EXIT.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`diglot: unknown command "${name}"\nRun \`diglot --help\` for the list of commands.\n`);
    return EXIT.usage;
  }
  const command = await entry.load();
  let args: ParsedArgs;
  try {
    args = parseCommandArgs(command, rest);
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
    return reportFailure(e, command, io);
  }
}

function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
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
    // node's messages name the option; drop the internal error code prefix
    throw new UsageError(e instanceof Error ? e.message.replace(/^TypeError \[[A-Z_]+\]: /, '') : String(e));
  }
  const values = parsed.values as ParsedArgs['values'];
  if (values.help === true) return { positionals: parsed.positionals, values };
  for (const o of command.options) {
    const v = values[o.name];
    if (o.choices && v !== undefined) {
      for (const item of Array.isArray(v) ? v : [v]) {
        if (typeof item === 'string' && !o.choices.includes(item)) {
          throw new UsageError(`--${o.name} must be one of ${o.choices.join(', ')}, got "${item}"`);
        }
      }
    }
  }
  const n = parsed.positionals.length;
  if (n < command.positionals.min) throw new UsageError(`missing argument (expected at least ${command.positionals.min})`);
  if (n > command.positionals.max) throw new UsageError(`unexpected argument "${parsed.positionals[command.positionals.max]}"`);
  return { positionals: parsed.positionals, values };
}

function reportFailure(e: unknown, command: Command, io: CommandIO): number {
  if (e instanceof UsageError) {
    io.stderr.write(`diglot ${command.name}: ${e.message}\nRun \`diglot ${command.name} --help\` for details.\n`);
    return EXIT.usage;
  }
  if (e instanceof DiglotError) {
    for (const d of e.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
    return EXIT.usage;
  }
  // A bug, not a user error: say so plainly, with the stack for the bug report.
  const err = e instanceof Error ? e : new Error(String(e));
  io.stderr.write(`diglot ${command.name}: internal error (please report it): ${err.message}\n${err.stack ?? ''}\n`);
  return 70;
}
