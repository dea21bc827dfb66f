// A folder that may hold journals of interrupted file sets (util/file-set.ts) → every interrupted
// set whose process is gone completed (committed) or rolled back (prepared), with an info
// diagnostic each; journals of live processes are left alone. A journal is content of the project
// too, so its paths are checked before anything is renamed or removed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import { describeOwner, ownerGone } from './owner.js';
import { displayPath, isInside, isSymlink, realExisting } from './safe-path.js';
import { JOURNAL_FORMAT, JOURNAL_PREFIX, rmdirQuietly, syncDir, tempForm, type Journal } from './file-set.js';
import { clipMiddle } from './clip.js';

const JOURNAL_NAME = /^\.diglot-journal-(\d+)-[0-9a-f]+\.json$/;
const JOURNAL_TEMP = /^\.diglot-journal-(\d+)-[0-9a-f]+\.json\.tmp$/;

/** Completes or rolls back the interrupted file sets journaled in `journalDir` (absolute). */
export function recoverFileSets(journalDir: string, project: string): Diagnostic[] {
  let names: string[];
  try {
    names = fs.readdirSync(journalDir).filter((n) => n.startsWith(JOURNAL_PREFIX));
  } catch {
    return [];
  }
  const diagnostics: Diagnostic[] = [];
  for (const name of names.sort()) {
    const file = path.join(journalDir, name);
    const temp = JOURNAL_TEMP.exec(name);
    if (temp) {
      // a journal record that was never renamed into place: nothing refers to it (such temps carry
      // no host; the folder's own machine made it)
      if (ownerGone({ pid: Number(temp[1]), host: os.hostname() })) fs.rmSync(file, { force: true });
      continue;
    }
    if (!JOURNAL_NAME.test(name)) continue;
    const shown = clipMiddle(displayPath(project, file), 160);
    const journal = readJournal(file);
    const problem = journal ? checkJournal(journal, journalDir, project) : 'it is not a diglot journal';
    if (problem || !journal) {
      diagnostics.push({ ruleId: 'output-journal-invalid', severity: 'warning', message: `${shown} cannot be used to finish an interrupted write: ${problem}; it is left alone`, hint: 'restore the files from version control if needed, then delete this file', file: shown, source: 'write' });
      continue;
    }
    const owner = { pid: journal.pid, host: journal.host };
    // a write is synchronous from journal to rename: one of this process is never still in progress
    const own = owner.pid === process.pid && owner.host === os.hostname();
    if (!own && !ownerGone(owner)) {
      if (owner.host !== os.hostname()) {
        diagnostics.push({ ruleId: 'output-journal-pending', severity: 'warning', message: `${shown} records a write by diglot ${describeOwner(owner)}, which may still be running; it is left alone`, hint: `if no diglot runs on ${owner.host}, move the file away; the next run then ignores that write`, file: shown, source: 'write' });
      }
      continue;
    }
    try {
      diagnostics.push(journal.state === 'committed' ? complete(journal, journalDir, file, shown) : rollBack(journal, journalDir, file, shown));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (!code) throw e;
      throw new DiglotError({ ruleId: 'output-unwritable', severity: 'error', message: `cannot finish the interrupted write recorded in ${shown} (${code}); nothing else was read or written`, hint: 'fix the permissions of the folders it names (or free disk space) and run diglot again', file: shown, source: 'write' });
    }
  }
  return diagnostics;
}

function complete(journal: Journal, dir: string, file: string, shown: string): Diagnostic {
  const folders = new Set<string>();
  for (const c of journal.changes) {
    const target = path.resolve(dir, c.target);
    folders.add(path.dirname(target));
    if (c.op === 'remove') fs.rmSync(target, { force: true });
    else if (fs.existsSync(path.resolve(dir, c.tmp!))) fs.renameSync(path.resolve(dir, c.tmp!), target);
  }
  for (const f of folders) syncDir(f);
  removeStagingFolders(journal, dir);
  fs.rmSync(file, { force: true });
  syncDir(dir);
  return info(shown, `completed a write that diglot ${describeOwner(journal)} had committed but not finished (${journal.changes.length} file${journal.changes.length === 1 ? '' : 's'}, recorded in ${shown})`);
}

function rollBack(journal: Journal, dir: string, file: string, shown: string): Diagnostic {
  for (const c of journal.changes) if (c.tmp) fs.rmSync(path.resolve(dir, c.tmp), { force: true });
  removeStagingFolders(journal, dir);
  fs.rmSync(file, { force: true });
  syncDir(dir);
  return info(shown, `rolled back a write that diglot ${describeOwner(journal)} had not committed: none of its files had been replaced, its temporary files are removed`);
}

/**
 * The staging folders the journal's temps were in, emptied by the renames or removals: removed (one
 * that still holds a file the journal does not name is left, to removeDeadTemps of the build's outDir).
 */
function removeStagingFolders(journal: Journal, dir: string): void {
  const folders = new Set(journal.changes.flatMap((c) => (c.op === 'write' && c.tmp && tempForm(path.resolve(dir, c.tmp), path.resolve(dir, c.target)) === 'staged' ? [path.dirname(path.resolve(dir, c.tmp))] : [])));
  for (const f of folders) rmdirQuietly(f);
}

function info(file: string, message: string): Diagnostic {
  return { ruleId: 'output-recovered', severity: 'info', message, file, source: 'write' };
}

function readJournal(file: string): Journal | undefined {
  try {
    const v = JSON.parse(fs.readFileSync(file, 'utf8')) as Journal;
    const ok = v && v.format === JOURNAL_FORMAT && (v.state === 'prepared' || v.state === 'committed') && typeof v.pid === 'number' && typeof v.host === 'string' && Array.isArray(v.changes);
    return ok ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A journal may only name files inside the project (or its own folder), temps beside their targets or
 * in a staging folder beside them that is a folder there (not a symlink leading elsewhere: its temps
 * are renamed and removed).
 */
function checkJournal(journal: Journal, dir: string, project: string): string | undefined {
  const allowed = [realExisting(path.resolve(project)), realExisting(dir)];
  for (const c of journal.changes) {
    if (!c || typeof c.target !== 'string' || (c.op !== 'write' && c.op !== 'remove')) return 'a change is malformed';
    const target = path.resolve(dir, c.target);
    if (!allowed.some((a) => isInside(realExisting(target), a))) return `it names ${clipMiddle(target, 120)}, outside the project`;
    // a removal has no temp: rolling back removes every temp a journal names
    if (c.op === 'remove' && c.tmp !== undefined) return 'a removal names a temporary file';
    if (c.op === 'write') {
      if (typeof c.tmp !== 'string') return 'a write has no temporary file';
      const tmp = path.resolve(dir, c.tmp);
      const form = tempForm(tmp, target);
      if (!form) return `its temporary file ${clipMiddle(c.tmp, 120)} is not a diglot temporary file beside its target`;
      if (form === 'staged' && isSymlink(path.dirname(tmp))) return `the folder of its temporary file ${clipMiddle(c.tmp, 120)} is a symlink`;
    }
  }
  return undefined;
}
