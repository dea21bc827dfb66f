// `diglot build`: run the pipeline of pipeline/edition.yaml and write the edition into outDir.
import { EXIT, flagOpt, stringOpt, type Command } from '../command.js';
import { CONFIG_OPTION, MEMORY_OPTION, runOptions } from '../project-options.js';
import { runPipeline, renderOutputs } from '../../project/index.js';
import { writeEdition } from '../../project/write-edition.js';
import { REQUIRE_LEVELS, requireStatus, type RequireLevel } from '../../check/index.js';
import { printDiagnostics } from '../print-diagnostics.js';

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the parallel edition (HTML, Markdown, JSON, coverage, exports) from pipeline/edition.yaml',
  usage: ['build [--config FILE] [--memory PATH]… [--require translated|reviewed|human] [--quiet]'],
  options: [
    CONFIG_OPTION,
    MEMORY_OPTION,
    { name: 'require', type: 'string', value: 'LEVEL', description: 'refuse to build unless every segment meets LEVEL (human: no unreviewed machine-aligned English)', choices: REQUIRE_LEVELS },
    { name: 'quiet', type: 'boolean', short: 'q', description: 'print errors only, no warnings or summary' },
  ],
  positionals: { min: 0, max: 0 },
  details:
    'Writes all outputs as one set (synced temp files, a journal, then renames), so a failed or killed build\n' +
    'leaves the previous edition intact (the next run finishes a set that was already committed). Outputs\n' +
    'of articles that no longer exist are removed, if diglot wrote them (outDir/.diglot-manifest.json).\n' +
    'Exit 0: built (warnings allowed) · 1: built, but error-level findings (e.g. a forbidden term), or --require\n' +
    'not met (then nothing is written) · 2: input error, nothing written.',
  async run(args, io) {
    const quiet = flagOpt(args, 'quiet');
    const project = await runPipeline(runOptions(args, io.cwd));
    const level = stringOpt(args, 'require') as RequireLevel | undefined;
    if (level) {
      const below = project.documents.flatMap((d) => requireStatus(d.units, level, d.source.path));
      if (below.length) {
        printDiagnostics(io.stderr, below, 'error');
        io.stderr.write(`diglot build: ${below.length} segment${below.length === 1 ? '' : 's'} below --require ${level}; nothing written\n`);
        return EXIT.findings;
      }
    }
    const { files, coverage } = renderOutputs(project);
    const written = writeEdition(project.config, files);
    const { errors, warnings } = printDiagnostics(io.stderr, [...project.diagnostics, ...written.diagnostics], quiet ? 'error' : 'warning');
    if (!quiet) {
      const t = coverage.total;
      io.stdout.write(
        `diglot build: ${project.documents.length} document${project.documents.length === 1 ? '' : 's'}, ${t.segments} segments, ` +
          `${t.percent} % translated (${t.translated} translated, ${t.stale} stale, ${t.fuzzy} fuzzy, ${t.missing} missing), ` +
          `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n` +
          `wrote ${written.written.join(', ')}\n` +
          (written.removed.length ? `removed ${written.removed.join(', ')} (outputs of an earlier build that this one no longer makes)\n` : ''),
      );
    }
    return errors > 0 ? EXIT.findings : EXIT.ok;
  },
};
