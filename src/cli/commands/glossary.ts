// `diglot glossary`: not implemented yet.
import { EXIT, type Command } from '../command.js';

export const glossaryCommand: Command = {
  name: 'glossary',
  summary: '(not implemented yet)',
  usage: ['glossary'],
  options: [],
  positionals: { min: 0, max: 99 },
  async run(_args, io) {
    io.stderr.write('diglot glossary: command not implemented yet\n');
    return EXIT.usage;
  },
};
