// `diglot build`: run the pipeline of pipeline/edition.yaml and write the edition into outDir.
import path from 'node:path';
import { EXIT, flagOpt, stringOpt, type Command } from '../command.js';
import { CONFIG_OPTION, MEMORY_OPTION, runProject } from '../project-options.js';
import { renderOutputs } from '../../project/index.js';
import { REQUIRE_LEVELS, requireStatus, type RequireLevel } from '../../check/index.js';
import { writeFilesAtomic } from '../../util/write-atomic.js';
import { displayPath, printDiagnostics } from '../print-diagnostics.js';
import { FORMAT_TEXT_JSON, writeJsonReport } from '../json-output.js';
import type { Counts } from '../../report/index.js';

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the parallel edition (HTML, Markdown, JSON, coverage, exports) from pipeline/edition.yaml',
  usage: ['build [--config FILE] [--memory PATH]… [--require translated|reviewed|human] [--quiet] [--format text|json]'],
  options: [
    CONFIG_OPTION,
    MEMORY_OPTION,
    { name: 'require', type: 'string', value: 'LEVEL', description: 'refuse to build unless every segment meets LEVEL (human: no unreviewed machine-aligned English)', choices: REQUIRE_LEVELS },
    { name: 'quiet', type: 'boolean', short: 'q', description: 'print errors only, no warnings or summary' },
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', description: 'summary format: text (default) or json (stdout; diagnostics included, none on stderr)', choices: FORMAT_TEXT_JSON },
  ],
  positionals: { min: 0, max: 0 },
  details:
    'Writes all outputs at once (temp files, then rename), so a failed build leaves the previous edition intact.\n' +
    'json: {"documents":[{"path","slug","coverage"}],"total":{segments,translated,reviewed,stale,fuzzy,missing,percent},\n' +
    '"written":bool,"wrote":[paths relative to the project root],"diagnostics":[…],"summary":{errors,warnings,infos}}.\n' +
    'Exit 0: built (warnings allowed) · 1: built, but error-level findings (e.g. a forbidden term), or --require\n' +
    'not met (then nothing is written) · 2: input error, nothing written.',
  async run(args, io) {
    const quiet = flagOpt(args, 'quiet');
    const json = stringOpt(args, 'format') === 'json';
    const { project, base } = await runProject(args, io);
    const level = stringOpt(args, 'require') as RequireLevel | undefined;
    const below = level ? project.documents.flatMap((d) => requireStatus(d.units, level, d.source.path)) : [];
    const { files, coverage } = renderOutputs(project);
    const report = (written: boolean) =>
      writeJsonReport(
        io.stdout,
        {
          documents: project.documents.map((d, i) => ({ path: d.source.path, slug: d.source.slug, coverage: counts(coverage.documents[i]) })),
          total: counts(coverage.total),
          written,
          wrote: written ? files.map((f) => toPosix(f.path)) : [],
        },
        [...project.diagnostics, ...below],
      );
    if (below.length) {
      if (json) report(false);
      else {
        printDiagnostics(io.stderr, below, 'error', base);
        io.stderr.write(`diglot build: ${below.length} segment${below.length === 1 ? '' : 's'} below --require ${level}; nothing written\n`);
      }
      return EXIT.findings;
    }
    writeFilesAtomic(files.map((f) => ({ path: path.resolve(project.config.root, f.path), content: f.content })));
    const errors = project.diagnostics.filter((d) => d.severity === 'error').length;
    if (json) {
      report(true);
      return errors > 0 ? EXIT.findings : EXIT.ok;
    }
    const { warnings } = printDiagnostics(io.stderr, project.diagnostics, quiet ? 'error' : 'warning', base);
    if (!quiet) {
      const t = coverage.total;
      io.stdout.write(
        `diglot build: ${project.documents.length} document${project.documents.length === 1 ? '' : 's'}, ${t.segments} segments, ` +
          `${t.percent} % translated (${t.translated} translated, ${t.stale} stale, ${t.fuzzy} fuzzy, ${t.missing} missing), ` +
          `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n` +
          `wrote ${files.map((f) => displayPath(f.path, base)).join(', ')}\n`,
      );
    }
    return errors > 0 ? EXIT.findings : EXIT.ok;
  },
};

const toPosix = (p: string) => p.split(path.sep).join('/');

function counts(c: Counts) {
  return { segments: c.segments, translated: c.translated, reviewed: c.reviewed, stale: c.stale, fuzzy: c.fuzzy, missing: c.missing, percent: c.percent };
}
