// `diglot coverage`: not implemented yet.
import { EXIT, type Command } from '../command.js';

export const coverageCommand: Command = {
  name: 'coverage',
  summary: '(not implemented yet)',
  usage: ['coverage'],
  options: [],
  positionals: { min: 0, max: 99 },
  async run(_args, io) {
    io.stderr.write('diglot coverage: command not implemented yet\n');
    return EXIT.usage;
  },
};
