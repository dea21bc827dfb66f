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
import { loadGlossaries, mergeSameGerman, readGlossaryCsv, writeGlossaryCsv, writeGlossaryYaml } from '../../glossary/index.js';
import { defaultGlossaryFiles } from '../project-options.js';
import { writeJsonReport } from '../json-output.js';
import { readInputFile } from '../read-input.js';

function glossaryFiles(positionals: string[], io: CommandIO): string[] {
  const files = positionals.length ? positionals : defaultGlossaryFiles(io.cwd);
  if (!files.length) throw new UsageError('no glossary files: name them, or run in a project with glossary/*.yaml (`diglot init` creates one)');
  return files;
}

function output(content: string, out: string | undefined, io: CommandIO): void {
  if (out) writeFileAtomic(path.resolve(io.cwd, out), content);
  else io.stdout.write(content);
}

async function validate(files: string[], format: string, io: CommandIO): Promise<number> {
  const loaded = loadGlossaries(files, io.cwd);
  const valid = !hasErrors(loaded.diagnostics);
  if (format === 'json') {
    writeJsonReport(io.stdout, { valid, files, entries: loaded.glossary.entries.length, waivers: loaded.waivers.length }, loaded.diagnostics);
    return valid ? EXIT.ok : EXIT.usage;
  }
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
  const text = readInputFile(io.cwd, file, 'glossary-unreadable', 'glossary');
  const ext = path.extname(file).toLowerCase();
  let read: { entries: GlossaryEntry[]; diagnostics: Diagnostic[] };
  if (ext === '.csv') read = readGlossaryCsv(text, file, { splitSenses });
  else if (ext === '.tbx' || ext === '.xml') read = readTbx(text, file);
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
  summary: 'validate glossary files; export them as TBX/CSV/YAML; import TBX or CSV',
  usage: ['glossary validate [FILES…] [--format text|json]', 'glossary export [FILES…] [--format tbx|csv|yaml] [--out FILE]', 'glossary import FILE.(tbx|csv) [--out FILE.yaml] [--split-senses]'],
  options: [
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', choices: ['tbx', 'csv', 'yaml', 'text', 'json'], description: 'export: tbx (default), csv or yaml; validate: text (default) or json' },
    { name: 'out', type: 'string', short: 'o', value: 'FILE', description: 'write to FILE instead of stdout (atomically)' },
    { name: 'glossary', type: 'string', short: 'g', multiple: true, value: 'FILE', description: 'glossary file(s), same as naming them as arguments' },
    { name: 'split-senses', type: 'boolean', description: 'import: split cells like "1. Kurzbefehl 2. Beschleuniger" or "A, B" into entries' },
  ],
  details: [
    'Without FILES the project glossaries glossary/*.yaml are used. Files are validated against',
    'glossary/schema.json; problems are printed as file:line:col: severity rule-id: message.',
    'validate --format json: {"valid","files","entries","waivers","diagnostics":[…],"summary":{…}} on stdout.',
    'validate exits 2 when any file is invalid; import exits 1 when some rows could not be imported.',
  ].join('\n'),
  positionals: { min: 1, max: 99 },
  async run(args, io) {
    const [sub, ...rest] = args.positionals;
    const files = [...rest, ...listOpt(args, 'glossary')];
    const out = stringOpt(args, 'out');
    const format = stringOpt(args, 'format');
    const allowed = sub === 'validate' ? ['text', 'json'] : sub === 'export' ? ['tbx', 'csv', 'yaml'] : [];
    if (format !== undefined && !allowed.includes(format) && (sub === 'validate' || sub === 'export' || sub === 'import')) throw new UsageError(allowed.length ? `glossary ${sub} --format takes ${allowed.join(', ')}, got "${format}"` : `glossary ${sub} takes no --format (it writes glossary YAML)`);
    if (sub === 'validate') return validate(glossaryFiles(files, io), format ?? 'text', io);
    if (sub === 'export') return exportGlossary(glossaryFiles(files, io), format ?? 'tbx', out, io);
    if (sub === 'import') {
      if (rest.length !== 1) throw new UsageError('glossary import needs exactly one FILE.tbx or FILE.csv');
      return importGlossary(rest[0], out, flagOpt(args, 'split-senses'), io);
    }
    throw new UsageError(`unknown subcommand "${sub}" (expected validate, export or import)`);
  },
};
