// A German source on disk → its text, or a positioned error when it is not UTF-8 (a binary file or
// a Latin-1 export): decoding it anyway would turn every umlaut into U+FFFD and the keys with it.
import fs from 'node:fs';
import path from 'node:path';
import { DiglotError } from '../model/diagnostic.js';
import { createLineIndex } from '../util/line-index.js';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** Reads `file` (relative to `root`) as UTF-8; throws DiglotError `source-not-utf8` otherwise. */
export function readSource(root: string, file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.resolve(root, file));
  } catch (e) {
    throw new DiglotError({ ruleId: 'source-not-found', severity: 'error', message: `cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`, file, source: 'project' });
  }
  try {
    return strict.decode(bytes);
  } catch {
    const text = lenient.decode(bytes);
    const at = text.indexOf('\uFFFD');
    throw new DiglotError({
      ruleId: 'source-not-utf8',
      severity: 'error',
      message: `${file} is not valid UTF-8 (is it a binary file, or saved as Latin-1/Windows-1252?)`,
      hint: 'save the file as UTF-8',
      file,
      place: { start: createLineIndex(text).pointAt(Math.max(0, at)) },
      source: 'project',
    });
  }
}
