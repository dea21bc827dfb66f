// `diglot export`: not implemented yet.
import { EXIT, type Command } from '../command.js';

export const exportCommand: Command = {
  name: 'export',
  summary: '(not implemented yet)',
  usage: ['export'],
  options: [],
  positionals: { min: 0, max: 99 },
  async run(_args, io) {
    io.stderr.write('diglot export: command not implemented yet\n');
    return EXIT.usage;
  },
};
