// A German source on disk → its text exactly as stored (BOM kept), or a positioned error when it
// cannot be read or is not UTF-8: decoding it anyway would turn every umlaut into U+FFFD and the
// keys with it, and stripping a BOM would shift every offset and fake a concurrent edit in sync.
import path from 'node:path';
import { readText } from '../util/read-text.js';

/** Reads `file` (relative to `root`); throws DiglotError `source-not-found` or `input-not-utf8`. */
export function readSource(root: string, file: string): string {
  return readText(path.resolve(root, file), { file, unreadableRuleId: 'source-not-found', source: 'project', hint: 'check the sources: list in the run definition' });
}
