// `diglot segment`: a Markdown or text file → its segments (text, json, jsonl), or JSON lines
// `{"text": …}` on stdin → `{"sentences": […]}` per line (the batch mode evaluation scripts use).
// The Markdown parser, the SRX reader, the file reader and the diagnostics printer are loaded only when a
// run needs them: the batch mode starts with the segmenter alone (each module more is start-up time).
import path from 'node:path';
import { DiglotError, hasErrors, type Diagnostic } from '../../model/diagnostic.js';
import type { SourceDocument } from '../../model/document.js';
import { EXIT, UsageError, flagOpt, listOpt, stringOpt, type Command, type CommandIO } from '../command.js';
import { segmentTextDetailed } from '../../segment/segment-text.js';
import { runSegmentBatch } from './segment-batch.js';
import { rulesForLanguage } from '../../segment/compile-rules.js';
import type { SegmentOptions } from '../../segment/types.js';

export const segmentCommand: Command = {
  name: 'segment',
  summary: 'split German (or English) text into sentences with exact offsets',
  usage: ['segment FILE.md|FILE.txt|- [--format text|json|jsonl] [--rules FILE.srx]', 'segment --format jsonl < lines.jsonl'],
  options: [
    { name: 'format', type: 'string', value: 'FORMAT', description: 'output format', choices: ['text', 'json', 'jsonl'] },
    { name: 'rules', type: 'string', value: 'FILE.srx', description: 'SRX 2.0 rules, applied before the built-in ones' },
    { name: 'rules-only', type: 'boolean', description: 'use only the --rules file, not the built-in rules' },
    { name: 'lang', type: 'string', value: 'LANG', description: 'language of the text (default: de, or the front matter\'s language)' },
    { name: 'abbreviations', type: 'string', multiple: true, value: 'LIST', description: 'extra abbreviations, comma-separated (e.g. "Ressort.,Kdt.")' },
    { name: 'quotes', type: 'string', value: 'POLICY', description: 'keep (default: a quotation stays one segment with its lead-in) or split (sentences inside quotations are split)', choices: ['keep', 'split'] },
    { name: 'explain', type: 'boolean', description: 'with --format text: list every candidate position and the rule that decided it' },
  ],
  positionals: { min: 0, max: 1 },
  details: [
    'FILE.md (or .markdown) is read as Markdown: segments never cross a block (paragraph, heading,',
    'list item, table cell, caption) and inline markup becomes numbered placeholders in the key.',
    'Any other file, or - for stdin, is plain text: a blank line ends a paragraph, and a single line',
    'break ends a sentence unless the line ends in a space (soft wrap).',
    '',
    'Without FILE, --format jsonl reads JSON lines {"text": "…"} (optional "lang") from stdin and writes',
    'one {"sentences": ["…", …]} line per input line, in order; blank lines are skipped.',
    '',
    'json: {"segments":[{"id","text","start","end","line","column","block","section","key"}]};',
    'offsets are UTF-16 code units into the file as read, end exclusive; line and column are 1-based.',
  ].join('\n'),
  async run(args, io) {
    const format = stringOpt(args, 'format') ?? 'text';
    const opts: SegmentOptions = { abbreviations: listOpt(args, 'abbreviations') };
    const quotes = stringOpt(args, 'quotes');
    if (quotes === 'keep' || quotes === 'split') opts.quotes = quotes;
    const lang = stringOpt(args, 'lang');
    if (lang !== undefined) {
      if (!/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(lang)) throw new UsageError(`--lang needs a language code like de or de-CH, got "${lang}"`);
      opts.lang = lang;
    }
    const diagnostics: Diagnostic[] = [];
    const rulesFile = stringOpt(args, 'rules');
    if (rulesFile !== undefined) {
      const loaded = await loadRules(rulesFile, io.cwd);
      diagnostics.push(...loaded.diagnostics);
      opts.rules = loaded.rules;
      if (!rulesForLanguage(loaded.rules, opts.lang ?? 'de').length) {
        diagnostics.push({ ruleId: 'srx-no-language-match', severity: 'warning', message: `no languagemap in ${rulesFile} matches language "${opts.lang ?? 'de'}", so its rules are not used`, file: rulesFile, source: 'segment' });
      }
    } else if (flagOpt(args, 'rules-only')) throw new UsageError('--rules-only needs --rules FILE.srx');
    if (flagOpt(args, 'rules-only')) opts.builtin = false;
    if (flagOpt(args, 'explain') && format !== 'text') throw new UsageError('--explain works with --format text only');

    const file = args.positionals[0];
    if (file === undefined) {
      if (format !== 'jsonl') throw new UsageError('missing FILE (or use --format jsonl to read JSON lines from stdin)');
      if (diagnostics.length) await printAll(io, diagnostics);
      return runSegmentBatch(io, opts);
    }
    const text = file === '-' ? await readAll(io) : (await import('../read-input.js')).readInputFile(io.cwd, file, 'input-unreadable', 'segment');
    const markdown = /\.(?:md|markdown)$/i.test(file);
    const result = markdown ? (await import('../../segment/segment-document.js')).segmentDocument({ path: file, text }, opts) : (await import('../../segment/segment-plain-document.js')).segmentPlainDocument({ path: file, text }, opts);
    diagnostics.push(...result.diagnostics);
    if (format === 'json') io.stdout.write(`${JSON.stringify({ segments: result.document.segments.map(segmentJson) }, null, 2)}\n`);
    else if (format === 'jsonl') for (const s of result.document.segments) io.stdout.write(`${JSON.stringify(segmentJson(s))}\n`);
    else io.stdout.write(formatText(result.document, flagOpt(args, 'explain') ? opts : undefined));
    await printAll(io, diagnostics);
    return hasErrors(diagnostics) ? EXIT.usage : EXIT.ok;
  },
};

function segmentJson(s: SourceDocument['segments'][number]) {
  return { id: s.id, text: s.text, start: s.start, end: s.end, line: s.line, column: s.column, block: s.block, section: s.section, key: s.key };
}

function formatText(doc: SourceDocument, explain: SegmentOptions | undefined): string {
  const out: string[] = [];
  for (const s of doc.segments) {
    out.push(`${s.line}:${s.column}\t${s.section}/${s.block}\t${s.key}`);
    if (!explain) continue;
    const detail = segmentTextDetailed(s.text, { ...explain, lang: doc.lang, lineBreaks: 'paragraph' }, true);
    for (const d of detail.decisions ?? []) out.push(`\t  ${d.break ? 'break' : 'keep '} after ${JSON.stringify(s.text.slice(Math.max(0, d.at - 12), d.at))}  ${d.rule}`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

async function printAll(io: CommandIO, diagnostics: readonly Diagnostic[]): Promise<void> {
  (await import('../print-diagnostics.js')).printDiagnostics(io.stderr, diagnostics, 'info');
}

async function loadRules(file: string, cwd: string) {
  const text = (await import('../read-input.js')).readInputFile(cwd, file, 'input-unreadable', 'segment');
  const { loadSrx } = await import('../../segment/srx/load-srx.js');
  const loaded = loadSrx(text, file);
  if (hasErrors(loaded.diagnostics)) throw new DiglotError(loaded.diagnostics);
  return loaded;
}


async function readAll(io: CommandIO): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of io.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

