// `diglot build`: run the pipeline of pipeline/edition.yaml and write the edition into outDir.
import path from 'node:path';
import { EXIT, flagOpt, stringOpt, type Command } from '../command.js';
import { CONFIG_OPTION, MEMORY_OPTION, runOptions } from '../project-options.js';
import { runPipeline, renderOutputs } from '../../project/index.js';
import { REQUIRE_LEVELS, requireStatus, type RequireLevel } from '../../check/index.js';
import { writeFilesAtomic } from '../../util/write-atomic.js';
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
    'Writes all outputs at once (temp files, then rename), so a failed build leaves the previous edition intact.\n' +
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
    writeFilesAtomic(files.map((f) => ({ path: path.resolve(project.config.root, f.path), content: f.content })));
    const { errors, warnings } = printDiagnostics(io.stderr, project.diagnostics, quiet ? 'error' : 'warning');
    if (!quiet) {
      const t = coverage.total;
      io.stdout.write(
        `diglot build: ${project.documents.length} document${project.documents.length === 1 ? '' : 's'}, ${t.segments} segments, ` +
          `${t.percent} % translated (${t.translated} translated, ${t.stale} stale, ${t.fuzzy} fuzzy, ${t.missing} missing), ` +
          `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n` +
          `wrote ${files.map((f) => f.path).join(', ')}\n`,
      );
    }
    return errors > 0 ? EXIT.findings : EXIT.ok;
  },
};
