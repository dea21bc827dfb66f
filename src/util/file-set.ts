// A set of file writes and removals → applied all-or-nothing, or a DiglotError that says truly what
// was written. Protocol: a journal listing the temp files ("prepared"), each new content as a synced
// temp file beside its target (or staged earlier, in a staging folder beside it), the journal
// rewritten as "committed" (the commit point: a rename), the renames and removals, the emptied staging
// folders removed, the journal removed. A crash before the commit point leaves the old files and some
// temps; after it, a journal. recoverFileSets (util/recover-file-sets.ts) cleans up either way.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DiglotError } from '../model/diagnostic.js';
import { currentOwner } from './owner.js';
import { displayPath, inspectWritePath, relativeTo, resolveEntryPath, type RealFolders } from './safe-path.js';
import { clipMiddle } from './clip.js';

export interface FileWrite {
  /** The folder the file belongs in (absolute); `name` is one file name inside it. */
  folder: string;
  name: string;
  content: string | Uint8Array;
}

/**
 * A write whose content is already in a temp file (see tempForm; named with TEMP_PREFIX and the pid,
 * so a later run can clean it up if this one dies first), as a build streams its outputs to disk.
 */
export interface StagedWrite {
  folder: string;
  name: string;
  /** Absolute path of the temp file: beside the target, or in a staging folder beside it. */
  staged: string;
}

export interface FileRemoval {
  folder: string;
  name: string;
  remove: true;
}

export type FileChange = FileWrite | StagedWrite | FileRemoval;

export interface FileSetOptions {
  /** Project root (absolute): messages are relative to it, and symlinks may lead anywhere inside it. */
  project: string;
  /** Folder for the journal (absolute), one the next run's recovery looks into. */
  journalDir: string;
  /**
   * false: new contents are not fsynced (still written to temp files and renamed, so every file is
   * whole, old or new, and the journal still makes the set all-or-nothing). For rebuildable output
   * (the edition in outDir), where a power cut may cost a rebuild but never a user's data.
   */
  durable?: boolean;
}

export interface FileSetResult {
  /** Absolute paths written (symlink targets for symlinks) and removed. */
  written: string[];
  removed: string[];
}

export const JOURNAL_FORMAT = 'diglot-journal/1';
export const JOURNAL_PREFIX = '.diglot-journal-';
export const TEMP_PREFIX = '.diglot-tmp-';

export interface JournalChange {
  op: 'write' | 'remove';
  /** Paths relative to the journal's folder. */
  target: string;
  tmp?: string;
}

export interface Journal {
  format: typeof JOURNAL_FORMAT;
  state: 'prepared' | 'committed';
  pid: number;
  host: string;
  created: string;
  changes: JournalChange[];
}

interface Staged {
  op: 'write' | 'remove';
  target: string;
  tmp?: string;
  content?: string | Uint8Array;
  /** The temp file was written before the set began (a StagedWrite). */
  prestaged?: boolean;
}

/**
 * Where a temp file is for its target: `beside` it (named TEMP_PREFIX…), or `staged` directly in a
 * staging folder (named TEMP_PREFIX…) directly in the target's folder, as a build's threads stage;
 * undefined anywhere else, which neither a commit nor a recovery accepts.
 */
export function tempForm(tmp: string, target: string): 'beside' | 'staged' | undefined {
  const folder = path.dirname(tmp);
  if (folder === path.dirname(target)) return path.basename(tmp).startsWith(TEMP_PREFIX) ? 'beside' : undefined;
  return path.dirname(folder) === path.dirname(target) && path.basename(folder).startsWith(TEMP_PREFIX) ? 'staged' : undefined;
}

/** Applies `changes` as one set; every path goes through the path guard first. */
export function commitFileSet(changes: readonly FileChange[], opts: FileSetOptions): FileSetResult {
  const staged = stage(changes, opts);
  const result: FileSetResult = { written: staged.filter((s) => s.op === 'write').map((s) => s.target), removed: staged.filter((s) => s.op === 'remove').map((s) => s.target) };
  if (!staged.length) return result;
  const journalDir = path.resolve(opts.journalDir);
  const id = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const journalPath = path.join(journalDir, `${JOURNAL_PREFIX}${id}.json`);
  const durable = opts.durable !== false;
  for (const [i, s] of staged.entries()) if (s.op === 'write' && !s.prestaged) s.tmp = path.join(path.dirname(s.target), `${TEMP_PREFIX}${id}-${i}-${path.basename(s.target)}`.slice(0, 255));
  const owner = currentOwner();
  // made once for both states (an edition commits 60,000 files: path.relative for each took most of
  // the commit's time and memory)
  const journalChanges: JournalChange[] = staged.map((s) => ({ op: s.op, target: relativeTo(journalDir, s.target), ...(s.tmp ? { tmp: relativeTo(journalDir, s.tmp) } : {}) }));
  const journal = (state: Journal['state']): Journal => ({
    format: JOURNAL_FORMAT,
    state,
    pid: owner.pid,
    host: owner.host,
    created: owner.created ?? '',
    changes: journalChanges,
  });

  // Phase 1, undone completely on any error: nothing the user sees has changed yet.
  const created: string[] = [];
  let current = journalPath;
  try {
    ensureDir(journalDir, created);
    writeDurable(journalPath, JSON.stringify(journal('prepared')));
    for (const s of staged) {
      if (s.op !== 'write' || s.prestaged) continue;
      current = s.target;
      ensureDir(path.dirname(s.target), created);
      writeSynced(s.tmp!, s.content!, 'wx', durable);
    }
    if (durable) for (const dir of dirsOf(staged)) syncDir(dir);
    current = journalPath;
    writeDurable(journalPath, JSON.stringify(journal('committed')));
  } catch (e) {
    for (const s of staged) if (s.tmp) removeQuietly(s.tmp);
    removeQuietly(journalPath);
    removeQuietly(`${journalPath}.tmp`);
    for (const dir of [...stagingFolders(staged), ...created.reverse()]) rmdirQuietly(dir);
    throw unwritable(opts.project, current, e);
  }

  // Phase 2, after the commit point: finish what can be finished; the journal records the rest.
  let done = 0;
  let failure: { file: string; error: unknown } | undefined;
  for (const s of staged) {
    try {
      if (s.op === 'write') fs.renameSync(s.tmp!, s.target);
      else fs.rmSync(s.target, { force: true });
      done++;
    } catch (error) {
      failure ??= { file: s.target, error };
    }
  }
  if (durable) for (const dir of dirsOf(staged)) syncDir(dir);
  // emptied by the renames; one still holding a temp (a failed rename) stays for the recovery
  for (const dir of stagingFolders(staged)) rmdirQuietly(dir);
  if (failure) throw interrupted(opts.project, failure, done, staged.length, journalPath);
  fs.rmSync(journalPath, { force: true });
  syncDir(journalDir);
  return result;
}

/** Guards every path and refuses, before anything is touched, targets that are directories. */
function stage(changes: readonly FileChange[], opts: FileSetOptions): Staged[] {
  const seen = new Set<string>();
  const out: Staged[] = [];
  // the set's folders (usually one, for thousands of files) are resolved once for the whole set
  const reals: RealFolders = new Map();
  const inTheWay = (target: string) => unwritable(opts.project, target, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  for (const c of changes) {
    const scope = { folder: c.folder, project: opts.project };
    // a removal removes the folder entry (a symlink itself, never what it points to)
    const write = 'remove' in c ? undefined : inspectWritePath(scope, c.name, reals);
    const target = write ? write.path : resolveEntryPath(scope, c.name);
    if (seen.has(target)) throw new Error(`internal: ${target} appears twice in one file set`);
    seen.add(target);
    if ('remove' in c) {
      if (isDirectory(target, false)) throw inTheWay(target);
      out.push({ op: 'remove', target });
      continue;
    }
    if (write!.stat?.isDirectory()) throw inTheWay(target);
    if ('staged' in c) {
      if (!tempForm(c.staged, target)) throw new Error(`internal: staged file ${c.staged} is not a temp file beside ${target}`);
      out.push({ op: 'write', target, tmp: c.staged, prestaged: true });
      continue;
    }
    out.push({ op: 'write', target, content: c.content });
  }
  return out;
}

/** Writes a small file so that it appears whole or not at all: temp, fsync, rename, fsync folder. */
export function writeDurable(file: string, content: string): void {
  const tmp = `${file}.tmp`;
  writeSynced(tmp, content, 'w');
  fs.renameSync(tmp, file);
  syncDir(path.dirname(file));
}

function writeSynced(file: string, content: string | Uint8Array, flag = 'wx', durable = true): void {
  const fd = fs.openSync(file, flag);
  try {
    fs.writeFileSync(fd, content);
    if (durable) fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** fsync of a folder makes the renames in it durable; not every platform can (Windows: EPERM). */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // best effort: the data itself is already synced
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * mkdir -p, one level at a time (Node's recursive mkdir can spin forever on pseudo file systems
 * such as /proc, where every level reports ENOENT); records what it created so a failure can undo it.
 * A folder another thread made meanwhile (a build's threads making outDir at once) is not an error.
 */
export function ensureDir(dir: string, created: string[] = []): void {
  if (fs.existsSync(dir)) return;
  const parent = path.dirname(dir);
  if (parent !== dir) ensureDir(parent, created);
  try {
    fs.mkdirSync(dir);
    created.push(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !isDirectory(dir)) throw e;
  }
}

function dirsOf(staged: readonly Staged[]): string[] {
  return [...new Set(staged.map((s) => path.dirname(s.target)))];
}

function stagingFolders(staged: readonly Staged[]): string[] {
  return [...new Set(staged.flatMap((s) => (s.prestaged && tempForm(s.tmp!, s.target) === 'staged' ? [path.dirname(s.tmp!)] : [])))];
}

function isDirectory(p: string, follow = true): boolean {
  try {
    return (follow ? fs.statSync(p) : fs.lstatSync(p)).isDirectory();
  } catch {
    return false;
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // its folder is the problem; nothing was created there
  }
}

/** Removes a folder if it is empty (one that is not, or is gone, is left as it is). */
export function rmdirQuietly(dir: string): void {
  try {
    fs.rmdirSync(dir);
  } catch {
    // not empty or already gone
  }
}

/**
 * An error writing `file` as the user sees it: `output-unwritable` with the system's code (ENOSPC,
 * EACCES, EROFS …), naming the file from the project; an error without a code is a bug and stays one.
 */
export function unwritable(project: string, file: string, e: unknown): DiglotError | Error {
  const code = (e as NodeJS.ErrnoException).code;
  if (!code) return e instanceof Error ? e : new Error(String(e));
  const shown = clipMiddle(displayPath(project, file), 160);
  return new DiglotError({
    ruleId: 'output-unwritable',
    severity: 'error',
    message: `cannot write ${shown} (${code}); nothing was written`,
    hint: 'check the output directory (outDir, --out, the locale folder) and its permissions, and that the disk is not full',
    file: shown,
    source: 'write',
  });
}

function interrupted(project: string, failure: { file: string; error: unknown }, done: number, total: number, journal: string): DiglotError | Error {
  const code = (failure.error as NodeJS.ErrnoException).code;
  if (!code) return failure.error instanceof Error ? failure.error : new Error(String(failure.error));
  const shown = clipMiddle(displayPath(project, failure.file), 160);
  return new DiglotError({
    ruleId: 'output-interrupted',
    severity: 'error',
    message: `writing ${shown} failed (${code}) after the new files were complete: ${done} of ${total} changes are in place, the rest is recorded in ${clipMiddle(displayPath(project, journal), 160)}`,
    hint: 'fix the cause (permissions, disk space) and run diglot again: the next run completes the recorded changes before anything else',
    file: shown,
    source: 'write',
  });
}
