// A file named on the command line → its bytes or UTF-8 text, or a DiglotError with the command's
// rule id that says plainly what is wrong (missing, a directory, no permission, not UTF-8): never a
// stack trace. Thin wrappers over util/read-text, the one reader of every file diglot reads.
import path from 'node:path';
import type { RuleId } from '../model/rules.js';
import { readBytes, readText } from '../util/read-text.js';

/** Reads `file` (relative to `cwd`) as strict UTF-8 text (BOM kept). */
export function readInputFile(cwd: string, file: string, ruleId: RuleId, source: string): string {
  return readText(path.resolve(cwd, file), { file, unreadableRuleId: ruleId, source });
}

/** Reads `file` (relative to `cwd`) as bytes, for formats that declare their own encoding (XML). */
export function readInputBytes(cwd: string, file: string, ruleId: RuleId, source: string): Buffer {
  return readBytes(path.resolve(cwd, file), { file, unreadableRuleId: ruleId, source });
}
