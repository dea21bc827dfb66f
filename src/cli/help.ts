// Help texts, generated from the command declarations so they never drift from the parser. The
// overview needs only names and summaries (the registry's static data), never a command module.
import type { Command } from './command.js';

export function formatMainHelp(commands: ReadonlyArray<Pick<Command, 'name' | 'summary'>>): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'diglot: German text + curated English translation → aligned parallel DE/EN edition',
    '',
    'usage: diglot <command> [options]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `diglot <command> --help` for a command\'s options. Project commands use the',
    'pipeline/edition.yaml in the current directory or the nearest one above it (or --config FILE);',
    'start a project with `diglot init`.',
    'Exit codes: 0 ok · 1 findings or a failed gate · 2 usage or input error · 70 internal error.',
    '',
  ].join('\n');
}

export function formatCommandHelp(c: Command): string {
  const opts = [...c.options, { name: 'help', type: 'boolean' as const, short: 'h', description: 'show this help' }];
  const labels = opts.map((o) => `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`);
  const width = Math.max(...labels.map((l) => l.length));
  return [
    `diglot ${c.name}: ${c.summary}`,
    '',
    `usage: ${c.usage.map((u) => `diglot ${u}`).join('\n       ')}`,
    '',
    'options:',
    ...opts.map((o, i) => `  ${labels[i].padEnd(width)}  ${o.description}${o.choices ? ` (${o.choices.join(' | ')})` : ''}`),
    ...(c.details ? ['', c.details.trimEnd()] : []),
    '',
  ].join('\n');
}
