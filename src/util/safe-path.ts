// A file name + the folder it belongs in → the absolute path diglot may write, symlinks followed; or
// a DiglotError `output-path-unsafe`. Every writer goes through it (util/file-set.ts calls it for each
// change), so content (a slug, a document name) can never steer a write somewhere else.
import fs from 'node:fs';
import path from 'node:path';
import { DiglotError } from '../model/diagnostic.js';
import { clipMiddle } from './clip.js';

/** Longest file name most file systems accept (ext4, APFS, NTFS: 255 bytes or units). */
export const NAME_MAX_BYTES = 255;
/** Longest path Linux accepts in one system call. */
export const PATH_MAX_BYTES = 4096;
const MAX_LINK_HOPS = 40;

/** Where a file may go: its folder, and the project a symlink may lead into. */
export interface WriteScope {
  /** The folder the file belongs in (absolute): outDir, a locale folder, `--out`. */
  folder: string;
  /** The project root (absolute). A symlink is followed when its target is inside it (or inside the folder). */
  project: string;
}

/**
 * Real paths of folders, memoised for one operation (a commit of many files into one folder): each
 * folder is resolved once, not once per file. Made by the caller for that operation and then dropped,
 * so it never outlives the file-system state it describes.
 */
export type RealFolders = Map<string, string>;

/**
 * Resolves `name` (one file name, no folders) inside `scope.folder` to the path to write: the file
 * itself, or, when it is a symlink to a file inside the project, the link's target (so that writing
 * replaces the target's content and keeps the link). Refuses traversal, absolute names, path
 * separators, names or paths too long for the file system, and symlinks leading anywhere else.
 */
export function resolveWritePath(scope: WriteScope, name: string, reals?: RealFolders): string {
  return inspectWritePath(scope, name, reals).path;
}

/**
 * resolveWritePath, and what is at that path now: the lstat that ended the symlink chain (so no
 * second stat is needed to tell a directory in the way); undefined when nothing is there.
 */
export function inspectWritePath(scope: WriteScope, name: string, reals: RealFolders = new Map()): { path: string; stat: fs.Stats | undefined } {
  const refuse = (reason: string) => unsafe(scope, name, reason);
  const real = (dir: string) => realFolder(dir, reals);
  const lexical = resolveEntryPath(scope, name);
  const found = realTarget(lexical, refuse, real);
  if (found.path === lexical || isInside(found.path, real(path.resolve(scope.folder))) || isInside(found.path, real(path.resolve(scope.project)))) {
    if (Buffer.byteLength(found.path, 'utf8') > PATH_MAX_BYTES) throw refuse(`the path is longer than ${PATH_MAX_BYTES} bytes`);
    return found;
  }
  throw refuse(`it is a symlink (or inside one) that leads to ${clipMiddle(found.path, 120)}, outside the project`);
}

/**
 * The folder entry `name` inside `scope.folder`, symlinks not followed: what removing an output
 * removes (a symlink itself, never its target). Same name checks as resolveWritePath.
 */
export function resolveEntryPath(scope: WriteScope, name: string): string {
  const refuse = (reason: string) => unsafe(scope, name, reason);
  if (!isPlainFileName(name)) {
    if (name.includes('\0')) throw refuse('it contains a NUL character');
    if (/[/\\]/.test(name)) throw refuse(path.isAbsolute(name) ? 'it is an absolute path' : 'it contains a path separator (a file name must not name a folder)');
    if (Buffer.byteLength(name, 'utf8') > NAME_MAX_BYTES) throw refuse(`the name is longer than ${NAME_MAX_BYTES} bytes`);
    throw refuse('it is not a file name');
  }
  const folder = path.resolve(scope.folder);
  const lexical = inFolder(folder, name);
  if (!isInside(lexical, folder) || lexical === folder) throw refuse('it leads out of its folder');
  if (Buffer.byteLength(lexical, 'utf8') > PATH_MAX_BYTES) throw refuse(`the path is longer than ${PATH_MAX_BYTES} bytes`);
  return lexical;
}

/** One file name: not empty, not `.`/`..`, no separator or NUL, at most NAME_MAX_BYTES. */
export function isPlainFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name) && Buffer.byteLength(name, 'utf8') <= NAME_MAX_BYTES;
}

/**
 * `dir` ending in one separator (a root such as `/` has it already). The quick answers below use it:
 * path.relative and path.join resolve or normalise both paths again, and an edition asks about 60,000.
 */
const withSeparator = (dir: string): string => (dir.endsWith(path.sep) ? dir : `${dir}${path.sep}`);

/** True when `p` is `dir` or lies below it (both absolute, normalised). */
export function isInside(p: string, dir: string): boolean {
  // most paths asked about lie below dir as written: answered without path.relative
  if (p === dir || p.startsWith(withSeparator(dir))) return true;
  const rel = path.relative(dir, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** path.relative(dir, p) for absolute normalised paths, without path.relative when p lies below dir as written. */
export function relativeTo(dir: string, p: string): string {
  const prefix = withSeparator(dir);
  return p.startsWith(prefix) ? p.slice(prefix.length) : path.relative(dir, p);
}

/** path.join(folder, name) for an absolute normalised folder; a plain file name (isPlainFileName) is simply appended. */
function inFolder(folder: string, name: string): string {
  return isPlainFileName(name) ? `${withSeparator(folder)}${name}` : path.join(folder, name);
}

/** The real path of `dir`, or of its nearest existing ancestor with the rest appended. */
export function realExisting(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    const parent = path.dirname(dir);
    return parent === dir ? dir : path.join(realExisting(parent), path.basename(dir));
  }
}

/**
 * realExisting of a file whose folder is resolved through the operation's memo (a thousand sources in
 * one folder cost one realpath and a thousand lstats); a file that is itself a symlink is resolved whole.
 */
export function realFile(file: string, reals: RealFolders): string {
  return isSymlink(file) ? realExisting(file) : path.join(realFolder(path.dirname(file), reals), path.basename(file));
}

/** True when `p` is a symlink (an entry that is missing or cannot be looked at is not). */
export function isSymlink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** realExisting, looked up in (and added to) the operation's memo. */
function realFolder(dir: string, reals: RealFolders): string {
  let real = reals.get(dir);
  if (real === undefined) reals.set(dir, (real = realExisting(dir)));
  return real;
}

/** Where writing `p` really lands: through every symlink, dangling ones included; and the last lstat. */
function realTarget(p: string, refuse: (reason: string) => DiglotError, real: (dir: string) => string): { path: string; stat: fs.Stats | undefined } {
  let current = p;
  for (let hops = 0; hops <= MAX_LINK_HOPS; hops++) {
    let stat: fs.Stats | undefined;
    try {
      // (a missing entry, what a first build finds for every output, without an error made and thrown)
      stat = fs.lstatSync(current, { throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    if (!stat?.isSymbolicLink()) return { path: inFolder(real(path.dirname(current)), path.basename(current)), stat };
    current = path.resolve(real(path.dirname(current)), fs.readlinkSync(current));
  }
  throw refuse(`it is a chain of more than ${MAX_LINK_HOPS} symlinks`);
}

function unsafe(scope: WriteScope, name: string, reason: string): DiglotError {
  const shown = clipMiddle(name, 80);
  const folder = displayPath(scope.project, scope.folder);
  return new DiglotError({
    ruleId: 'output-path-unsafe',
    severity: 'error',
    message: `refusing to write "${shown}" in ${folder}: ${reason}; nothing was written`,
    hint: 'diglot writes only inside its output folders (outDir, the locale folders, --out) or, through a symlink, inside the project: check the slug, the paths in the run definition and any symlinks there',
    file: clipMiddle(path.join(folder, name), 160),
    source: 'write',
  });
}

/** A path for messages: relative to the project when inside it. */
export function displayPath(project: string, abs: string): string {
  const rel = path.relative(project, abs);
  return rel === '' ? '.' : isInside(abs, project) ? rel : abs;
}
