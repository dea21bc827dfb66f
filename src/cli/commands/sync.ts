// `diglot sync`: rewrite locales/<lang>/<slug>.json to match the current German without losing a
// translation (orphans archive + sidecar in .diglot/locales/); --dry-run prints the diff, --check gates CI.
import path from 'node:path';
import { EXIT, flagOpt, stringOpt, UsageError, type Command } from '../command.js';
import { CONFIG_OPTION, MEMORY_OPTION, runProject } from '../project-options.js';
import { applySyncPlans, planSync, type SyncReport } from '../../sync/index.js';
import { displayPath, printDiagnostics, printNotices, type PathBase } from '../print-diagnostics.js';
import { FORMAT_TEXT_JSON, writeJsonReport } from '../json-output.js';
import { clipMiddle } from '../../util/clip.js';

export const syncCommand: Command = {
  name: 'sync',
  summary: 'rewrite the English resources to match the current German (never deletes a translation)',
  usage: ['sync [--dry-run | --check] [--format text|json] [--config FILE] [SOURCE…]'],
  options: [
    { name: 'dry-run', type: 'boolean', short: 'n', description: 'print the diff of every file that would change; write nothing' },
    { name: 'check', type: 'boolean', description: 'write nothing; exit 1 when a resource is out of sync (for CI)' },
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', description: 'report format: text (default) or json (the plan per document, with the diff under --dry-run)', choices: FORMAT_TEXT_JSON },
    CONFIG_OPTION,
    MEMORY_OPTION,
  ],
  positionals: { min: 0, max: 999 },
  details: [
    'For each German source (or only the SOURCE files given, relative to the current directory) the',
    'resource gets exactly the current segment keys in document order. Kept: every translation. New',
    'German: the key with null, which i18next treats as missing. English whose German no longer occurs:',
    'moved to .diglot/locales/<lang>/<slug>.orphans.json, where stale detection finds it (and a re-added',
    'sentence gets it back). Status, hashes, reviewer and provenance go to the sidecar',
    '.diglot/locales/<lang>/<slug>.diglot.json (an archive or sidecar still beside the resource, the old',
    'layout, is moved there). Running sync twice changes nothing. All files of all documents are written',
    'as one set: all of them change, or none.',
    'json: {"documents":[{"source","resource","changed":[…],"removed"?:[…],"counts":{kept,added,restored,rekeyed,archived,',
    'emptied,…},"diff"?}],"outOfSync":n,"written":bool,"diagnostics":[…],"summary":{…}}; paths relative to',
    'the project root.',
    'Exit 0: done (or --check: in sync) · 1: --check found changes · 2: usage or input error.',
  ].join('\n'),
  async run(args, io) {
    const dryRun = flagOpt(args, 'dry-run');
    const check = flagOpt(args, 'check');
    const json = stringOpt(args, 'format') === 'json';
    if (dryRun && check) throw new UsageError('--dry-run and --check exclude each other');
    // sync needs the segments and the resources: no term hits or QA findings to compute
    const { project, base } = await runProject(args, io, { terms: false, checks: false });
    // SOURCE arguments are typed relative to where the user is; documents are known by root-relative paths
    const wanted = args.positionals.map((p) => ({ typed: p, rel: path.relative(project.config.root, path.resolve(io.cwd, p)).split(path.sep).join('/') }));
    const unknown = wanted.filter((w) => !project.documents.some((d) => d.source.path === w.rel));
    if (unknown.length) throw new UsageError(`not a source of the run definition: ${clipMiddle(unknown.map((w) => w.typed).join(', '), 300)}`);
    // "the next write moves this old-layout file": this write says what it moved instead
    if (!json) printNotices(io.stderr, project.diagnostics.filter((d) => d.ruleId !== 'locale-layout-migrate'));
    const docs = wanted.length ? project.documents.filter((d) => wanted.some((w) => w.rel === d.source.path)) : project.documents;
    const preview = dryRun || check;
    const plans = docs.map((d) => planSync({ source: d.source, state: d.locale, location: project.config }));
    const reports = applySyncPlans(plans, { dryRun: preview });
    const results = plans.map((plan, i) => ({ source: docs[i].source.path, resource: plan.files[0].path, plan, report: reports[i] }));
    const outOfSync = results.filter((r) => r.report.changed.length).length;
    if (json) {
      writeJsonReport(
        io.stdout,
        {
          documents: results.map((r) => ({
            source: r.source,
            resource: toPosix(r.resource),
            changed: r.report.changed.map(toPosix),
            ...(r.report.removed.length ? { removed: r.report.removed.map(toPosix) } : {}),
            counts: r.report.counts,
            ...(dryRun ? { diff: r.report.diff } : {}),
          })),
          outOfSync,
          written: !preview,
        },
        results.flatMap((r) => [...r.plan.diagnostics, ...r.report.diagnostics]),
      );
    } else {
      printDiagnostics(io.stderr, results.flatMap((r) => r.plan.diagnostics), 'warning', base);
      for (const r of results) {
        printNotices(io.stderr, r.report.diagnostics);
        if (dryRun) io.stdout.write(r.report.diff);
        io.stdout.write(`${summaryLine(r.resource, r.report, preview, base)}\n`);
      }
    }
    if (check && outOfSync) {
      if (!json) io.stderr.write(`diglot sync: ${outOfSync} resource${outOfSync === 1 ? ' is' : 's are'} out of sync with the German; run \`diglot sync\`\n`);
      return EXIT.findings;
    }
    return EXIT.ok;
  },
};

const toPosix = (p: string) => p.split(path.sep).join('/');

function summaryLine(file: string, r: SyncReport, preview: boolean, base: PathBase): string {
  const shown = displayPath(file, base);
  if (!r.changed.length) return `${shown}: up to date (${r.counts.kept} translated)`;
  const c = r.counts;
  const parts = [
    `${c.kept} kept`,
    c.added && `${c.added} added as untranslated (null)`,
    c.restored && `${c.restored} restored from the archive`,
    c.rekeyed && `${c.rekeyed} re-keyed`,
    c.archived && `${c.archived} archived`,
    c.emptied && `${c.emptied} "" → null`,
  ].filter(Boolean);
  const written = r.changed.filter((f) => !r.removed.includes(f));
  const moved = r.removed.length ? `; ${preview ? 'would remove' : 'removed'} ${r.removed.map((f) => displayPath(f, base)).join(', ')} (moved to .diglot/locales/)` : '';
  return `${shown}: ${parts.join(', ')}${preview ? ' (not written)' : ''}; ${preview ? 'would write' : 'wrote'} ${written.map((f) => displayPath(f, base)).join(', ')}${moved}`;
}
