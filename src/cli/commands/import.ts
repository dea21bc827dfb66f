// `diglot import`: not implemented yet.
import { EXIT, type Command } from '../command.js';

export const importCommand: Command = {
  name: 'import',
  summary: '(not implemented yet)',
  usage: ['import'],
  options: [],
  positionals: { min: 0, max: 99 },
  async run(_args, io) {
    io.stderr.write('diglot import: command not implemented yet\n');
    return EXIT.usage;
  },
};
