// `diglot build`: not implemented yet.
import { EXIT, type Command } from '../command.js';

export const buildCommand: Command = {
  name: 'build',
  summary: '(not implemented yet)',
  usage: ['build'],
  options: [],
  positionals: { min: 0, max: 99 },
  async run(_args, io) {
    io.stderr.write('diglot build: command not implemented yet\n');
    return EXIT.usage;
  },
};
