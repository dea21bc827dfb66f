// `diglot sync`: rewrite locales/<lang>/<slug>.json to match the current German without losing a
// translation (orphans archive + sidecar beside it); --dry-run prints the diff, --check gates CI.
import path from 'node:path';
import { EXIT, flagOpt, stringOpt, UsageError, type Command } from '../command.js';
import { CONFIG_OPTION, MEMORY_OPTION, runOptions } from '../project-options.js';
import { runPipeline } from '../../project/index.js';
import { applySyncPlans, planSync, type SyncReport } from '../../sync/index.js';
import { printNotices } from '../print-diagnostics.js';
import { clipMiddle } from '../../util/clip.js';

export const syncCommand: Command = {
  name: 'sync',
  summary: 'rewrite the English resources to match the current German (never deletes a translation)',
  usage: ['sync [--dry-run | --check] [--config FILE] [SOURCE…]'],
  options: [
    { name: 'dry-run', type: 'boolean', short: 'n', description: 'print the diff of every file that would change; write nothing' },
    { name: 'check', type: 'boolean', description: 'write nothing; exit 1 when a resource is out of sync (for CI)' },
    CONFIG_OPTION,
    MEMORY_OPTION,
  ],
  positionals: { min: 0, max: 999 },
  details: [
    'For each German source (or only the SOURCE files given) the resource gets exactly the current',
    'segment keys in document order. Kept: every translation. New German: the key with null, which',
    'i18next treats as missing. English whose German no longer occurs: moved to <slug>.orphans.json,',
    'where stale detection finds it (and a re-added sentence gets it back). Status, hashes, reviewer',
    'and provenance go to the sidecar <slug>.diglot.json. Running sync twice changes nothing.',
    'All files of all documents are written as one set: all of them change, or none.',
    'Exit 0: done (or --check: in sync) · 1: --check found changes · 2: usage or input error.',
  ].join('\n'),
  async run(args, io) {
    const dryRun = flagOpt(args, 'dry-run');
    const check = flagOpt(args, 'check');
    if (dryRun && check) throw new UsageError('--dry-run and --check exclude each other');
    const project = await runPipeline(runOptions(args, io.cwd));
    const wanted = args.positionals.map((p) => path.normalize(p));
    const docs = wanted.length ? project.documents.filter((d) => wanted.includes(path.normalize(d.source.path))) : project.documents;
    const unknown = wanted.filter((w) => !project.documents.some((d) => path.normalize(d.source.path) === w));
    if (unknown.length) throw new UsageError(`not a source of the run definition: ${clipMiddle(unknown.join(', '), 300)}`);
    printNotices(io.stderr, project.diagnostics);
    const plans = docs.map((d) => planSync({ source: d.source, config: project.config }));
    const reports = applySyncPlans(plans, { dryRun: dryRun || check });
    let outOfSync = 0;
    plans.forEach((plan, i) => {
      const report = reports[i];
      printNotices(io.stderr, report.diagnostics);
      if (report.changed.length) outOfSync++;
      if (dryRun) io.stdout.write(report.diff);
      io.stdout.write(`${summaryLine(plan.files[0].path, report, dryRun || check)}\n`);
    });
    if (check && outOfSync) {
      io.stderr.write(`diglot sync: ${outOfSync} resource${outOfSync === 1 ? ' is' : 's are'} out of sync with the German; run \`diglot sync\`\n`);
      return EXIT.findings;
    }
    return EXIT.ok;
  },
};

function summaryLine(file: string, r: SyncReport, preview: boolean): string {
  if (!r.changed.length) return `${file}: up to date (${r.counts.kept} translated)`;
  const c = r.counts;
  const parts = [
    `${c.kept} kept`,
    c.added && `${c.added} added as untranslated (null)`,
    c.restored && `${c.restored} restored from the archive`,
    c.rekeyed && `${c.rekeyed} re-keyed`,
    c.archived && `${c.archived} archived`,
    c.emptied && `${c.emptied} "" → null`,
  ].filter(Boolean);
  return `${file}: ${parts.join(', ')}${preview ? ' (not written)' : ''}; ${preview ? 'would write' : 'wrote'} ${r.changed.join(', ')}`;
}
