// `diglot terms`: finds glossary terms in German text (a file, stdin, or JSON lines on stdin) and
// prints the hits as text, JSON or JSON lines. Exit 0, or 2 for unusable input or glossary errors.
import { DiglotError, hasErrors } from '../../model/diagnostic.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { createLineIndex } from '../../util/line-index.js';
import { EXIT, UsageError, listOpt, stringOpt, type Command, type CommandIO } from '../command.js';
import { compileGlossary, loadGlossaries, matchTerms, type TermMatcher } from '../../glossary/index.js';
import { defaultGlossaryFiles } from '../project-options.js';
import { readInputFile } from '../read-input.js';

/** Reads all of a stream as UTF-8 text. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Loads the glossaries named by --glossary (or the project's), prints warnings, throws on errors. */
export function loadMatcher(files: string[], io: CommandIO): TermMatcher {
  const list = files.length ? files : defaultGlossaryFiles(io.cwd);
  if (!list.length) throw new UsageError('no glossary: pass --glossary FILE, or run in a project with glossary/*.yaml (`diglot init` creates one)');
  const loaded = loadGlossaries(list, io.cwd);
  if (hasErrors(loaded.diagnostics)) throw new DiglotError(loaded.diagnostics.filter((d) => d.severity === 'error'));
  printDiagnostics(io.stderr, loaded.diagnostics, 'info');
  return compileGlossary(loaded.glossary);
}

async function runJsonl(matcher: TermMatcher, io: CommandIO): Promise<number> {
  const input = await readAll(io.stdin);
  let bad = 0;
  const lines = input.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let text: unknown;
    try {
      text = (JSON.parse(line) as { text?: unknown }).text;
    } catch {
      text = undefined;
    }
    if (typeof text !== 'string') {
      bad++;
      io.stderr.write(`<stdin>:${i + 1}:1: error terms-invalid-input: expected a JSON line {"text": "…"}\n`);
      io.stdout.write(`${JSON.stringify({ hits: [], error: 'expected {"text": string}' })}\n`);
      return;
    }
    const hits = matchTerms(matcher, text).map((h) => ({ term: h.term, surface: h.surface, start: h.start, end: h.end, en: h.en }));
    io.stdout.write(`${JSON.stringify({ hits })}\n`);
  });
  return bad ? EXIT.usage : EXIT.ok;
}

export const termsCommand: Command = {
  name: 'terms',
  summary: 'find glossary terms in German text (inflection, compounds, ß/ss)',
  usage: ['terms [FILE] [--glossary G.yaml …] [--format text|json|jsonl]'],
  options: [
    { name: 'glossary', type: 'string', short: 'g', multiple: true, value: 'FILE', description: 'glossary file(s); default: glossary/*.yaml of the project at or above the current directory' },
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', choices: ['text', 'json', 'jsonl'], description: 'output format (default text)' },
  ],
  details: [
    'Without FILE the German text is read from stdin. With --format jsonl, stdin holds one JSON',
    'object {"text": "…"} per line and stdout gets one line {"hits":[{"term","surface","start","end","en"}]}',
    'per input line. Offsets are UTF-16 code units into the text, end exclusive; for a compound the',
    'surface is the whole word (Sanktionspaket for Sanktion).',
  ].join('\n'),
  positionals: { min: 0, max: 1 },
  async run(args, io) {
    const format = stringOpt(args, 'format') ?? 'text';
    const matcher = loadMatcher(listOpt(args, 'glossary'), io);
    if (format === 'jsonl') {
      if (args.positionals.length) throw new UsageError('--format jsonl reads {"text": …} lines from stdin; do not pass FILE');
      return runJsonl(matcher, io);
    }
    const file = args.positionals[0];
    let text: string;
    if (file) {
      text = readInputFile(io.cwd, file, 'terms-unreadable', 'terms');
    } else text = await readAll(io.stdin);
    const name = file ?? '<stdin>';
    const index = createLineIndex(text);
    const hits = matchTerms(matcher, text).map((h) => {
      const p = index.pointAt(h.start);
      return { ...h, line: p.line, column: p.column };
    });
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify({ file: name, hits }, null, 2)}\n`);
      return EXIT.ok;
    }
    for (const h of hits) io.stdout.write(`${name}:${h.line}:${h.column}\t${h.surface}\t${h.term}\t→ ${h.en.join(' | ')}\n`);
    io.stderr.write(`${hits.length} term hit${hits.length === 1 ? '' : 's'}\n`);
    return EXIT.ok;
  },
};
