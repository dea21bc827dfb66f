// `diglot build`: run the pipeline of pipeline/edition.yaml and write the edition into outDir.
import path from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { EXIT, flagOpt, listOpt, stringOpt, UsageError, type Command } from '../command.js';
import { CONFIG_OPTION, MEMORY_OPTION, runProject } from '../project-options.js';
import { renderOutputs } from '../../project/index.js';
import { writeOutputFiles } from '../../project/write-edition.js';
import { REQUIRE_LEVELS, requireStatus, type RequireLevel } from '../../check/index.js';
import { displayPath, printDiagnostics } from '../print-diagnostics.js';
import { createProgressBar } from '../progress.js';
import { FORMAT_TEXT_JSON, writeJsonReport } from '../json-output.js';
import type { Counts } from '../../report/index.js';

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the parallel edition (HTML, Markdown, JSON, coverage, exports) from pipeline/edition.yaml',
  usage: ['build [--config FILE] [--memory PATH]… [--require translated|reviewed|human] [--quiet] [--format text|json]', 'build --watch [--config FILE] [--memory PATH]… [--require LEVEL] [--quiet]'],
  options: [
    CONFIG_OPTION,
    MEMORY_OPTION,
    { name: 'require', type: 'string', value: 'LEVEL', description: 'refuse to build unless every segment meets LEVEL (human: no unreviewed machine-aligned English)', choices: REQUIRE_LEVELS },
    { name: 'quiet', type: 'boolean', short: 'q', description: 'print errors only, no warnings or summary' },
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', description: 'summary format: text (default) or json (stdout; diagnostics included, none on stderr)', choices: FORMAT_TEXT_JSON },
    { name: 'watch', type: 'boolean', short: 'w', description: 'build, then rebuild on every save of a source, resource, sidecar, glossary or the run definition (Ctrl-C stops)' },
  ],
  positionals: { min: 0, max: 0 },
  details:
    'Writes all outputs as one set (synced temp files, a journal, then renames), so a failed or killed build\n' +
    'leaves the previous edition intact (the next run finishes a set that was already committed). Outputs\n' +
    'of articles that no longer exist are removed, if diglot wrote them (outDir/.diglot-manifest.json).\n' +
    'json: {"documents":[{"path","slug","coverage"}],"total":{segments,translated,reviewed,stale,fuzzy,missing,percent},\n' +
    '"written":bool,"wrote":[paths relative to the project root],"removed":[stale outputs removed],"diagnostics":[…],"summary":{errors,warnings,infos}}.\n' +
    'Exit 0: built (warnings allowed) · 1: built, but error-level findings (e.g. a forbidden term), or --require\n' +
    'not met (then nothing is written) · 2: input error, nothing written.\n' +
    '--watch: one summary line per rebuild; a save that leaves a file invalid is reported (file:line:col) and the\n' +
    'last good output is kept until the next save. Exit 0 on Ctrl-C; 2 when there is no project to watch.',
  async run(args, io) {
    const quiet = flagOpt(args, 'quiet');
    const json = stringOpt(args, 'format') === 'json';
    if (flagOpt(args, 'watch')) {
      if (json) throw new UsageError('--watch prints a text line per rebuild; --format json is for a single build');
      const { runWatchSession } = await import('../watch-session.js');
      const level = stringOpt(args, 'require') as RequireLevel | undefined;
      const memory = listOpt(args, 'memory');
      const config = stringOpt(args, 'config');
      return runWatchSession(io, {
        quiet,
        ...(config ? { config } : {}),
        ...(memory.length ? { memory } : {}),
        ...(level ? { gate: (ed) => ed.project.documents.flatMap((d) => requireStatus(d.units, level, d.source.path)) } : {}),
      });
    }
    // a bar on stderr for a build that takes more than a second (terminal only; never with JSON)
    const bar = createProgressBar(io.stderr, { quiet: quiet || json });
    const { project, base } = await runProject(args, io, undefined, bar.onProgress).finally(() => bar.clear());
    const level = stringOpt(args, 'require') as RequireLevel | undefined;
    const below = level ? project.documents.flatMap((d) => requireStatus(d.units, level, d.source.path)) : [];
    bar.onProgress({ stage: 'render', done: 0, total: 1 });
    const { files, coverage } = renderOutputs(project);
    const report = (written: { written: string[]; removed: string[] } | undefined, extra: readonly Diagnostic[] = []) =>
      writeJsonReport(
        io.stdout,
        {
          documents: project.documents.map((d, i) => ({ path: d.source.path, slug: d.source.slug, coverage: counts(coverage.documents[i]) })),
          total: counts(coverage.total),
          written: written !== undefined,
          wrote: written ? written.written.map(toPosix) : [],
          removed: written ? written.removed.map(toPosix) : [],
        },
        [...project.diagnostics, ...below, ...extra],
      );
    if (below.length) {
      bar.clear();
      if (json) report(undefined);
      else {
        printDiagnostics(io.stderr, below, 'error', base);
        io.stderr.write(`diglot build: ${below.length} segment${below.length === 1 ? '' : 's'} below --require ${level}; nothing written\n`);
      }
      return EXIT.findings;
    }
    bar.onProgress({ stage: 'write', done: 0, total: files.length });
    const written = writeOutputFiles(project.config, files);
    bar.clear();
    const errors = project.diagnostics.filter((d) => d.severity === 'error').length;
    if (json) {
      report(written, written.diagnostics);
      return errors > 0 ? EXIT.findings : EXIT.ok;
    }
    const { warnings } = printDiagnostics(io.stderr, [...project.diagnostics, ...written.diagnostics], quiet ? 'error' : 'warning', base);
    if (!quiet) {
      const t = coverage.total;
      io.stdout.write(
        `diglot build: ${project.documents.length} document${project.documents.length === 1 ? '' : 's'}, ${t.segments} segments, ` +
          `${t.percent} % translated (${t.translated} translated, ${t.stale} stale, ${t.fuzzy} fuzzy, ${t.missing} missing), ` +
          `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n` +
          `wrote ${written.written.map((f) => displayPath(f, base)).join(', ')}\n` +
          (written.removed.length ? `removed ${written.removed.map((f) => displayPath(f, base)).join(', ')} (outputs of an earlier build that this one no longer makes)\n` : ''),
      );
    }
    return errors > 0 ? EXIT.findings : EXIT.ok;
  },
};

const toPosix = (p: string) => p.split(path.sep).join('/');

function counts(c: Counts) {
  return { segments: c.segments, translated: c.translated, reviewed: c.reviewed, stale: c.stale, fuzzy: c.fuzzy, missing: c.missing, percent: c.percent };
}
