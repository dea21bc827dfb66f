// `diglot align`: not implemented yet.
import { EXIT, type Command } from '../command.js';

export const alignCommand: Command = {
  name: 'align',
  summary: '(not implemented yet)',
  usage: ['align'],
  options: [],
  positionals: { min: 0, max: 99 },
  async run(_args, io) {
    io.stderr.write('diglot align: command not implemented yet\n');
    return EXIT.usage;
  },
};
