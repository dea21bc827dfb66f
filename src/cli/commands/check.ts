// `diglot check`: every finding of the pipeline (match, glossary term QA, QA checks) in text, JSON
// or SARIF; exit 1 when any is an error.
import path from 'node:path';
import { EXIT, stringOpt, type Command } from '../command.js';
import { CONFIG_OPTION, MEMORY_OPTION, runProject } from '../project-options.js';
import { displayPaths } from '../print-diagnostics.js';
import { formatDiagnosticsJson, formatDiagnosticsSarif, formatDiagnosticsText } from '../../report/index.js';
import { REQUIRE_LEVELS, requireStatus, type RequireLevel } from '../../check/index.js';
import { hasErrors } from '../../model/diagnostic.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'QA the translation: numbers, dates, quotes, placeholders, untranslated, consistency, glossary terms',
  usage: ['check [--format text|json|sarif] [--require LEVEL] [--config FILE]'],
  options: [
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', description: 'output format', choices: ['text', 'json', 'sarif'] },
    { name: 'require', type: 'string', value: 'LEVEL', description: 'also report every segment below LEVEL as an error', choices: REQUIRE_LEVELS },
    CONFIG_OPTION,
    MEMORY_OPTION,
  ],
  positionals: { min: 0, max: 0 },
  details: [
    'Prints every diagnostic of the run (resources, matching, glossary term QA, QA checks) to stdout.',
    'Text shows paths relative to the current directory; JSON and SARIF 2.1.0 relative to the project root',
    '(%SRCROOT%). Columns are UTF-16 code units.',
    'Rule ids and their meaning: README → Messages.',
    'Exit 0: no error-level finding · 1: at least one error · 2: usage or input error.',
  ].join('\n'),
  async run(args, io) {
    const { project, base } = await runProject(args, io);
    const require = stringOpt(args, 'require') as RequireLevel | undefined;
    const diagnostics = [...project.diagnostics, ...(require ? project.documents.flatMap((d) => requireStatus(d.units, require, d.source.path)) : [])];
    const format = stringOpt(args, 'format') ?? 'text';
    io.stdout.write(
      format === 'json'
        ? formatDiagnosticsJson(diagnostics)
        : format === 'sarif'
          ? formatDiagnosticsSarif(diagnostics, { root: path.resolve(project.config.root) })
          : formatDiagnosticsText(displayPaths(diagnostics, base)),
    );
    return hasErrors(diagnostics) ? EXIT.findings : EXIT.ok;
  },
};
