// `diglot segment`: not implemented yet.
import { EXIT, type Command } from '../command.js';

export const segmentCommand: Command = {
  name: 'segment',
  summary: '(not implemented yet)',
  usage: ['segment'],
  options: [],
  positionals: { min: 0, max: 99 },
  async run(_args, io) {
    io.stderr.write('diglot segment: command not implemented yet\n');
    return EXIT.usage;
  },
};
