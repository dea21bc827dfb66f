// Shared helpers of the segmentation tests: sentences from spans, the shared-data path, a CLI runner.
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';
import { segmentText } from '../../src/segment/segment-text.js';
import type { SegmentOptions } from '../../src/segment/types.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedRoot = path.resolve(projectRoot, '../shared');
export const fixtures = path.join(projectRoot, 'tests/fixtures/segment');
export const hasShared = fs.existsSync(path.join(sharedRoot, 'data/sbd-de'));

/** The sentences of `text` as strings. */
export function sentences(text: string, opts?: SegmentOptions): string[] {
  return segmentText(text, opts).map((s) => text.slice(s.start, s.end));
}

/** `a‖ b` → the text without markers and the expected sentences. */
export function parseExample(example: string): { text: string; expected: string[] } {
  const text = example.replace(/‖/g, '');
  const expected = example.split('‖').map((s) => s.trim()).filter(Boolean);
  return { text, expected };
}

export function readJsonl<T>(file: string): T[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** Runs `diglot …` in-process; stdin is the given text. */
export async function cli(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const input = new PassThrough();
  input.end(stdin);
  const code = await runCli(argv, {
    stdin: input,
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    cwd: projectRoot,
  });
  return { code, stdout, stderr };
}
