// `diglot glossary validate|export|import`: checks glossary files against the schema, exports the
// merged glossary as TBX-Basic, CSV or YAML, and imports TBX or CSV term lists into glossary YAML.
import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { hasErrors } from '../../model/diagnostic.js';
import type { GlossaryEntry } from '../../model/glossary.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { EXIT, UsageError, flagOpt, listOpt, stringOpt, type Command, type CommandIO } from '../command.js';
import { readTbx, writeTbx } from '../../interchange/index.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { findProjectGlossaries, loadGlossaries, mergeSameGerman, readGlossaryCsv, writeGlossaryCsv, writeGlossaryYaml } from '../../glossary/index.js';
import { readInputBytes, readInputFile } from '../read-input.js';

function glossaryFiles(positionals: string[], io: CommandIO): string[] {
  const files = positionals.length ? positionals : findProjectGlossaries(io.cwd);
  if (!files.length) throw new UsageError('no glossary files: name them, or add glossary/*.yaml to the project');
  return files;
}

function output(content: string, out: string | undefined, io: CommandIO): void {
  if (out) writeFileAtomic(path.resolve(io.cwd, out), content);
  else io.stdout.write(content);
}

async function validate(files: string[], io: CommandIO): Promise<number> {
  const loaded = loadGlossaries(files, io.cwd);
  printDiagnostics(io.stderr, loaded.diagnostics, 'info');
  const n = loaded.glossary.entries.length;
  io.stderr.write(`${files.length} file${files.length === 1 ? '' : 's'}, ${n} entr${n === 1 ? 'y' : 'ies'}, ${loaded.waivers.length} waiver${loaded.waivers.length === 1 ? '' : 's'}: ${hasErrors(loaded.diagnostics) ? 'invalid' : 'valid'}\n`);
  return hasErrors(loaded.diagnostics) ? EXIT.usage : EXIT.ok;
}

async function exportGlossary(files: string[], format: string, out: string | undefined, io: CommandIO): Promise<number> {
  const loaded = loadGlossaries(files, io.cwd);
  printDiagnostics(io.stderr, loaded.diagnostics, 'info');
  if (hasErrors(loaded.diagnostics)) return EXIT.usage;
  const entries = loaded.glossary.entries;
  const content = format === 'csv' ? writeGlossaryCsv(entries) : format === 'yaml' ? writeGlossaryYaml(entries) : writeTbx(entries, { sourceLang: 'de', targetLang: 'en' });
  output(content, out, io);
  return EXIT.ok;
}

async function importGlossary(file: string, out: string | undefined, splitSenses: boolean, io: CommandIO): Promise<number> {
  const ext = path.extname(file).toLowerCase();
  let read: { entries: GlossaryEntry[]; diagnostics: Diagnostic[] };
  if (ext === '.csv') read = readGlossaryCsv(readInputFile(io.cwd, file, 'glossary-unreadable', 'glossary'), file, { splitSenses });
  // TBX is XML: decoded by its BOM / encoding declaration
  else if (ext === '.tbx' || ext === '.xml') read = readTbx(readInputBytes(io.cwd, file, 'glossary-unreadable', 'glossary'), file);
  else throw new UsageError(`cannot import "${file}": expected a .tbx or .csv file`);
  // TBX may repeat a German term across concept entries: one entry, English renderings joined.
  const entries = ext === '.csv' ? read.entries : mergeSameGerman(read.entries);
  const { diagnostics } = read;
  printDiagnostics(io.stderr, diagnostics, 'info');
  if (hasErrors(diagnostics) && !entries.length) return EXIT.usage;
  output(writeGlossaryYaml(entries, { comment: `Imported from ${path.basename(file)} by diglot glossary import.` }), out, io);
  io.stderr.write(`${entries.length} entries imported from ${file}\n`);
  return hasErrors(diagnostics) ? EXIT.findings : EXIT.ok;
}

export const glossaryCommand: Command = {
  name: 'glossary',
  summary: 'Validate glossary files; export them as TBX/CSV/YAML; import TBX or CSV',
  usage: ['glossary validate [FILES…]', 'glossary export [FILES…] [--format tbx|csv|yaml] [--out FILE]', 'glossary import FILE.(tbx|csv) [--out FILE.yaml] [--split-senses]'],
  options: [
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', choices: ['tbx', 'csv', 'yaml'], description: 'export format (default tbx)' },
    { name: 'out', type: 'string', short: 'o', value: 'FILE', description: 'write to FILE instead of stdout (atomically)' },
    { name: 'glossary', type: 'string', short: 'g', multiple: true, value: 'FILE', description: 'glossary file(s), same as naming them as arguments' },
    { name: 'split-senses', type: 'boolean', description: 'import: split cells like "1. Kurzbefehl 2. Beschleuniger" or "A, B" into entries' },
  ],
  details: [
    'Without FILES the project glossaries glossary/*.yaml are used. Files are validated against',
    'glossary/schema.json; problems are printed as file:line:col: severity rule-id: message.',
    'validate exits 2 when any file is invalid; import exits 1 when some rows could not be imported.',
  ].join('\n'),
  positionals: { min: 1, max: 99 },
  async run(args, io) {
    const [sub, ...rest] = args.positionals;
    const files = [...rest, ...listOpt(args, 'glossary')];
    const out = stringOpt(args, 'out');
    if (sub === 'validate') return validate(glossaryFiles(files, io), io);
    if (sub === 'export') return exportGlossary(glossaryFiles(files, io), stringOpt(args, 'format') ?? 'tbx', out, io);
    if (sub === 'import') {
      if (rest.length !== 1) throw new UsageError('glossary import needs exactly one FILE.tbx or FILE.csv');
      return importGlossary(rest[0], out, flagOpt(args, 'split-senses'), io);
    }
    throw new UsageError(`unknown subcommand "${sub}" (expected validate, export or import)`);
  },
};
