// A file named on the command line → its text, or a DiglotError with the command's rule id that says
// plainly what is wrong (missing, a directory, no permission): never a stack trace.
import fs from 'node:fs';
import path from 'node:path';
import { DiglotError } from '../model/diagnostic.js';

const REASONS: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'is a directory, not a file', EACCES: 'permission denied' };

/** Reads `file` (relative to `cwd`) as UTF-8 text. */
export function readInputFile(cwd: string, file: string, ruleId: string, source: string): string {
  try {
    return fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new DiglotError({ ruleId, severity: 'error', message: `cannot read ${file}: ${REASONS[code] ?? code}`, file, source });
  }
}
