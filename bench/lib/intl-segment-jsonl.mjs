// The baseline of the CLI protocol benchmark: the same JSON-lines protocol as `diglot segment --format
// jsonl` ({"text": …} in, {"sentences": […]} out, trimmed, blank lines skipped) with the same I/O (stdin
// read in chunks, every complete line handled synchronously, output in 64 KB blocks with backpressure),
// and Intl.Segmenter('de', {granularity: 'sentence'}) as the segmenter. Plain JavaScript, no loader.
import { StringDecoder } from 'node:string_decoder';

const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });
const decoder = new StringDecoder('utf8');
let pending = '';
let out = '';

function handle(line) {
  if (line.trim() === '') return;
  let text;
  try {
    text = JSON.parse(line)?.text;
  } catch {
    text = undefined;
  }
  const sentences = typeof text === 'string' ? [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean) : [];
  out += `${JSON.stringify({ sentences })}\n`;
}

function drainLines(final) {
  let from = 0;
  for (let k = 0; k < pending.length; k++) {
    const c = pending.charCodeAt(k);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && k + 1 === pending.length && !final) break;
    handle(pending.slice(from, k));
    if (c === 13 && pending.charCodeAt(k + 1) === 10) k++;
    from = k + 1;
  }
  pending = pending.slice(from);
  if (final && pending !== '') {
    handle(pending);
    pending = '';
  }
}

async function flush() {
  if (!out) return;
  const ok = process.stdout.write(out);
  out = '';
  if (!ok) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

for await (const chunk of process.stdin) {
  pending += decoder.write(chunk);
  drainLines(false);
  if (out.length >= 1 << 16) await flush();
}
pending += decoder.end();
drainLines(true);
await flush();
