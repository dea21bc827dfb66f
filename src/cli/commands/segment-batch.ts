// The batch protocol of `diglot segment --format jsonl` (no FILE): JSON lines `{"text": …, "lang"?: …}` on
// stdin → one `{"sentences": […]}` line each on stdout, in order. Reads stdin in chunks and handles every
// complete line of a chunk synchronously (no promise per line), writes in 64 KB blocks with backpressure.
import { StringDecoder } from 'node:string_decoder';
import { formatDiagnostic } from '../../model/diagnostic.js';
import { createSegmenter } from '../../segment/segment-text.js';
import type { SegmentOptions, TextSpan } from '../../segment/types.js';
import { EXIT, type CommandIO, type Output } from '../command.js';

const FLUSH_AT = 1 << 16;
const REPORTED = 10;

/** Runs the batch protocol; exit 2 when a line is not `{"text": "…"}` (it gets `{"sentences":[]}`). */
export async function runSegmentBatch(io: CommandIO, opts: SegmentOptions): Promise<number> {
  const segmenters = new Map<string, (text: string) => TextSpan[]>();
  const segmenterFor = (lang: string | undefined): ((text: string) => TextSpan[]) => {
    const key = lang ?? '';
    let s = segmenters.get(key);
    if (!s) {
      s = createSegmenter(lang ? { ...opts, lang } : opts);
      segmenters.set(key, s);
    }
    return s;
  };
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let out = '';
  let lineNo = 0;
  let bad = 0;

  const handle = (line: string): void => {
    lineNo++;
    if (line.trim() === '') return;
    let text: string | undefined;
    let lang: string | undefined;
    try {
      const rec = JSON.parse(line) as { text?: unknown; lang?: unknown } | null;
      if (rec && typeof rec.text === 'string') text = rec.text;
      if (rec && typeof rec.lang === 'string') lang = rec.lang;
    } catch {
      // reported below
    }
    if (text === undefined) {
      bad++;
      if (bad <= REPORTED) io.stderr.write(`${formatDiagnostic({ ruleId: 'segment-bad-input-line', severity: 'error', message: 'expected a JSON object with a "text" string; wrote {"sentences":[]}', file: 'stdin', place: { start: { line: lineNo, column: 1, offset: 0 } } })}\n`);
      out += '{"sentences":[]}\n';
      return;
    }
    const spans = segmenterFor(lang)(text);
    out += ESCAPED.test(line) ? `${JSON.stringify({ sentences: spans.map((s) => text.slice(s.start, s.end)) })}\n` : sentencesLine(text, spans);
  };

  /**
   * Handles the complete lines of `pending` (\n, \r\n or \r ends a line, as readline counts them). The
   * line ends are found with indexOf, not by a loop over every character: that loop ran ten million times
   * on a 10 MB batch and made V8 optimize it, with the whole segmenter inlined, again after each deopt.
   */
  const drainLines = (final: boolean): void => {
    let from = 0;
    let cr = pending.indexOf('\r');
    for (;;) {
      if (cr !== -1 && cr < from) cr = pending.indexOf('\r', from);
      const lf = pending.indexOf('\n', from);
      const k = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
      if (k === -1) break;
      if (k === cr && k + 1 === pending.length && !final) break; // a \n may follow in the next chunk
      handle(pending.slice(from, k));
      from = k + (k === cr && pending.charCodeAt(k + 1) === 10 ? 2 : 1);
    }
    pending = pending.slice(from);
    if (final && pending !== '') {
      handle(pending);
      pending = '';
    }
  };

  for await (const chunk of io.stdin) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    drainLines(false);
    if (out.length >= FLUSH_AT) {
      await write(io.stdout, out);
      out = '';
    }
  }
  pending += decoder.end();
  drainLines(true);
  await write(io.stdout, out);
  if (bad > REPORTED) io.stderr.write(`diglot segment: ${bad} bad input lines in all\n`);
  return bad ? EXIT.usage : EXIT.ok;
}

/**
 * A backslash or a surrogate. A line without them holds its text verbatim (a JSON string cannot hold a raw
 * quote or control character), so every sentence, a piece of that text, is its own JSON string body.
 */
const ESCAPED = /[\\\ud800-\udfff]/;

/** `{"sentences":[…]}` for a text whose pieces JSON.stringify would not change: the same bytes, without its scan. */
function sentencesLine(text: string, spans: readonly TextSpan[]): string {
  let line = '{"sentences":[';
  for (let k = 0; k < spans.length; k++) line += `${k ? ',' : ''}"${text.slice(spans[k].start, spans[k].end)}"`;
  return `${line}]}\n`;
}

/** Writes and, when the stream asks for it, waits until it has drained. */
async function write(target: Output, s: string): Promise<void> {
  if (!s) return;
  const ok = target.write(s);
  const emitter = target as { once?: (event: string, fn: () => void) => unknown };
  if (ok === false && typeof emitter.once === 'function') await new Promise<void>((resolve) => emitter.once!('drain', resolve));
}
