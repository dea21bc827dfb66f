import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { projectRoot } from './helpers.js';

// The batch protocol reads stdin in chunks: lines, CRLF pairs and UTF-8 characters may be cut anywhere.
async function batch(chunks: Buffer[], extra: string[] = []): Promise<{ code: number; lines: unknown[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['segment', '--format', 'jsonl', ...extra], {
    stdin: Readable.from(chunks),
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    cwd: projectRoot,
  });
  return { code, lines: stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr };
}

/** Cuts a buffer into pieces of the given sizes (the rest as the last piece). */
function cut(buf: Buffer, sizes: number[]): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(buf.subarray(at, at + n));
    at += n;
  }
  out.push(buf.subarray(at));
  return out;
}

describe('diglot segment --format jsonl (stdin in chunks)', () => {
  const input = Buffer.from(`${JSON.stringify({ text: 'Grüezi. Wie geht’s?' })}\r\n\r\n${JSON.stringify({ text: 'Zürich ist gross. Bern auch.' })}\rnot json\n${JSON.stringify({ text: 'Ende.' })}`);
  const expected = [{ sentences: ['Grüezi.', 'Wie geht’s?'] }, { sentences: ['Zürich ist gross.', 'Bern auch.'] }, { sentences: [] }, { sentences: ['Ende.'] }];

  it('gives the same lines however the input is cut (CRLF, lone CR, no final line break)', async () => {
    const crlf = input.indexOf('\r\n');
    const umlaut = input.indexOf(Buffer.from('ü')) + 1; // inside the two bytes of ü
    for (const sizes of [[], [crlf + 1], [umlaut], [1, 1, 1, 5, 7], [umlaut, crlf + 1 - umlaut]]) {
      const r = await batch(cut(input, sizes));
      expect(r.lines).toEqual(expected);
      expect(r.code).toBe(2);
      // \r\n counts as one line break, a lone \r as one: the bad line is line 4
      expect(r.stderr).toMatch(/^stdin:4:1: error segment-bad-input-line/m);
    }
  });

  it('applies the options and a per-line language', async () => {
    const r = await batch([Buffer.from(`${JSON.stringify({ text: '«Kommst du?» fragte er.' })}\n${JSON.stringify({ text: 'Mr. Smith came. He left.', lang: 'en' })}\n`)], ['--quotes', 'split']);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([{ sentences: ['«Kommst du?»', 'fragte er.'] }, { sentences: ['Mr. Smith came.', 'He left.'] }]);
  });
});
