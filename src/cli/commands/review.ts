// `diglot review`: the sentences that need a person's decision — in a terminal one by one (accept,
// edit, skip, mark reviewed, quit), or for scripts `--list [--format json]` and `--accept ID… --by NAME`;
// every decision written through sync's never-lose path with the reviewer and the date.
import path from 'node:path';
import { DiglotError, type Diagnostic } from '../../model/diagnostic.js';
import { EXIT, UsageError, flagOpt, listOpt, stringOpt, type Command, type CommandIO, type ParsedArgs } from '../command.js';
import { CONFIG_OPTION, MEMORY_OPTION, runProject, type CliProject } from '../project-options.js';
import { displayPath, displayPaths, printDiagnostics, printNotices } from '../print-diagnostics.js';
import { FORMAT_TEXT_JSON, writeJsonReport } from '../json-output.js';
import { createTerminalPrompter, isInteractive, terminalStyle } from '../review-terminal.js';
import { clip, clipMiddle } from '../../util/clip.js';
import {
  REVIEW_REASONS, checkCandidate, checkReviewerName, collectReviewItems, formatQueueSummary, formatReviewDate, formatReviewList, openFindings,
  parseReviewDate, resolveReviewRefs, reviewListJson, runReviewSession, writeReviewDecisions,
  type CandidateContext, type ReviewDocument, type ReviewItem, type ReviewReason, type Reviewer,
} from '../../review/index.js';

export const reviewCommand: Command = {
  name: 'review',
  summary: 'review the sentences that need a decision (missing, stale, fuzzy, aligned, imported, from memory): in a terminal, or --list / --accept',
  usage: [
    'review [--by NAME] [--only REASON,…] [--all] [--config FILE] [SOURCE…]        (in a terminal)',
    'review --list [--format text|json] [--only REASON,…] [--all] [SOURCE…]',
    'review --accept ID… --by NAME [--date DATE] [--force] [--dry-run] [--format text|json]',
  ],
  options: [
    { name: 'list', type: 'boolean', short: 'l', description: 'list the sentences that need a decision; write nothing' },
    { name: 'accept', type: 'boolean', short: 'a', description: 'accept the units named (IDs, or SLUG:ID): their suggestion, or their English as it is, marked reviewed' },
    { name: 'by', type: 'string', short: 'b', value: 'NAME', description: 'who reviews (recorded as reviewedBy; required with --accept, asked for in a terminal)' },
    { name: 'date', type: 'string', value: 'DATE', description: 'review date to record: YYYY-MM-DD, or a date-time with its zone (default: now, UTC)' },
    { name: 'only', type: 'string', multiple: true, value: 'REASON', description: `only these: ${REVIEW_REASONS.join(', ')} (comma-separated or repeated)` },
    { name: 'all', type: 'boolean', description: 'also curated English nobody has reviewed (reason unreviewed)' },
    { name: 'force', type: 'boolean', description: 'with --accept: accept English that has QA errors' },
    { name: 'dry-run', type: 'boolean', short: 'n', description: 'with --accept: print the diff of the locale files; write nothing' },
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', description: 'with --list or --accept: text (default) or json', choices: FORMAT_TEXT_JSON },
    CONFIG_OPTION,
    MEMORY_OPTION,
  ],
  positionals: { min: 0, max: 10_000 },
  details: [
    'In a terminal, each sentence shows its German, the word diff of a German change, the old or suggested',
    'English, the English it has and where that came from, glossary hits and QA findings; a accepts the',
    'suggestion, r marks the English reviewed, e edits it, s skips, q quits. Each decision is written at once',
    'into locales/<lang>/<slug>.json with the reviewer and date in the sidecar; English it replaces goes to the',
    'archive. An English that changed meanwhile is never overwritten (review-concurrent-edit).',
    'Without a terminal use --list and --accept. SOURCE limits the review to these German files.',
    'json (--list): {"items":[{id,ref,also,slug,document,resource,line,column,reason,status,de,en,provenance?,',
    'suggestion?,accept:{en,provenance,from}|null,terms,findings}],"counts":{…},"total",…}; (--accept):',
    '{"accepted":[{id,ref,slug,document,resource,en,from,reviewedBy,reviewedAt}],"dryRun","wrote":[…],…}.',
    'Exit 0: done · 1: a decision could not be written (interactive) · 2: usage or input error, nothing written.',
  ].join('\n'),
  async run(args, io) {
    const mode = flagOpt(args, 'accept') ? 'accept' : flagOpt(args, 'list') ? 'list' : 'interactive';
    checkOptions(args, mode);
    // before the project is read: without a terminal there is nobody to ask
    if (mode === 'interactive' && !isInteractive(io)) {
      throw new DiglotError({
        ruleId: 'review-needs-terminal',
        severity: 'error',
        message: 'diglot review asks about each sentence in a terminal, and stdin or stdout is not one',
        hint: 'in scripts and CI: `diglot review --list [--format json]` shows what needs a decision, `diglot review --accept ID… --by NAME` accepts it',
        source: 'review',
      });
    }
    const cli = await runProject(args, io);
    const { project, base } = cli;
    const ctx: CandidateContext = { glossary: project.glossary, waivers: project.terms?.waivers ?? [] };
    if (mode === 'accept') return accept(args, io, cli, ctx);
    const documents: ReviewDocument[] = project.documents;
    const items = collectReviewItems(documents, ctx, { all: flagOpt(args, 'all'), reasons: reasonsOpt(args), documents: selectDocuments(args.positionals, io.cwd, cli) });
    if (mode === 'list') {
      if (stringOpt(args, 'format') === 'json') {
        writeJsonReport(io.stdout, reviewListJson(items));
        return EXIT.ok;
      }
      printNotices(io.stderr, project.diagnostics);
      io.stdout.write(formatReviewList(items, (f) => displayPath(f, base)));
      io.stdout.write(`${formatQueueSummary(items)}${items.length ? '\n`diglot review` goes through them in a terminal; `diglot review --accept ID… --by NAME` accepts from a script' : ''}\n`);
      return EXIT.ok;
    }
    printNotices(io.stderr, project.diagnostics);
    const prompter = createTerminalPrompter(io.stdin, io.stdout);
    const fixedDate = dateOpt(args);
    try {
      const by = stringOpt(args, 'by');
      const summary = await runReviewSession({
        items,
        prompter,
        style: () => terminalStyle(io.stdout),
        ...(by !== undefined ? { by: by.trim() } : {}),
        now: () => fixedDate ?? formatReviewDate(new Date()),
        check: (item, en) => checkCandidate(item.unit, documentOf(documents, item).source, en, ctx),
        write: (decision, reviewer) => writeReviewDecisions(project.config, documents, [decision], reviewer),
        show: (f) => displayPath(f, base),
      });
      return summary.failed ? EXIT.findings : EXIT.ok;
    } finally {
      prompter.close();
    }
  },
};

/** `--accept ID…`: every named unit's proposal, marked reviewed, written as one set (or nothing). */
async function accept(args: ParsedArgs, io: CommandIO, cli: CliProject, ctx: CandidateContext): Promise<number> {
  const { project, base } = cli;
  const json = stringOpt(args, 'format') === 'json';
  const documents: ReviewDocument[] = project.documents;
  const resolved = resolveReviewRefs(args.positionals, documents, ctx);
  if (resolved.errors.length) throw new DiglotError(displayPaths(resolved.errors, base));
  const blocked = flagOpt(args, 'force') ? [] : resolved.items.filter((i) => openFindings(i.findings).some((d) => d.severity === 'error'));
  if (blocked.length) throw new DiglotError(displayPaths(blocked.map(qaBlock), base));
  const reviewer: Reviewer = { by: (stringOpt(args, 'by') as string).trim(), at: dateOpt(args) ?? formatReviewDate(new Date()) };
  const dryRun = flagOpt(args, 'dry-run');
  let written;
  try {
    written = writeReviewDecisions(project.config, documents, resolved.items.map((item) => ({ action: 'accept' as const, item })), reviewer, { dryRun });
  } catch (e) {
    if (e instanceof DiglotError) throw new DiglotError(displayPaths(e.diagnostics, base));
    throw e;
  }
  const notices = [...resolved.notices, ...written.documents.flatMap((d) => d.report.diagnostics)];
  if (json) {
    const accepted = resolved.items.map((i) => ({ id: i.id, ref: i.ref, slug: i.slug, document: i.document, resource: i.resource, en: i.proposal!.en, from: i.proposal!.from, reviewedBy: reviewer.by, reviewedAt: reviewer.at }));
    writeJsonReport(io.stdout, { accepted, dryRun, wrote: written.wrote }, notices);
    return EXIT.ok;
  }
  printDiagnostics(io.stderr, notices, 'info', base);
  for (const i of resolved.items) {
    const what = i.proposal!.from === 'suggestion' ? 'accepted' : 'marked reviewed';
    io.stdout.write(`${displayPath(i.document, base)}:${i.unit.segment.line}:${i.unit.segment.column}: unit ${i.id} ${what}: "${clip(i.proposal!.en, 70)}" (by ${reviewer.by}, ${reviewer.at})${dryRun ? ' — not written (--dry-run)' : ''}\n`);
  }
  if (dryRun) for (const d of written.documents) io.stdout.write(d.report.diff);
  else if (written.wrote.length) io.stdout.write(`wrote ${written.wrote.map((f) => displayPath(f, base)).join(', ')}\n`);
  return EXIT.ok;
}

/** Refuses option combinations that mean nothing, before anything is read. */
function checkOptions(args: ParsedArgs, mode: 'accept' | 'list' | 'interactive'): void {
  if (flagOpt(args, 'accept') && flagOpt(args, 'list')) throw new UsageError('--list and --accept exclude each other');
  const only = (name: string, modes: string[], what: string) => {
    if (args.values[name] !== undefined && !modes.includes(mode)) throw new UsageError(`--${name} goes with ${what}`);
  };
  only('format', ['list', 'accept'], '--list or --accept (the terminal review is text)');
  only('force', ['accept'], '--accept');
  only('dry-run', ['accept'], '--accept');
  only('by', ['accept', 'interactive'], '--accept or the terminal review (--list writes nothing)');
  only('date', ['accept', 'interactive'], '--accept or the terminal review (--list writes nothing)');
  only('only', ['list', 'interactive'], '--list or the terminal review (--accept takes unit ids)');
  only('all', ['list', 'interactive'], '--list or the terminal review (--accept takes unit ids)');
  const by = stringOpt(args, 'by');
  if (by !== undefined) {
    const problem = checkReviewerName(by);
    if (problem) throw new UsageError(`--by: ${problem}`);
  }
  if (mode === 'accept') {
    if (by === undefined) throw new UsageError('--accept needs --by NAME: the review is recorded with who made it');
    if (!args.positionals.length) throw new UsageError('--accept needs the ids of the units to accept (`diglot review --list` shows them)');
  }
  dateOpt(args);
  reasonsOpt(args);
}

function dateOpt(args: ParsedArgs): string | undefined {
  const raw = stringOpt(args, 'date');
  if (raw === undefined) return undefined;
  const date = parseReviewDate(raw);
  if (!date) throw new UsageError(`--date needs an ISO 8601 date (2026-12-08) or date-time with its zone (2026-12-08T14:30:00Z, 2026-12-08T15:30+01:00), got "${clip(raw, 40)}"`);
  return date;
}

function reasonsOpt(args: ParsedArgs): ReviewReason[] {
  const reasons = listOpt(args, 'only');
  for (const r of reasons) if (!REVIEW_REASONS.includes(r as ReviewReason)) throw new UsageError(`--only takes ${REVIEW_REASONS.join(', ')}, got "${clip(r, 40)}"`);
  return reasons as ReviewReason[];
}

/** The source paths SOURCE arguments name (typed relative to where the user is), or all of them. */
function selectDocuments(positionals: readonly string[], cwd: string, cli: CliProject): string[] {
  const root = cli.project.config.root;
  const wanted = positionals.map((p) => ({ typed: p, rel: path.relative(root, path.resolve(cwd, p)).split(path.sep).join('/') }));
  const unknown = wanted.filter((w) => !cli.project.documents.some((d) => d.source.path === w.rel));
  if (unknown.length) throw new UsageError(`not a source of the run definition: ${clipMiddle(unknown.map((w) => w.typed).join(', '), 300)}`);
  return wanted.length ? wanted.map((w) => w.rel) : cli.project.documents.map((d) => d.source.path);
}

function documentOf(documents: readonly ReviewDocument[], item: ReviewItem): ReviewDocument {
  return documents.find((d) => d.source.path === item.document)!;
}

/** `--accept` of English with QA errors, without --force. */
function qaBlock(item: ReviewItem): Diagnostic {
  const errors = openFindings(item.findings).filter((d) => d.severity === 'error');
  return {
    ruleId: 'review-accept-has-errors',
    severity: 'error',
    message: `unit ${item.id}: the English to accept has ${errors.length} QA error${errors.length === 1 ? '' : 's'} (${errors.map((d) => d.ruleId).join(', ')}): "${clip(item.proposal!.en)}"`,
    hint: `correct it (\`diglot review\` in a terminal, e to edit), waive a deliberate finding (\`diglot waive RULE --unit ${item.id} …\`, as \`diglot check\` prints it), or accept it anyway with --force; nothing was written`,
    file: item.document,
    place: { start: { line: item.unit.segment.line, column: item.unit.segment.column, offset: item.unit.segment.start } },
    source: 'review',
  };
}
