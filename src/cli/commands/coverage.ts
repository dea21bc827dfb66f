// `diglot coverage`: translation coverage per project, document and section, with CI gates.
import { EXIT, PERCENT, listOpt, numberOpt, stringOpt, UsageError, type Command } from '../command.js';
import { CONFIG_OPTION, MEMORY_OPTION, runProject } from '../project-options.js';
import { evaluateGates, computeCoverage, formatCoverageJson, formatCoverageJunit, formatCoverageMarkdown, formatCoverageText, type FailOnStatus } from '../../report/index.js';
import { REQUIRE_LEVELS, requireStatus, type RequireLevel } from '../../check/index.js';
import { printDiagnostics } from '../print-diagnostics.js';

const FAIL_ON: readonly FailOnStatus[] = ['stale', 'fuzzy', 'missing'];

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'report translation coverage (per document and section); gate CI with --min, --min-document, --fail-on',
  usage: ['coverage [--format text|json|markdown|junit] [--min PERCENT] [--min-document PERCENT] [--fail-on STATUS,…] [--require LEVEL] [--config FILE]'],
  options: [
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', description: 'output format', choices: ['text', 'json', 'markdown', 'junit'] },
    { name: 'min', type: 'string', value: 'PERCENT', description: 'exit 1 when total coverage is below PERCENT (0–100)' },
    { name: 'min-document', type: 'string', value: 'PERCENT', description: 'exit 1 when any document is below PERCENT (0–100)' },
    { name: 'fail-on', type: 'string', multiple: true, value: 'STATUS', description: 'exit 1 when any segment has one of these statuses (stale, fuzzy, missing; comma-separated or repeated)' },
    { name: 'require', type: 'string', value: 'LEVEL', description: 'exit 1 unless every segment meets LEVEL', choices: REQUIRE_LEVELS },
    CONFIG_OPTION,
    MEMORY_OPTION,
  ],
  positionals: { min: 0, max: 0 },
  details: [
    'percent = translated / segments × 100, where translated counts units with English from an exact',
    'entry (translated + reviewed); stale, fuzzy and missing units are not translated.',
    'Sections: lede (title, captions before the text, first paragraph), summary (the summary box),',
    'intro, and one per `##` heading; captions and quotations are also counted as parts.',
    'A section is complete when every segment is translated: only complete sections are published',
    'in English (publish.incomplete in the run definition).',
    '--require translated: every segment translated · reviewed: every segment reviewed in the sidecar ·',
    'human: every English curated, imported from a translator, or reviewed.',
    'Exit 0: every gate passed · 1: a gate failed (the reason is printed) · 2: usage or input error (also a',
    'percentage outside 0–100).',
  ].join('\n'),
  async run(args, io) {
    const min = numberOpt(args, 'min', PERCENT);
    const minDocument = numberOpt(args, 'min-document', PERCENT);
    const failOn = listOpt(args, 'fail-on');
    for (const s of failOn) if (!FAIL_ON.includes(s as FailOnStatus)) throw new UsageError(`--fail-on takes ${FAIL_ON.join(', ')}, got "${s}"`);
    const require = stringOpt(args, 'require') as RequireLevel | undefined;
    // statuses are all coverage reports: no term hits, term QA or QA checks to compute (`diglot check` has them)
    const { project, base } = await runProject(args, io, { terms: false, checks: false });
    const report = computeCoverage(project.documents);
    const format = stringOpt(args, 'format') ?? 'text';
    io.stdout.write(
      format === 'json'
        ? formatCoverageJson(report)
        : format === 'markdown'
          ? formatCoverageMarkdown(report)
          : format === 'junit'
            ? formatCoverageJunit(report, { documents: project.documents, ...(minDocument !== undefined ? { minDocument } : {}) })
            : formatCoverageText(report),
    );
    const failures = evaluateGates(report, { ...(min !== undefined ? { min } : {}), ...(minDocument !== undefined ? { minDocument } : {}), failOn: failOn as FailOnStatus[] });
    if (require) {
      const below = project.documents.flatMap((d) => requireStatus(d.units, require, d.source.path));
      printDiagnostics(io.stderr, below, 'error', base);
      if (below.length) failures.push({ gate: 'require', message: `${below.length} segment${below.length === 1 ? '' : 's'} below --require ${require}` });
    }
    for (const f of failures) io.stderr.write(`diglot coverage: gate failed: ${f.message}\n`);
    return failures.length ? EXIT.findings : EXIT.ok;
  },
};
