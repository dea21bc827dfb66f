// `diglot check`: not implemented yet.
import { EXIT, type Command } from '../command.js';

export const checkCommand: Command = {
  name: 'check',
  summary: '(not implemented yet)',
  usage: ['check'],
  options: [],
  positionals: { min: 0, max: 99 },
  async run(_args, io) {
    io.stderr.write('diglot check: command not implemented yet\n');
    return EXIT.usage;
  },
};
