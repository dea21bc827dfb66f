// `diglot glossary validate|export|import|mine`: checks glossary files against the schema, exports the
// merged glossary as TBX-Basic, CSV or YAML, imports TBX or CSV term lists into glossary YAML, and
// mines candidate entries from the project's aligned pairs and `diglot align` output.
import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { hasErrors } from '../../model/diagnostic.js';
import type { GlossaryEntry } from '../../model/glossary.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { EXIT, UsageError, flagOpt, listOpt, numberOpt, stringOpt, type Command, type CommandIO, type ParsedArgs } from '../command.js';
import { CONFIG_OPTION } from '../project-options.js';
import { readTbx } from '../../interchange/index.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { CSV_DIALECTS, compileGlossary, loadGlossaries, loadLexicon, mergeSameGerman, readGlossaryCsv, writeGlossaryCsvDialect, writeGlossaryYaml, type CsvDelimiter, type CsvDialect } from '../../glossary/index.js';
import { TBX_VERSIONS, writeGlossaryTbx, type TbxVersion } from '../../interchange/index.js';
import { formatMinedJson, formatMinedYaml, mineTerms, pairsFromAlignJson, pairsFromUnits, type MinePair } from '../../mine/index.js';
import { findProjectRoot } from '../../config/index.js';
import { defaultGlossaryFiles, runProject } from '../project-options.js';
import { writeJsonReport } from '../json-output.js';
import { readInputBytes, readInputFile } from '../read-input.js';

function glossaryFiles(positionals: string[], io: CommandIO): string[] {
  const files = positionals.length ? positionals : defaultGlossaryFiles(io.cwd);
  if (!files.length) throw new UsageError('no glossary files: name them, or run in a project with glossary/*.yaml (`diglot init` creates one)');
  return files;
}

function output(content: string, out: string | undefined, io: CommandIO): void {
  // atomic, and through the path guard: a symlink at FILE is followed only within the project
  if (out) writeFileAtomic(path.resolve(io.cwd, out), content, io.cwd);
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

/** The merged glossary's name (and description): one file's, or the distinct ones joined. */
function mergedMeta(files: ReadonlyArray<{ name?: string; description?: string }>): { name?: string; description?: string } {
  const join = (xs: Array<string | undefined>) => [...new Set(xs.filter((x): x is string => !!x))].join(' + ') || undefined;
  const name = join(files.map((f) => f.name));
  const description = join(files.map((f) => f.description));
  return { ...(name ? { name } : {}), ...(description ? { description } : {}) };
}

/** What a format cannot carry, as one warning naming it (YAML carries everything). */
function droppedBy(format: string, waivers: number, meta: { name?: string; description?: string }): Diagnostic[] {
  if (format === 'yaml') return [];
  const lost = [
    ...(waivers ? [`${waivers} waiver${waivers === 1 ? '' : 's'}`] : []),
    ...(format === 'csv' && meta.name ? ['the name'] : []),
    ...(format === 'csv' && meta.description ? ['the description'] : []),
  ];
  if (!lost.length) return [];
  const how = format === 'csv' ? 'CSV holds one entry per row' : 'TBX holds term data, not QA decisions about single sentences';
  return [{ ruleId: 'glossary-export-dropped', severity: 'warning', message: `the ${format.toUpperCase()} export drops ${lost.join(' and ')} (${how})`, hint: 'export with --format yaml to keep them', source: 'glossary' }];
}

/** How `glossary export` writes CSV and TBX (--dialect, --delimiter, --bom, --tbx-version). */
interface ExportStyle {
  dialect?: CsvDialect;
  delimiter?: CsvDelimiter;
  bom?: boolean;
  tbxVersion?: TbxVersion;
}

function exportStyle(args: ParsedArgs, format: string): ExportStyle {
  const dialect = stringOpt(args, 'dialect') as CsvDialect | undefined;
  const delimiter = stringOpt(args, 'delimiter');
  const tbxVersion = stringOpt(args, 'tbx-version') as TbxVersion | undefined;
  if ((dialect !== undefined || delimiter !== undefined || flagOpt(args, 'bom')) && format !== 'csv') throw new UsageError('--dialect, --delimiter and --bom shape a CSV export; use them with --format csv');
  if (tbxVersion !== undefined && format !== 'tbx') throw new UsageError('--tbx-version chooses the TBX dialect; use it with --format tbx');
  const sep = delimiter === undefined ? undefined : delimiter === 'tab' || delimiter === '\\t' ? '\t' : delimiter;
  if (sep !== undefined && sep !== ',' && sep !== ';' && sep !== '\t') throw new UsageError(`--delimiter takes , ; or tab, got "${delimiter}"`);
  return { ...(dialect ? { dialect } : {}), ...(sep ? { delimiter: sep as CsvDelimiter } : {}), ...(flagOpt(args, 'bom') ? { bom: true } : {}), ...(tbxVersion ? { tbxVersion } : {}) };
}

async function exportGlossary(files: string[], format: string, out: string | undefined, io: CommandIO, style: ExportStyle = {}): Promise<number> {
  const loaded = loadGlossaries(files, io.cwd);
  printDiagnostics(io.stderr, loaded.diagnostics, 'info');
  if (hasErrors(loaded.diagnostics)) return EXIT.usage;
  const entries = loaded.glossary.entries;
  const meta = mergedMeta(loaded.files);
  const content =
    format === 'csv'
      ? writeGlossaryCsvDialect(entries, style)
      : format === 'yaml'
        ? writeGlossaryYaml(entries, { ...meta, waivers: loaded.waivers })
        : writeGlossaryTbx(entries, { sourceLang: 'de', targetLang: 'en', ...(style.tbxVersion ? { version: style.tbxVersion } : {}), ...(meta.name ? { title: meta.name } : {}), ...(meta.description ? { description: meta.description } : {}) });
  output(content, out, io);
  printDiagnostics(io.stderr, droppedBy(format, loaded.waivers.length, meta), 'warning');
  return EXIT.ok;
}

async function importGlossary(file: string, out: string | undefined, splitSenses: boolean, io: CommandIO): Promise<number> {
  const ext = path.extname(file).toLowerCase();
  let read: { entries: GlossaryEntry[]; diagnostics: Diagnostic[] };
  // CSV in any of the tool layouts; .tsv/.txt/.utf8/.tab: tab-separated (OmegaT's glossaries)
  if (['.csv', '.tsv', '.txt', '.utf8', '.tab'].includes(ext)) read = readGlossaryCsv(readInputFile(io.cwd, file, 'glossary-unreadable', 'glossary'), file, { splitSenses });
  // TBX is XML: decoded by its BOM / encoding declaration
  else if (ext === '.tbx' || ext === '.xml') read = readTbx(readInputBytes(io.cwd, file, 'glossary-unreadable', 'glossary'), file);
  else throw new UsageError(`cannot import "${file}": expected a .tbx, .csv or tab-separated (.tsv, .txt, .utf8) file`);
  // TBX may repeat a German term across concept entries: one entry, English renderings joined.
  const entries = ext === '.csv' ? read.entries : mergeSameGerman(read.entries);
  const { diagnostics } = read;
  printDiagnostics(io.stderr, diagnostics, 'info');
  if (hasErrors(diagnostics) && !entries.length) return EXIT.usage;
  output(writeGlossaryYaml(entries, { comment: `Imported from ${path.basename(file)} by diglot glossary import.` }), out, io);
  io.stderr.write(`${entries.length} entries imported from ${file}\n`);
  return hasErrors(diagnostics) ? EXIT.findings : EXIT.ok;
}

/** `glossary mine`: pairs from the project (when it has a run definition) and from align output files. */
async function mine(args: ParsedArgs, files: string[], out: string | undefined, io: CommandIO): Promise<number> {
  const format = stringOpt(args, 'format') ?? 'yaml';
  const pairFiles = listOpt(args, 'pairs');
  const hasProject = stringOpt(args, 'config') !== undefined || findProjectRoot(io.cwd) !== undefined;
  if (!hasProject && !pairFiles.length) throw new UsageError('no pairs to mine: run it in a project (pipeline/edition.yaml here or above) or pass --pairs ALIGN.json');
  const pairs: MinePair[] = [];
  let glossary;
  let matcher;
  if (hasProject) {
    const { project } = await runProject(args, io, { checks: false });
    pairs.push(...pairsFromUnits(project.documents));
    glossary = project.glossary;
    matcher = project.terms!.matcher; // loaded: the terms stage runs
  }
  for (const f of pairFiles) pairs.push(...pairsFromAlignJson(readInputFile(io.cwd, f, 'mine-unreadable', 'mine'), f));
  if (!glossary) {
    const gfiles = files.length ? files : defaultGlossaryFiles(io.cwd);
    const loaded = loadGlossaries(gfiles, io.cwd);
    printDiagnostics(io.stderr, loaded.diagnostics, 'warning');
    if (hasErrors(loaded.diagnostics)) return EXIT.usage;
    glossary = loaded.glossary;
    matcher = compileGlossary(loaded.glossary);
  }
  const minCount = numberOpt(args, 'min-count', { min: 1, integer: true }) ?? 2;
  const limit = numberOpt(args, 'limit', { min: 1, integer: true }) ?? 50;
  const result = mineTerms({ pairs, glossary, matcher, lexicon: loadLexicon() }, { minCount, limit });
  output(format === 'json' ? formatMinedJson(result) : formatMinedYaml(result), out, io);
  io.stderr.write(`${result.candidates.length} candidate${result.candidates.length === 1 ? '' : 's'}, ${result.conflicts.length} conflict${result.conflicts.length === 1 ? '' : 's'} with existing entries, from ${result.pairs} aligned pairs\n`);
  return EXIT.ok;
}

export const glossaryCommand: Command = {
  name: 'glossary',
  summary: 'validate glossary files; export them as TBX/CSV/YAML; import TBX or CSV; mine candidate entries',
  usage: [
    'glossary validate [FILES…] [--format text|json]',
    'glossary export [FILES…] [--format tbx|csv|yaml] [--tbx-version 2008|v3] [--dialect diglot|weblate|crowdin|memoq|omegat] [--delimiter ,|;|tab] [--bom] [--out FILE]',
    'glossary import FILE.(tbx|csv|tsv|txt|utf8) [--out FILE.yaml] [--split-senses]',
    'glossary mine [--pairs ALIGN.json …] [--format yaml|json] [--min-count N] [--limit N] [--out FILE]',
  ],
  options: [
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', choices: ['tbx', 'csv', 'yaml', 'text', 'json'], description: 'export: tbx (default), csv or yaml; validate: text (default) or json; mine: yaml (default) or json' },
    { name: 'out', type: 'string', short: 'o', value: 'FILE', description: 'write to FILE instead of stdout (atomically)' },
    { name: 'glossary', type: 'string', short: 'g', multiple: true, value: 'FILE', description: 'glossary file(s), same as naming them as arguments' },
    { name: 'tbx-version', type: 'string', value: 'V', choices: TBX_VERSIONS, description: 'export: 2008 (TBX-Basic martif, default: what Translate Toolkit, OmegaT and Weblate read) or v3' },
    { name: 'dialect', type: 'string', value: 'TOOL', choices: CSV_DIALECTS, description: 'export --format csv: the column layout of diglot (default), weblate, crowdin, memoq or omegat (headerless, tab-separated)' },
    { name: 'delimiter', type: 'string', value: 'SEP', description: 'export --format csv: , (default), ; or tab' },
    { name: 'bom', type: 'boolean', description: 'export --format csv: start with a UTF-8 byte order mark (for Excel)' },
    { name: 'split-senses', type: 'boolean', description: 'import: split cells like "1. Kurzbefehl 2. Beschleuniger" or "A, B" into entries' },
    { name: 'pairs', type: 'string', multiple: true, value: 'FILE', description: 'mine: also the pairs of a `diglot align --format json` output (repeatable)' },
    { name: 'min-count', type: 'string', value: 'N', description: 'mine: least number of pairs a term and its English share (default 2)' },
    { name: 'limit', type: 'string', value: 'N', description: 'mine: how many candidates (default 50)' },
    CONFIG_OPTION,
  ],
  details: [
    'Without FILES the project glossaries glossary/*.yaml are used. Files are validated against',
    'glossary/schema.json; problems are printed as file:line:col: severity rule-id: message.',
    'validate --format json: {"valid","files","entries","waivers","diagnostics":[…],"summary":{…}} on stdout.',
    'validate exits 2 when any file is invalid; import exits 1 when some rows could not be imported.',
    'export --format csv|tbx warns (glossary-export-dropped) about what the format cannot carry (waivers, name).',
    'mine reads the units with English of the project (when pipeline/edition.yaml exists) and --pairs files,',
    'and proposes German nouns, compounds and noun phrases that recur with the English they co-occur with;',
    'existing entries are not proposed, conflicting renderings of them are listed at the end.',
  ].join('\n'),
  positionals: { min: 1, max: 99 },
  async run(args, io) {
    const [sub, ...rest] = args.positionals;
    const files = [...rest, ...listOpt(args, 'glossary')];
    const out = stringOpt(args, 'out');
    const format = stringOpt(args, 'format');
    const allowed = sub === 'validate' ? ['text', 'json'] : sub === 'export' ? ['tbx', 'csv', 'yaml'] : sub === 'mine' ? ['yaml', 'json'] : [];
    if (format !== undefined && !allowed.includes(format) && (sub === 'validate' || sub === 'export' || sub === 'import' || sub === 'mine')) throw new UsageError(allowed.length ? `glossary ${sub} --format takes ${allowed.join(', ')}, got "${format}"` : `glossary ${sub} takes no --format (it writes glossary YAML)`);
    if (sub === 'validate') return validate(glossaryFiles(files, io), format ?? 'text', io);
    if (sub === 'export') return exportGlossary(glossaryFiles(files, io), format ?? 'tbx', out, io, exportStyle(args, format ?? 'tbx'));
    if (sub === 'import') {
      if (rest.length !== 1) throw new UsageError('glossary import needs exactly one FILE.tbx or FILE.csv');
      return importGlossary(rest[0], out, flagOpt(args, 'split-senses'), io);
    }
    if (sub === 'mine') return mine(args, files, out, io);
    throw new UsageError(`unknown subcommand "${sub}" (expected validate, export, import or mine)`);
  },
};
