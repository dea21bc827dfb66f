// `diglot lookup`: not implemented yet.
import { EXIT, type Command } from '../command.js';

export const lookupCommand: Command = {
  name: 'lookup',
  summary: '(not implemented yet)',
  usage: ['lookup'],
  options: [],
  positionals: { min: 0, max: 99 },
  async run(_args, io) {
    io.stderr.write('diglot lookup: command not implemented yet\n');
    return EXIT.usage;
  },
};
