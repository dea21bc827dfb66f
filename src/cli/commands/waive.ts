// `diglot waive RULE (--term T) --unit ID|--all-in DOC|--de TEXT --reason … --by …`: records a reviewed
// waiver in a glossary file — a term waiver in the file that defines T, a waiver of a QA check in the
// first glossary file of the project (or --glossary FILE) — changing nothing else there, atomically.
import fs from 'node:fs';
import path from 'node:path';
import { DiglotError } from '../../model/diagnostic.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { EXIT, UsageError, flagOpt, numberOpt, stringOpt, type Command } from '../command.js';
import { CONFIG_OPTION, runOptions } from '../project-options.js';
import { runPipeline } from '../../project/index.js';
import { planWaiver } from '../../project/plan-waiver.js';
import { insertWaiver, isTermRule, TERM_RULES } from '../../glossary/index.js';
import { isWaivable, ruleInfo, WAIVABLE_RULES } from '../../check/index.js';
import { readInputFile } from '../read-input.js';
import { printDiagnostics } from '../print-diagnostics.js';

const CHECK_RULES = WAIVABLE_RULES.filter((r) => !isTermRule(r));

/** Refuses a rule no waiver may cover, saying why (exit 2). */
function checkRule(rule: string): void {
  if (isWaivable(rule)) return;
  const which = `waivers cover term QA (${TERM_RULES.join(', ')}) and the QA checks of diglot check (${CHECK_RULES.join(', ')})`;
  if (ruleInfo(rule)) throw new UsageError(`"${rule}" cannot be waived: ${which}; a ${ruleInfo(rule)?.stage} finding says what state a translation is in — translate, sync or review it instead`);
  throw new UsageError(`unknown rule "${rule}": ${which}`);
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || !value.trim()) throw new UsageError(`--${name} is required`);
  return value.trim();
}

export const waiveCommand: Command = {
  name: 'waive',
  summary: 'record a reviewed waiver for a QA or term finding in a glossary file',
  usage: [
    'waive RULE --unit ID --reason TEXT --by NAME [--glossary FILE]',
    'waive RULE --all-in DOC | --de TEXT --reason TEXT --by NAME',
    'waive TERM-RULE --term T --unit ID [--occurrence N] --reason TEXT --by NAME',
    'waive TERM-RULE --term T --all-in DOC | --de TEXT --reason TEXT --by NAME',
  ],
  options: [
    { name: 'term', type: 'string', short: 't', value: 'T', description: "term rules only (required there): the entry's canonical German (its de:)" },
    { name: 'unit', type: 'string', short: 'u', value: 'ID', description: 'the unit (segment id) the finding is in, as `diglot check` prints it' },
    { name: 'all-in', type: 'string', value: 'DOC', description: 'every finding of the rule (and term) in this document (slug or source path), now and later' },
    { name: 'de', type: 'string', value: 'TEXT', description: 'text of the German segment (raw Markdown or key form with <1>…</1>)' },
    { name: 'en', type: 'string', value: 'TEXT', description: 'only while the English contains TEXT' },
    { name: 'occurrence', type: 'string', short: 'n', value: 'N', description: 'term rules only: only the N-th German occurrence of the term in the unit (1-based)' },
    { name: 'reason', type: 'string', short: 'r', value: 'TEXT', description: 'why the finding is acceptable (required)' },
    { name: 'by', type: 'string', short: 'b', value: 'NAME', description: 'who reviewed it (required)' },
    { name: 'date', type: 'string', value: 'YYYY-MM-DD', description: 'date of the review (default: today, UTC)' },
    { name: 'glossary', type: 'string', short: 'g', value: 'FILE', description: 'the glossary file of the project to write: for a QA rule (default: the first glossary file, sorted by path), or when a term is defined in several' },
    { name: 'dry-run', type: 'boolean', description: 'print the waiver and where it would go; write nothing' },
    CONFIG_OPTION,
  ],
  positionals: { min: 1, max: 1 },
  details: [
    `RULE is a QA rule of diglot check (${CHECK_RULES.join(', ')}) or a term rule (${TERM_RULES.join(', ')},`,
    'with --term). Matching, sync and --require findings cannot be waived. A term waiver goes into the glossary',
    'file that defines the term; any other into the first glossary file of the project (or --glossary FILE).',
    'It is added after the last waiver (or as a new `waivers:` list at the end); every other byte stays as it was.',
    'Refused (exit 2, nothing written): a rule that cannot be waived, a term no glossary defines or several',
    'files define (use --glossary), an unknown unit, document or glossary, a waiver that would cover no current finding.',
    'Exit 0: written (or the findings are already waived) · 2: usage or input error.',
  ].join('\n'),
  async run(args, io) {
    const rule = args.positionals[0];
    checkRule(rule);
    const termOpt = stringOpt(args, 'term');
    const term = isTermRule(rule) ? required(termOpt, 'term') : undefined;
    if (!isTermRule(rule) && termOpt !== undefined) throw new UsageError(`--term is for the term rules (${TERM_RULES.join(', ')}); a waiver of ${rule} names the rule and the unit, document or German`);
    const reason = required(stringOpt(args, 'reason'), 'reason');
    const by = required(stringOpt(args, 'by'), 'by');
    const unit = stringOpt(args, 'unit');
    const document = stringOpt(args, 'all-in');
    const de = stringOpt(args, 'de');
    if (unit === undefined && document === undefined && de === undefined) throw new UsageError('say which finding: --unit ID, --all-in DOC or --de TEXT (a waiver never covers a term or a rule everywhere)');
    if (unit !== undefined && document !== undefined) throw new UsageError('--unit and --all-in exclude each other');
    const occurrence = numberOpt(args, 'occurrence');
    if (occurrence !== undefined && !isTermRule(rule)) throw new UsageError('--occurrence counts the occurrences of a term: only with a term rule and --term');
    if (occurrence !== undefined && (!Number.isInteger(occurrence) || occurrence < 1)) throw new UsageError('--occurrence needs a whole number ≥ 1');
    const date = stringOpt(args, 'date') ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);

    const project = await runPipeline(runOptions(args, io.cwd));
    const files = chooseGlossaries(project.terms!.files, stringOpt(args, 'glossary'), project.config.root, io.cwd);
    const glossaries = files.map((file) => ({ file, text: readInputFile(project.config.root, file, 'glossary-unreadable', 'glossary') }));
    const plan = planWaiver(project, glossaries, {
      rule, reason, by, date,
      ...(term !== undefined ? { term } : {}),
      ...(unit !== undefined ? { unit } : {}),
      ...(document !== undefined ? { document } : {}),
      ...(de !== undefined ? { de } : {}),
      ...(stringOpt(args, 'en') !== undefined ? { en: stringOpt(args, 'en') } : {}),
      ...(occurrence !== undefined ? { occurrence } : {}),
    });
    const n = (k: number) => `${k} finding${k === 1 ? '' : 's'}`;
    if (!plan.covers.length) {
      io.stderr.write(`diglot waive: the ${n(plan.alreadyWaived.length)} this waiver would cover ${plan.alreadyWaived.length === 1 ? 'is' : 'are'} already waived; nothing written\n`);
      printDiagnostics(io.stderr, plan.alreadyWaived, 'info');
      return EXIT.ok;
    }
    const original = glossaries.find((g) => g.file === plan.file)!.text;
    const { text: updated, inserted: added } = insertWaiver(original, plan.waiver, plan.file);
    if (flagOpt(args, 'dry-run')) {
      io.stdout.write(added);
      io.stderr.write(`diglot waive: would add this waiver to ${plan.file}, covering ${n(plan.covers.length)} (dry run: nothing written)\n`);
      return EXIT.ok;
    }
    const abs = path.resolve(project.config.root, plan.file);
    // The pipeline ran in between: never overwrite an edit someone saved meanwhile.
    if (fs.readFileSync(abs, 'utf8') !== original) {
      throw new DiglotError({ ruleId: 'waive-concurrent-edit', severity: 'error', message: `${plan.file} changed while diglot waive ran; nothing was written`, hint: 'run the command again', file: plan.file, source: 'waive' });
    }
    writeFileAtomic(abs, updated);
    io.stdout.write(added);
    io.stderr.write(`diglot waive: added to ${plan.file}, covering ${n(plan.covers.length)}:\n`);
    printDiagnostics(io.stderr, plan.covers, 'info');
    return EXIT.ok;
  },
};

/**
 * The glossary files `waive` may write, as the project lists them: all of them, or the one --glossary
 * names — which must be a glossary of the project, or the waiver would never be read.
 */
function chooseGlossaries(files: readonly string[], chosen: string | undefined, root: string, cwd: string): string[] {
  if (chosen === undefined) return [...files];
  const file = files.find((f) => path.resolve(root, f) === path.resolve(cwd, chosen));
  if (file === undefined) {
    throw new DiglotError({
      ruleId: 'waive-unknown-glossary',
      severity: 'error',
      message: `${chosen} is not a glossary file of the project, so a waiver there would never be read`,
      hint: files.length ? `choose one the run definition's glossaries: lists: ${files.join(', ')}` : "the project has no glossary file: add one that the run definition's `glossaries:` matches",
      file: chosen,
      source: 'waive',
    });
  }
  return [file];
}
