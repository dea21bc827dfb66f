// `diglot terms`: not implemented yet.
import { EXIT, type Command } from '../command.js';

export const termsCommand: Command = {
  name: 'terms',
  summary: '(not implemented yet)',
  usage: ['terms'],
  options: [],
  positionals: { min: 0, max: 99 },
  async run(_args, io) {
    io.stderr.write('diglot terms: command not implemented yet\n');
    return EXIT.usage;
  },
};
