// A file on disk → its bytes or its text as strict UTF-8 (a BOM is allowed and kept, so offsets index
// the file as read), or a DiglotError naming the file and, for bad bytes, the line:col of the first.
// The one reader for every text file diglot reads: sources, resources, archives, sidecars,
// glossaries, the run definition, imports, memories and the files named on the command line.
import type { RuleId } from '../model/rules.js';
import fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import { createLineIndex } from './line-index.js';

/** Larger files are refused before they are read (V8 strings end at 2^29 UTF-16 units anyway). */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export interface ReadTextOptions {
  /** The path as the user names it (relative to the project root); messages use it. */
  file: string;
  /** Rule id for a file that cannot be read at all (missing, a directory, no permission). */
  unreadableRuleId: RuleId;
  /** The stage reading it (the diagnostic's `source`). */
  source: string;
  /** What to do when the file cannot be read (a default hint is given otherwise). */
  hint?: string;
  /** How messages name the file (default: its path), e.g. `the run definition pipeline/edition.yaml`. */
  label?: string;
  /** Size limit in bytes (default MAX_INPUT_BYTES). */
  maxBytes?: number;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
};

/** The file's bytes; throws DiglotError (`opts.unreadableRuleId`, or `input-too-large`). */
export function readBytes(abs: string, opts: ReadTextOptions): Buffer {
  return readOpened(abs, opts, false)!;
}

/** The file as UTF-8 text (BOM kept); throws DiglotError when it cannot be read or is not UTF-8. */
export function readText(abs: string, opts: ReadTextOptions): string {
  return decodeUtf8(readBytes(abs, opts), opts.file, opts.source);
}

/** Like readText, but a file that does not exist is `undefined` (other read errors still throw). */
export function readTextIfExists(abs: string, opts: ReadTextOptions): string | undefined {
  const bytes = readOpened(abs, opts, true);
  return bytes === undefined ? undefined : decodeUtf8(bytes, opts.file, opts.source);
}

/**
 * The bytes through one open file: its size from the open file, then read (one path lookup, where a
 * stat, an exists check and readFileSync's own open took three: a build reads thousands of files,
 * each lookup ~0.1 ms on a slow disk). `missing`: a file that does not exist is undefined.
 */
function readOpened(abs: string, opts: ReadTextOptions, missing: boolean): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(abs, 'r');
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (stat.size > (opts.maxBytes ?? MAX_INPUT_BYTES)) throw tooLarge(stat.size, opts);
    return fs.readFileSync(fd);
  } catch (e) {
    if (e instanceof DiglotError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    // as fs.existsSync: no such file, or a part of the path that is not a folder
    if (missing && (code === 'ENOENT' || code === 'ENOTDIR')) return undefined;
    throw new DiglotError({
      ruleId: opts.unreadableRuleId,
      severity: 'error',
      message: `cannot read ${opts.label ?? opts.file}: ${REASONS[code] ?? code}`,
      hint: opts.hint ?? 'check the path and the file permissions',
      file: opts.file,
      source: opts.source,
    });
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Strict UTF-8 → text with a leading BOM kept; `input-not-utf8` at the first bad byte otherwise. */
export function decodeUtf8(bytes: Uint8Array, file: string, source = 'input'): string {
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  throw new DiglotError(notUtf8Diagnostic(bytes, firstInvalidUtf8(bytes), file, source));
}

/** The diagnostic for a file whose byte at `at` starts no valid UTF-8 sequence. */
export function notUtf8Diagnostic(bytes: Uint8Array, at: number, file: string, source: string): Diagnostic {
  const prefix = Buffer.from(bytes.buffer, bytes.byteOffset, at).toString('utf8');
  const byte = bytes[at];
  const latin = byte >= 0xa0 ? ` ("${new TextDecoder('windows-1252').decode(Uint8Array.of(byte))}" in Latin-1)` : '';
  return {
    ruleId: 'input-not-utf8',
    severity: 'error',
    message: `not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}${latin} at byte offset ${at} (a binary file, or saved as Latin-1/Windows-1252?)`,
    hint: 'save the file as UTF-8 (a BOM is allowed); diglot reads nothing from it and writes nothing until then',
    file,
    place: { start: createLineIndex(prefix).pointAt(prefix.length) },
    source,
  };
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence (Unicode table 3-7:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all of them do.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (i + k >= n || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

function tooLarge(size: number, opts: ReadTextOptions): DiglotError {
  return new DiglotError({
    ruleId: 'input-too-large',
    severity: 'error',
    message: `${opts.file} has ${size} bytes; diglot reads files of at most ${opts.maxBytes ?? MAX_INPUT_BYTES} bytes (256 MiB)`,
    hint: 'split the file (one article per Markdown file, one document per export)',
    file: opts.file,
    source: opts.source,
  });
}
