// `diglot sync`: not implemented yet.
import { EXIT, type Command } from '../command.js';

export const syncCommand: Command = {
  name: 'sync',
  summary: '(not implemented yet)',
  usage: ['sync'],
  options: [],
  positionals: { min: 0, max: 99 },
  async run(_args, io) {
    io.stderr.write('diglot sync: command not implemented yet\n');
    return EXIT.usage;
  },
};
