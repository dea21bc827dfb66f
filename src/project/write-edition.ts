// Rendered outputs → written into outDir as one all-or-nothing file set together with its manifest;
// outputs an earlier build wrote that this one no longer produces (a renamed or withdrawn article,
// an output format dropped) are removed in the same step, unless someone changed them since.
// A file diglot did not write is never touched; a file whose bytes did not change is not rewritten.
// The I/O edge of `diglot build`. Outputs may be staged one by one as they are rendered (a temp file
// each, so a build of thousands of articles never holds the edition in memory), then committed.
// Each thread stages into a folder of its own inside outDir (creating thousands of files in one
// folder from several threads at once is several times slower than in a folder each); the commit
// renames them into place and removes the folders.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { threadId } from 'node:worker_threads';
import type { EditionConfig } from '../config/index.js';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import { commitFileSet, ensureDir, rmdirQuietly, TEMP_PREFIX, unwritable, type FileChange } from '../util/file-set.js';
import { NAME_MAX_BYTES, displayPath, isSymlink, resolveEntryPath, resolveWritePath } from '../util/safe-path.js';
import { clipMiddle } from '../util/clip.js';
import { MANIFEST_NAME, contentHasher, hashContent, parseManifest, planStaleOutputs, serializeManifest, type Manifest } from './output-manifest.js';
import type { OutputFile } from './render-outputs.js';

export interface EditionWrite {
  /** Every output of the build, now in place (paths relative to the project root). */
  written: string[];
  /** Those of `written` whose bytes changed (the others were left alone). */
  rewritten: string[];
  removed: string[];
  diagnostics: Diagnostic[];
}

/** An output as written: file name in outDir, content hash and size in bytes. */
export interface OutputRef {
  name: string;
  hash: string;
  size: number;
}

/** One output, staged: its hash and size, and the temp file holding it unless it is in place already. */
export interface StagedOutput extends OutputRef {
  tmp?: string;
}

/** What a build remembers of a staged output (never its temp file). */
export const outputRef = (s: StagedOutput): OutputRef => ({ name: s.name, hash: s.hash, size: s.size });

/** Where outputs are staged: outDir, the previous build's manifest, and this build's temp-file prefix. */
export interface StageTarget {
  root: string;
  outDir: string;
  /** The previous manifest's files (name → hash), if there was a readable one. */
  previous: Record<string, string> | undefined;
  /** Unique per build (pid first, so a later run can tell a dead build's temp files). */
  id: string;
  /** Folders this build created (outDir, when it did not exist): removed again if nothing is committed. */
  created: string[];
  /** This thread's staging folder, by thread id, once it staged an output (a worker has its own copy of the target). */
  staging?: Record<number, StagingFolder>;
  /** A commit failed after its commit point: the temps belong to its journal now, for the next run to complete. */
  journaled?: boolean;
}

/** A thread's staging folder in outDir, made on its first staged output. */
export interface StagingFolder {
  /** outDir's real path, resolved once: the outputs staged here land in it. */
  out: string;
  /** `<out>/.diglot-tmp-<build id>-t<thread id>`. */
  dir: string;
  /** Temp files named so far (a counter in their names: an output staged twice gets two). */
  count: number;
}

/** Writes `files` (paths relative to the root, inside outDir) and removes stale outputs, atomically. */
export function writeOutputFiles(config: EditionConfig, files: readonly OutputFile[]): EditionWrite {
  const target = openStageTarget(config);
  const outDir = path.resolve(target.root, config.outDir);
  const staged: StagedOutput[] = [];
  try {
    for (const f of files) staged.push(stageOutput(target, path.relative(outDir, path.resolve(target.root, f.path)), f.content));
  } catch (e) {
    discardStaged(target, staged);
    throw e;
  }
  return commitOutputs(config, target, staged);
}

/** Reads the previous manifest (temp files of a build that died are removed by recovery, before this). */
export function openStageTarget(config: EditionConfig): StageTarget & { diagnostics: Diagnostic[] } {
  const root = path.resolve(config.root);
  const outDir = path.resolve(root, config.outDir);
  const text = readOrUndefined(path.join(outDir, MANIFEST_NAME));
  const previous = text === undefined ? undefined : parseManifest(text);
  const diagnostics: Diagnostic[] = [];
  if (text !== undefined && !previous) {
    diagnostics.push({ ruleId: 'output-manifest-invalid', severity: 'warning', message: `${clipMiddle(config.outDir, 120)}/${MANIFEST_NAME} is not a diglot manifest; outputs of removed articles are not cleaned up this time`, hint: 'it is rewritten by this build; remove stale files from outDir by hand once', file: `${config.outDir}/${MANIFEST_NAME}`, source: 'write' });
  }
  return { root, outDir, previous: previous?.files, id: `${process.pid}-${randomBytes(4).toString('hex')}`, created: [], diagnostics };
}

/**
 * Stages one output: when the previous build wrote exactly these bytes and the file is still there
 * with their size, nothing is written; otherwise the content goes to a temp file in this thread's
 * staging folder (or beside its target, when a symlink leads the output out of outDir).
 */
export function stageOutput(target: StageTarget, name: string, content: string): StagedOutput {
  // encoded once: hashed, measured and written from the same bytes
  const bytes = Buffer.from(content, 'utf8');
  const hash = hashContent(bytes);
  const size = bytes.length;
  if (isInPlace(target, name, hash, size)) return { name, hash, size };
  const tmp = writingTemp(target, name, (file) => fs.writeFileSync(file, bytes, { flag: 'wx' }));
  return { name, hash, size, tmp };
}

/**
 * Places `name`'s temp file and writes it with `write`. A file system that refuses (a full disk, a
 * read-only or forbidden folder) is `output-unwritable`, naming the output, not an internal error;
 * a temp file begun is removed (the build then discards the rest).
 */
function writingTemp(target: StageTarget, name: string, write: (tmp: string) => void): string {
  let tmp: string | undefined;
  try {
    tmp = placeTemp(target, name);
    write(tmp);
    return tmp;
  } catch (e) {
    if (tmp !== undefined) fs.rmSync(tmp, { force: true });
    throw e instanceof DiglotError ? e : unwritable(target.root, path.join(target.outDir, name), e);
  }
}

/**
 * stageOutput for a text made in parts: written to its temp file as it is hashed, in pieces of about
 * a megabyte, so the whole text is never one string; when the file in place has those bytes after
 * all, the temp file is removed (a build stages the project's files only when what they are made
 * from changed).
 */
export function stageOutputParts(target: StageTarget, name: string, parts: Iterable<string>): StagedOutput {
  const hasher = contentHasher();
  let size = 0;
  const tmp = writingTemp(target, name, (file) => {
    const fd = fs.openSync(file, 'wx');
    try {
      let batch: string[] = [];
      let pending = 0;
      const flush = () => {
        if (!batch.length) return;
        const bytes = Buffer.from(batch.join(''), 'utf8');
        hasher.update(bytes);
        size += bytes.length;
        fs.writeSync(fd, bytes);
        batch = [];
        pending = 0;
      };
      for (const p of parts) {
        batch.push(p);
        pending += p.length;
        if (pending >= 1 << 20) flush();
      }
      flush();
    } finally {
      fs.closeSync(fd);
    }
  });
  const hash = hasher.digest();
  if (!isInPlace(target, name, hash, size)) return { name, hash, size, tmp };
  fs.rmSync(tmp, { force: true });
  return { name, hash, size };
}

/**
 * The temp file for `name`. The name is checked as the commit checks it (no file-system call); then
 * one lstat tells whether the output lands in outDir itself (no symlink: the staging folder, whose
 * real path was checked when it was made) or a symlink must be resolved (per file, as the commit
 * does) and the temp go beside the file it leads to, when that is in another folder.
 */
function placeTemp(target: StageTarget, name: string): string {
  const scope = { folder: target.outDir, project: target.root };
  const entry = resolveEntryPath(scope, name);
  const own = openStaging(target);
  const file = isSymlink(entry) ? resolveWritePath(scope, name) : path.join(own.out, name);
  const n = own.count++;
  if (path.dirname(file) === own.out) return path.join(own.dir, fitName(`${n}`, name));
  // pid and a random id per build, the thread and a counter: unique across the worker threads of a build
  return path.join(path.dirname(file), fitName(`${TEMP_PREFIX}${target.id}-t${threadId}-${n}`, path.basename(file)));
}

/**
 * This thread's staging folder, made (with outDir, if missing) on its first staged output. mkdir
 * fails when anything has that name already, and the folder's real path is checked once, here: it is
 * the folder just made in outDir's real path, not a symlink slipped in, so no file staged in it needs
 * its own check.
 */
function openStaging(target: StageTarget): StagingFolder {
  const all = (target.staging ??= {});
  const known = all[threadId];
  if (known) return known;
  ensureDir(target.outDir, target.created);
  const out = fs.realpathSync(target.outDir);
  const dir = path.join(out, `${TEMP_PREFIX}${target.id}-t${threadId}`);
  fs.mkdirSync(dir);
  if (fs.realpathSync(dir) !== dir) {
    const shown = clipMiddle(displayPath(target.root, dir), 160);
    throw new DiglotError({ ruleId: 'output-path-unsafe', severity: 'error', message: `refusing to stage outputs in ${shown}: it is not the folder diglot just made there; nothing was written`, hint: 'something else writes into outDir at the same time: stop it and build again', file: shown, source: 'write' });
  }
  return (all[threadId] = { out, dir, count: 0 });
}

/** `<prefix>-<name>`, or the prefix alone where that would be too long a file name (the prefix is unique). */
function fitName(prefix: string, name: string): string {
  const full = `${prefix}-${name}`;
  return Buffer.byteLength(full, 'utf8') <= NAME_MAX_BYTES ? full : prefix;
}

/** An output the previous build wrote with this hash and that is still on disk with this size. */
export function isInPlace(target: StageTarget, name: string, hash: string, size: number): boolean {
  if (target.previous?.[name] !== hash) return false;
  try {
    return fs.statSync(path.join(target.outDir, name)).size === size;
  } catch {
    return false;
  }
}

/** Removes the temp files of staged outputs (an article staged again, or a build given up). */
export function removeStagedFiles(staged: readonly StagedOutput[]): void {
  for (const s of staged) if (s.tmp) fs.rmSync(s.tmp, { force: true });
}

/**
 * Removes the temp files of outputs staged by a build that is not committed after all, its staging
 * folders, and outDir if it made it.
 */
export function discardStaged(target: Pick<StageTarget, 'created'> & Partial<Pick<StageTarget, 'outDir' | 'id' | 'staging' | 'journaled'>>, staged: readonly StagedOutput[]): void {
  if (target.journaled) return;
  removeStagedFiles(staged);
  removeStagingFolders(target);
  for (const dir of [...target.created].reverse()) {
    try {
      fs.rmdirSync(dir);
    } catch {
      // not empty (someone else's file): leave it
    }
  }
  target.created.length = 0;
}

/**
 * Commits staged outputs with the new manifest, removing stale outputs, as one file set (not fsynced:
 * outDir is rebuildable). Writes nothing at all when no byte changes.
 */
export function commitOutputs(config: EditionConfig, target: StageTarget & { diagnostics?: Diagnostic[] }, staged: readonly StagedOutput[]): EditionWrite {
  const { root, outDir } = target;
  const diagnostics: Diagnostic[] = [...(target.diagnostics ?? [])];
  const previous: Manifest | undefined = target.previous ? { format: 'diglot-manifest/1', files: target.previous } : undefined;
  const stale = planStaleOutputs(previous, new Set(staged.map((f) => f.name)), (name) => {
    const bytes = readBytes(path.join(outDir, name));
    return bytes === undefined ? undefined : hashContent(bytes);
  });
  for (const name of stale.changed) {
    diagnostics.push({ ruleId: 'output-stale-kept', severity: 'info', message: `${clipMiddle(config.outDir, 120)}/${clipMiddle(name, 120)} was written by an earlier build for an output this build no longer makes, but it has been changed since; it is kept`, hint: 'delete it by hand if it is no longer wanted', file: `${config.outDir}/${name}`, source: 'write' });
  }
  const manifest = serializeManifest(staged.map((f) => ({ name: f.name, hash: f.hash })));
  const manifestFile = path.join(outDir, MANIFEST_NAME);
  const changes: FileChange[] = [
    ...staged.flatMap((f) => (f.tmp ? [{ folder: outDir, name: f.name, staged: f.tmp }] : [])),
    ...(readOrUndefined(manifestFile) === manifest ? [] : [{ folder: outDir, name: MANIFEST_NAME, content: manifest }]),
    ...stale.remove.map((name) => ({ folder: outDir, name, remove: true as const })),
  ];
  try {
    commitFileSet(changes, { project: root, journalDir: outDir, durable: false });
  } catch (e) {
    // after the commit point (output-interrupted) the journal names the temps not yet renamed: they
    // stay for the next run to complete the set (the build's own discard then leaves them too)
    if (e instanceof DiglotError && e.diagnostics.some((d) => d.ruleId === 'output-interrupted')) target.journaled = true;
    discardStaged(target, staged);
    throw e;
  }
  removeStagingFolders(target);
  const rel = (name: string) => path.join(config.outDir, name);
  return { written: staged.map((f) => rel(f.name)), rewritten: staged.filter((f) => f.tmp).map((f) => rel(f.name)), removed: stale.remove.map(rel), diagnostics };
}

/**
 * Removes this build's staging folders that are empty (the commit renamed every temp out of them, or
 * a discard removed them). Found by the build's id in outDir: a worker's folder is known to that
 * worker only, and one whose temps were all superseded (its articles built again elsewhere) is named
 * by no staged output.
 */
function removeStagingFolders(target: Partial<Pick<StageTarget, 'outDir' | 'id' | 'staging'>>): void {
  if (!target.outDir || !target.id) return;
  const prefix = `${TEMP_PREFIX}${target.id}-t`;
  let out: string;
  let names: string[];
  try {
    out = fs.realpathSync(target.outDir);
    names = fs.readdirSync(out).filter((n) => n.startsWith(prefix));
  } catch {
    return;
  }
  // one that is not empty holds a temp a failed commit's journal still needs
  for (const n of names) rmdirQuietly(path.join(out, n));
  // a later stage in this thread makes its folder again
  delete target.staging;
}

function readOrUndefined(file: string): string | undefined {
  const bytes = readBytes(file);
  return bytes === undefined ? undefined : bytes.toString('utf8');
}

function readBytes(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
