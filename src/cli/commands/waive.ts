// `diglot waive RULE --term T --unit ID|--all-in DOC --reason … --by …`: records a reviewed term-QA
// waiver in the glossary file that defines T, changing nothing else in that file, written atomically.
import fs from 'node:fs';
import path from 'node:path';
import { DiglotError } from '../../model/diagnostic.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { EXIT, UsageError, flagOpt, numberOpt, stringOpt, type Command } from '../command.js';
import { CONFIG_OPTION, runOptions } from '../project-options.js';
import { runPipeline } from '../../project/index.js';
import { planWaiver } from '../../project/plan-waiver.js';
import { insertWaiver, type WaivableRule } from '../../glossary/index.js';
import { readInputFile } from '../read-input.js';
import { printDiagnostics } from '../print-diagnostics.js';

const RULES = ['term-missing-in-target', 'term-forbidden'] as const;

function required(value: string | undefined, name: string): string {
  if (value === undefined || !value.trim()) throw new UsageError(`--${name} is required`);
  return value.trim();
}

export const waiveCommand: Command = {
  name: 'waive',
  summary: 'record a reviewed waiver for a term finding in the glossary that defines the term',
  usage: [
    'waive RULE --term T --unit ID [--occurrence N] --reason TEXT --by NAME',
    'waive RULE --term T --all-in DOC --reason TEXT --by NAME',
    'waive RULE --term T --de TEXT --reason TEXT --by NAME',
  ],
  options: [
    { name: 'term', type: 'string', short: 't', value: 'T', description: "the entry's canonical German (its de:)" },
    { name: 'unit', type: 'string', short: 'u', value: 'ID', description: 'the unit (segment id) the finding is in, as `diglot check` prints it' },
    { name: 'all-in', type: 'string', value: 'DOC', description: 'every finding of the term in this document (slug or source path), now and later' },
    { name: 'de', type: 'string', value: 'TEXT', description: 'text of the German segment (raw Markdown or key form with <1>…</1>)' },
    { name: 'en', type: 'string', value: 'TEXT', description: 'only while the English contains TEXT' },
    { name: 'occurrence', type: 'string', short: 'n', value: 'N', description: 'only the N-th German occurrence of the term in the unit (1-based)' },
    { name: 'reason', type: 'string', short: 'r', value: 'TEXT', description: 'why the finding is acceptable (required)' },
    { name: 'by', type: 'string', short: 'b', value: 'NAME', description: 'who reviewed it (required)' },
    { name: 'date', type: 'string', value: 'YYYY-MM-DD', description: 'date of the review (default: today, UTC)' },
    { name: 'glossary', type: 'string', short: 'g', value: 'FILE', description: 'the glossary file to write when the term is defined in several' },
    { name: 'dry-run', type: 'boolean', description: 'print the waiver and where it would go; write nothing' },
    CONFIG_OPTION,
  ],
  positionals: { min: 1, max: 1 },
  details: [
    `RULE is ${RULES.join(' or ')}. The waiver goes into the glossary file that defines the term, after`,
    'its last waiver (or into a new `waivers:` list at the end); every other byte of the file stays as it was.',
    'Refused (exit 2, nothing written): a term no glossary defines or several files define (use --glossary),',
    'an unknown unit or document, a waiver that would cover no current finding.',
    'Exit 0: written (or the findings are already waived) · 2: usage or input error.',
  ].join('\n'),
  async run(args, io) {
    const rule = args.positionals[0] as WaivableRule;
    if (!(RULES as readonly string[]).includes(rule)) throw new UsageError(`RULE must be ${RULES.join(' or ')}, got "${rule}"`);
    const term = required(stringOpt(args, 'term'), 'term');
    const reason = required(stringOpt(args, 'reason'), 'reason');
    const by = required(stringOpt(args, 'by'), 'by');
    const unit = stringOpt(args, 'unit');
    const document = stringOpt(args, 'all-in');
    const de = stringOpt(args, 'de');
    if (unit === undefined && document === undefined && de === undefined) throw new UsageError('say which finding: --unit ID, --all-in DOC or --de TEXT (a waiver never covers a term everywhere)');
    if (unit !== undefined && document !== undefined) throw new UsageError('--unit and --all-in exclude each other');
    const occurrence = numberOpt(args, 'occurrence');
    if (occurrence !== undefined && (!Number.isInteger(occurrence) || occurrence < 1)) throw new UsageError('--occurrence needs a whole number ≥ 1');
    const date = stringOpt(args, 'date') ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);

    const project = await runPipeline(runOptions(args, io.cwd));
    const chosen = stringOpt(args, 'glossary');
    const files = chosen ? [chosen] : project.terms.files;
    const glossaries = files.map((file) => ({ file, text: readInputFile(io.cwd, file, 'glossary-unreadable', 'glossary') }));
    const plan = planWaiver(project, glossaries, {
      rule, term, reason, by, date,
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
    const abs = path.resolve(io.cwd, plan.file);
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
