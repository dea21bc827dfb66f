// `diglot import FILE`: reads a translated TMX/XLIFF/PO back, reports what changes (updated, added,
// stale, conflicts with both texts, the aligner's suggestions, what was skipped and why) and writes
// it through sync's never-lose path.
import path from 'node:path';
import { hasErrors } from '../../model/diagnostic.js';
import { EXIT, flagOpt, stringOpt, type Command } from '../command.js';
import { CONFIG_OPTION, runProject } from '../project-options.js';
import { createProgressBar } from '../progress.js';
import { formatImportPlan, importUpdates, planImport, readTranslations, type ConflictPolicy } from '../../interchange/index.js';
import { applySyncPlans, planSync } from '../../sync/index.js';
import { displayPath, printDiagnostics, printNotices } from '../print-diagnostics.js';
import { FORMAT_TEXT_JSON, writeJsonReport } from '../json-output.js';
import { readInputBytes } from '../read-input.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'read a translated TMX/XLIFF/PO file back into the English resources (through sync)',
  usage: ['import FILE.xlf|FILE.tmx|FILE.po [--dry-run] [--prefer file|local] [--include-drafts] [--accept-aligned] [--verbose] [--format text|json] [--config FILE]'],
  options: [
    { name: 'dry-run', type: 'boolean', short: 'n', description: 'report what would change; write nothing' },
    { name: 'prefer', type: 'string', value: 'SIDE', description: 'settle conflicts (edited locally and in the file since the export): file or local', choices: ['file', 'local'] },
    { name: 'include-drafts', type: 'boolean', description: 'also import targets in a draft state (XLIFF 2 initial, 1.2 new/needs-translation/needs-review-*, PO fuzzy); never copies of the source' },
    { name: 'accept-aligned', type: 'boolean', description: 'write the aligner\'s split of paragraph-level targets into sentences that have no English (provenance align); without it they are only shown' },
    { name: 'verbose', type: 'boolean', short: 'v', description: 'also list unchanged and skipped units' },
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', description: 'report format: text (default) or json (every action with both texts)', choices: FORMAT_TEXT_JSON },
    CONFIG_OPTION,
  ],
  positionals: { min: 1, max: 1 },
  details:
    'A target whose German source is still current updates the English when the project still holds\n' +
    'what was exported; if the English was edited locally too, it is a conflict (both texts shown),\n' +
    'settled only by --prefer. A target made for German that has changed since is kept as stale.\n' +
    'The project\'s languages win over the file\'s header (a mismatch is a warning). A unit whose document is\n' +
    'not in the project is matched by its German across the project; a target for a whole paragraph is split\n' +
    'over its sentences by the aligner and shown as suggestions. A target equal to its source is never imported.\n' +
    'json: {"file","format","actions":[{kind,document,key,…}],"skipped":[…],"counts":{…},"dryRun","wrote":[…],\n' +
    '"unresolved":n,"diagnostics":[…],"summary":{…}}; document and written paths relative to the project root.\n' +
    'Exit 0: done · 1: unresolved conflicts · 2: unreadable or invalid file, usage error.',
  async run(args, io) {
    const file = args.positionals[0];
    // bytes: an XML file is decoded by its BOM / encoding declaration (ISO-8859-1, UTF-16 …), a PO file by its charset
    const bytes = readInputBytes(io.cwd, file, 'import-unreadable', 'interchange');
    const json = stringOpt(args, 'format') === 'json';
    // a bar on stderr while a large project is read and matched (terminal only; never with JSON)
    const bar = createProgressBar(io.stderr, { quiet: json });
    const { project, base } = await runProject(args, io, { terms: false, checks: false }, bar.onProgress).finally(() => bar.clear());
    // the project's languages decide which side of the file is German
    const read = readTranslations(bytes, file, { languages: { sourceLang: project.config.sourceLanguage, targetLang: project.config.targetLanguage } });
    if (hasErrors(read.diagnostics)) {
      printDiagnostics(io.stderr, read.diagnostics, 'warning');
      io.stderr.write(`diglot import: ${file} is not valid ${read.format}; nothing imported\n`);
      return EXIT.usage;
    }
    if (!json) printNotices(io.stderr, project.diagnostics);
    // provenance records the file relative to the project root (`../x.po` for one outside it), so it
    // does not depend on where the import ran; an absolute path only across drives
    const inRoot = path.relative(project.config.root, path.resolve(io.cwd, file));
    const recorded = path.isAbsolute(inRoot) ? path.resolve(io.cwd, file).split(path.sep).join('/') : inRoot.split(path.sep).join('/');
    const prefer = (stringOpt(args, 'prefer') as ConflictPolicy | undefined) ?? 'ask';
    const plan = planImport(
      read.units,
      { documents: project.documents.map((d) => ({ path: d.source.path, slug: d.source.slug, units: d.units })) },
      (doc, key) => project.documents.find((d) => d.source.path === doc)?.resource.entries.get(key),
      { prefer, includeDrafts: flagOpt(args, 'include-drafts'), acceptAligned: flagOpt(args, 'accept-aligned'), file },
    );
    // these name the import file as the user typed it (relative to the current directory)
    if (!json) printDiagnostics(io.stderr, [...read.diagnostics, ...plan.diagnostics], 'warning');
    const dryRun = flagOpt(args, 'dry-run');
    if (!json) io.stdout.write(formatImportPlan(plan, file, { verbose: flagOpt(args, 'verbose'), dryRun }));
    const unresolved = plan.actions.some((a) => a.kind === 'conflict' && a.resolution === 'ask');
    const perDocument = importUpdates(plan.actions, recorded);
    // the never-lose writer of `diglot sync` applies them: keys in document order, replaced English
    // archived as superseded, targets for German that has changed since kept as stale orphans, the
    // losing side of a settled conflict and duplicates archived (rejected, duplicate-import); the
    // files of every document are written as one set (all or none)
    const docs = project.documents.filter((doc) => perDocument.get(doc.source.path));
    const plans = docs.map((doc) => {
      const docImport = perDocument.get(doc.source.path)!;
      return planSync({ source: doc.source, state: doc.locale, location: project.config, updates: docImport.updates, archive: docImport.archive, ...(prefer !== 'ask' ? { prefer } : {}) });
    });
    const reports = applySyncPlans(plans, { dryRun });
    const wrote: string[] = [];
    docs.forEach((doc, i) => {
      const report = reports[i];
      wrote.push(...(dryRun ? [] : report.changed));
      if (json) return;
      printNotices(io.stderr, report.diagnostics);
      if (dryRun && report.diff) io.stdout.write(report.diff);
      if (!dryRun && report.changed.length) io.stdout.write(`${displayPath(doc.source.path, base)}: wrote ${report.changed.map((f) => displayPath(f, base)).join(', ')}\n`);
    });
    if (json) {
      const unresolvedCount = plan.actions.filter((a) => a.kind === 'conflict' && a.resolution === 'ask').length;
      writeJsonReport(io.stdout, { file: recorded, format: read.format, actions: plan.actions, skipped: plan.skipped, counts: plan.counts, dryRun, wrote: wrote.map((f) => f.split(path.sep).join('/')), unresolved: unresolvedCount }, [...read.diagnostics, ...plan.diagnostics, ...reports.flatMap((r) => r.diagnostics)]);
    }
    return unresolved ? EXIT.findings : EXIT.ok;
  },
};
