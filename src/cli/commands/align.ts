// `diglot align DE EN`: aligns a German text with its separately published English and prints the
// pairs (JSON, text, Markdown or HTML), each with a confidence and its evidence; `--presegmented`
// reads one segment per line; `--write-locale` writes the aligned English through the sync writer.
import path from 'node:path';
import { DiglotError, hasErrors } from '../../model/diagnostic.js';
import type { GlossaryEntry } from '../../model/glossary.js';
import { EXIT, UsageError, flagOpt, listOpt, numberOpt, stringOpt, type Command, type CommandIO, type ParsedArgs } from '../command.js';
import { printDiagnostics, printNotices } from '../print-diagnostics.js';
import { recoverProjectWrites } from '../../project/recover-writes.js';
import { checkDocumentSlug } from '../../project/document-slug.js';
import { alignSegments, alignStructured, formatHtml, formatJson, formatMarkdown, formatText, type AlignmentPair, type AlignOptions, type PairTexts } from '../../align/index.js';
import { plainDoc, readMarkdownSide, type MarkdownSide } from '../../align/markdown-input.js';
import { planLocaleUpdates } from '../../align/locale-updates.js';
import { openFreedict } from '../../align/freedict.js';
import { isLanguageCode } from '../../align/language.js';
import { loadGlossaries } from '../../glossary/index.js';
import { defaultGlossaryFiles } from '../project-options.js';
import { loadConfig } from '../../config/index.js';
import { applySyncPlan, planSync, type Prefer } from '../../sync/index.js';
import { readLocaleState } from '../../locale/index.js';
import { readInputFile } from '../read-input.js';

const FORMATS = ['text', 'json', 'md', 'html'] as const;

/** One segment per line (\n, \r\n or \r); a BOM and the final line break are not segments. */
export function readLines(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '');
  if (body === '') return [];
  const lines = body.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function glossaryEntries(args: ParsedArgs, io: CommandIO, markdown: boolean): GlossaryEntry[] {
  const files = listOpt(args, 'glossary');
  const chosen = files.length ? files : markdown ? defaultGlossaryFiles(io.cwd) : [];
  if (!chosen.length) return [];
  const loaded = loadGlossaries(chosen, io.cwd);
  if (hasErrors(loaded.diagnostics)) throw new DiglotError(loaded.diagnostics.filter((d) => d.severity === 'error'));
  printDiagnostics(io.stderr, loaded.diagnostics, 'warning');
  return loaded.glossary.entries;
}

/** The numeric options, checked before any file is read (a bad value is a usage error). */
function numericOptions(args: ParsedArgs): { band?: number; threshold?: number } {
  const band = numberOpt(args, 'band', { min: 1 });
  const threshold = numberOpt(args, 'review-threshold', { min: 0, max: 1 });
  return { ...(band !== undefined ? { band } : {}), ...(threshold !== undefined ? { threshold } : {}) };
}

function alignOptions(args: ParsedArgs, io: CommandIO, markdown: boolean, { band, threshold }: { band?: number; threshold?: number }): AlignOptions {
  const opts: AlignOptions = { glossary: glossaryEntries(args, io, markdown) };
  if (flagOpt(args, 'no-lexicon')) opts.lexicon = false;
  const languages = stringOpt(args, 'languages');
  if (languages !== undefined) {
    const [source, target, ...rest] = languages.split(',').map((x) => x.trim());
    if (!source || !target || rest.length || !isLanguageCode(source) || !isLanguageCode(target)) throw new UsageError(`--languages needs two language codes, source first, like de,fr; got "${languages}"`);
    opts.languages = { source, target };
  }
  if (band !== undefined) opts.band = band;
  if (threshold !== undefined) opts.reviewThreshold = threshold;
  if (flagOpt(args, 'freedict')) {
    const dict = openFreedict(stringOpt(args, 'freedict-path'));
    if (!dict) {
      throw new DiglotError({ ruleId: 'align-no-freedict', severity: 'error', message: 'FreeDict German–English is not installed', hint: 'apt install dict-freedict-deu-eng, or pass --freedict-path DIR, or drop --freedict (the built-in word list is used either way)', source: 'align' });
    }
    opts.lexicons = [dict];
  }
  return opts;
}

function print(io: CommandIO, format: string, pairs: AlignmentPair[], texts: PairTexts, names: { de: string; en: string }, withText: boolean): void {
  const o = { withText, deName: names.de, enName: names.en };
  if (format === 'json') io.stdout.write(formatJson(pairs, texts, o));
  else if (format === 'md') io.stdout.write(formatMarkdown(pairs, texts, o));
  else if (format === 'html') io.stdout.write(formatHtml(pairs, texts, o));
  else io.stdout.write(formatText(pairs, texts, o));
}

/** `--write-locale`: the aligned English of each German segment through sync's never-lose writer. */
function writeLocale(args: ParsedArgs, io: CommandIO, pairs: AlignmentPair[], de: MarkdownSide, en: MarkdownSide, enFile: string): number {
  const config = loadConfig(io.cwd, stringOpt(args, 'config'));
  printNotices(io.stderr, recoverProjectWrites(config));
  const rel = path.relative(config.root, path.resolve(io.cwd, args.positionals[0]));
  const source = { ...de.source, path: rel.split(path.sep).join('/') };
  // the slug names the locale files: an unsafe one never becomes a path
  const badSlug = checkDocumentSlug(source, de.diagnostics) ?? de.diagnostics.find((d) => d.ruleId === 'frontmatter-invalid-slug');
  if (badSlug) throw new DiglotError(badSlug);
  const plan = planLocaleUpdates(pairs, source, en.texts, enFile, flagOpt(args, 'include-review'));
  const prefer = stringOpt(args, 'prefer') as Prefer | undefined;
  const state = readLocaleState({ root: config.root, localesDir: config.localesDir, targetLanguage: config.targetLanguage }, source.slug);
  const sync = planSync({ source, state, location: config, updates: plan.updates, ...(prefer ? { prefer } : {}) });
  printDiagnostics(io.stderr, sync.diagnostics, 'warning');
  if (sync.conflicts.length && !prefer) {
    for (const c of sync.conflicts) io.stderr.write(`conflict: "${c.key}"\n  local:   ${c.local}\n  aligned: ${c.incoming}\n`);
    io.stderr.write(`diglot align: ${sync.conflicts.length} German segments already have a different English; nothing written (pass --prefer file to take the aligned English, --prefer local to keep yours)\n`);
    return EXIT.findings;
  }
  const report = applySyncPlan(sync, { dryRun: flagOpt(args, 'dry-run') });
  printNotices(io.stderr, report.diagnostics);
  const verb = report.dryRun ? 'would write' : 'wrote';
  io.stderr.write(`diglot align: ${verb} ${plan.updates.length} aligned translations (${report.changed.length ? report.changed.join(', ') : 'no file changed'}); `
    + `skipped ${plan.skippedReview} for review${flagOpt(args, 'include-review') ? '' : ' (--include-review writes them)'}, ${plan.skippedShared} German segments sharing one English sentence, ${plan.unaligned} without English\n`);
  if (report.dryRun && report.diff) io.stderr.write(report.diff);
  return EXIT.ok;
}

export const alignCommand: Command = {
  name: 'align',
  summary: 'align a German text with its separately published English (explained, scored pairs)',
  usage: [
    'align DE.md EN.md [--format text|json|md|html] [--write-locale [--dry-run] [--prefer file|local]]',
    'align DE.txt EN.txt --presegmented [--format json]',
  ],
  options: [
    { name: 'presegmented', type: 'boolean', description: 'one segment per line on each side (no Markdown, no sentence splitting)' },
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', description: 'text (default), json, md (Markdown table) or html (review page)', choices: FORMATS },
    { name: 'glossary', type: 'string', short: 'g', multiple: true, value: 'FILE', description: 'glossary file(s) whose entries anchor the alignment (Markdown mode default: glossary/*.yaml)' },
    { name: 'freedict', type: 'boolean', description: 'also use FreeDict German–English (dict-freedict-deu-eng) when installed' },
    { name: 'freedict-path', type: 'string', value: 'DIR', description: 'directory of freedict-deu-eng.index and .dict(.dz) (default /usr/share/dictd)' },
    { name: 'no-lexicon', type: 'boolean', description: 'do not use the built-in German–English word list (pair-independent evidence only, plus --glossary/--freedict)' },
    { name: 'languages', type: 'string', value: 'SRC,TGT', description: 'language of each side (default de,en); a pair other than de,en is aligned on pair-independent evidence' },
    { name: 'band', type: 'string', value: 'N', description: 'half-width of the DP band around the coarse path, in segments (default 10)' },
    { name: 'review-threshold', type: 'string', value: 'X', description: 'pairs scoring below X (0–1, default 0.9) are flagged for review' },
    { name: 'fail-on-review', type: 'boolean', description: 'exit 1 when any pair is flagged for review' },
    { name: 'write-locale', type: 'boolean', description: 'write the aligned English into the German document\'s locale resource (through the sync writer)' },
    { name: 'include-review', type: 'boolean', description: 'with --write-locale: also write pairs flagged for review' },
    { name: 'dry-run', type: 'boolean', short: 'n', description: 'with --write-locale: show what would change; write nothing' },
    { name: 'prefer', type: 'string', value: 'SIDE', description: 'with --write-locale: when a segment already has other English, file = take the aligned, local = keep yours', choices: ['file', 'local'] },
    { name: 'config', type: 'string', short: 'c', value: 'FILE', description: 'run definition for --write-locale (default pipeline/edition.yaml)' },
  ],
  positionals: { min: 2, max: 2 },
  details:
    'Both sides are segmented (German with the German rules, English with the English rules), aligned\n' +
    'structure first (headings, paragraphs, captions) and then sentence by sentence with a banded DP over\n' +
    'length, dictionary, glossary, names, cognates, numbers and punctuation (with --no-lexicon, or\n' +
    '--languages for a pair other than de,en: numbers, names, cognates, punctuation and structure only,\n' +
    'the coverage cost calibrated to how much of that evidence the document has). Every pair has a score\n' +
    '(0–1) and the evidence behind it; pairs below the review threshold are flagged.\n' +
    'JSON: {"pairs":[{"de":[i…],"en":[j…],"score":x,"why":[…],"review":b}],"summary":{…}} with 0-based\n' +
    'indices covering every segment once (lines with --presegmented; sentences in reading order\n' +
    'otherwise, with "deText"/"enText"). Exit 0: pairs printed · 1: --fail-on-review and a pair is\n' +
    'flagged, or --write-locale met a conflict · 2: unreadable input or usage error.',
  async run(args, io) {
    const [deFile, enFile] = args.positionals;
    const format = stringOpt(args, 'format') ?? 'text';
    const presegmented = flagOpt(args, 'presegmented');
    if (presegmented && flagOpt(args, 'write-locale')) throw new UsageError('--write-locale needs the Markdown article (without --presegmented): the locale is keyed by its segments');
    for (const o of ['dry-run', 'include-review', 'prefer']) {
      if (args.values[o] !== undefined && !flagOpt(args, 'write-locale')) throw new UsageError(`--${o} only applies with --write-locale`);
    }
    const numbers = numericOptions(args);
    const deText = readInputFile(io.cwd, deFile, 'align-unreadable', 'align');
    const enText = readInputFile(io.cwd, enFile, 'align-unreadable', 'align');
    const opts = alignOptions(args, io, !presegmented, numbers);
    let pairs: AlignmentPair[];
    let texts: PairTexts;
    let sides: { de: MarkdownSide; en: MarkdownSide } | undefined;
    if (presegmented) {
      texts = { de: readLines(deText), en: readLines(enText) };
      pairs = alignSegments(texts.de, texts.en, opts);
    } else {
      const pair = opts.languages ?? { source: 'de', target: 'en' };
      sides = { de: readMarkdownSide({ path: deFile, text: deText }, pair.source, 'source'), en: readMarkdownSide({ path: enFile, text: enText }, pair.target, 'target') };
      printDiagnostics(io.stderr, [...sides.de.diagnostics, ...sides.en.diagnostics], 'warning');
      texts = { de: sides.de.texts, en: sides.en.texts };
      pairs = alignStructured(plainDoc(sides.de.doc), plainDoc(sides.en.doc), opts);
    }
    print(io, format, pairs, texts, { de: deFile, en: enFile }, !presegmented);
    let code: number = EXIT.ok;
    if (sides && flagOpt(args, 'write-locale')) code = writeLocale(args, io, pairs, sides.de, sides.en, enFile);
    if (flagOpt(args, 'fail-on-review') && pairs.some((p) => p.review)) code = EXIT.findings;
    return code;
  },
};
