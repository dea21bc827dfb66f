// `diglot coverage`: translation coverage per project, document and section, with CI gates.
import { EXIT, numberOpt, stringOpt, UsageError, type Command } from '../command.js';
import { runPipeline } from '../../project/index.js';
import { computeCoverage, formatCoverageJson, formatCoverageText } from '../../report/index.js';

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'report translation coverage (per document and section); gate CI with --min',
  usage: ['coverage [--format text|json] [--min PERCENT] [--config FILE]'],
  options: [
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', description: 'output format', choices: ['text', 'json'] },
    { name: 'min', type: 'string', value: 'PERCENT', description: 'exit 1 when total coverage is below PERCENT' },
    { name: 'config', type: 'string', short: 'c', value: 'FILE', description: 'run definition (default pipeline/edition.yaml)' },
  ],
  positionals: { min: 0, max: 0 },
  details: 'percent = translated / segments × 100 (translated = an exact curated entry exists).\nExit 0: gate passed · 1: below --min · 2: usage or input error.',
  async run(args, io) {
    const min = numberOpt(args, 'min');
    if (min !== undefined && min < 0) throw new UsageError('--min must be a percentage ≥ 0');
    const config = stringOpt(args, 'config');
    const project = await runPipeline({ cwd: io.cwd, ...(config ? { config } : {}) });
    const report = computeCoverage(project.documents);
    io.stdout.write(stringOpt(args, 'format') === 'json' ? formatCoverageJson(report) : formatCoverageText(report));
    if (min !== undefined && report.total.percent < min) {
      io.stderr.write(`diglot coverage: gate failed: total coverage ${report.total.percent} % is below --min ${min} %\n`);
      return EXIT.findings;
    }
    return EXIT.ok;
  },
};
