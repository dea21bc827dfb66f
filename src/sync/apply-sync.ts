// SyncPlans (one per document) → files written as ONE set (or, dry run, only the diff). Guards: an
// unresolved conflict, a lock held by another live diglot, or any planned file (or German source)
// changed since the plans were made stops the write before anything is touched; the write itself is
// all-or-nothing across every document (util/file-set.ts), and a killed run is finished by the next.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import { createLineIndex } from '../util/line-index.js';
import { commitFileSet, ensureDir, type FileChange } from '../util/file-set.js';
import { acquireLock, type LockResult } from '../util/lock-file.js';
import { describeOwner } from '../util/owner.js';
import { resolveEntryPath } from '../util/safe-path.js';
import { locateKey } from '../locale/index.js';
import { lazyDiff } from './line-diff.js';
import type { SyncChangeKind, SyncPlan, SyncReport } from './types.js';
import { clip, clipMiddle } from '../util/clip.js';

export interface ApplyOptions {
  dryRun?: boolean;
}

/** Applies one plan; see applySyncPlans. */
export function applySyncPlan(plan: SyncPlan, opts: ApplyOptions = {}): SyncReport {
  return applySyncPlans([plan], opts)[0];
}

/**
 * Applies plans of several documents as one write: all of their files change, or none. Throws
 * DiglotError (`sync-conflict`, `sync-locked`, `sync-lock-failed`, `sync-concurrent-edit`,
 * `output-unwritable`, `output-path-unsafe`) and writes nothing on a guard.
 */
export function applySyncPlans(plans: readonly SyncPlan[], opts: ApplyOptions = {}): SyncReport[] {
  const reports = plans.map((plan) => reportOf(plan, !!opts.dryRun));
  if (opts.dryRun) return reports;
  const conflicts = plans.flatMap((plan) => plan.conflicts.map((c) => conflictDiagnostic(plan, c)));
  if (conflicts.length) throw new DiglotError(conflicts);
  const writing = plans.map((plan, i) => ({ plan, report: reports[i], changed: plan.files.filter((f) => f.before !== f.after) })).filter((w) => w.changed.length);
  if (!writing.length) return reports;
  const held: Array<Extract<LockResult, { state: 'acquired' }>> = [];
  try {
    // a fixed order, so two diglots locking overlapping sets cannot each wait on the other
    for (const w of [...writing].sort((a, b) => (a.plan.files[0].abs < b.plan.files[0].abs ? -1 : 1))) {
      const lock = lockDocument(w.plan);
      held.push(lock);
      if (lock.broken) w.report.diagnostics.push(brokenLockNotice(w.plan, lock));
    }
    const moved = writing.flatMap(({ plan, changed }) => [{ path: plan.source.path, abs: path.resolve(plan.root, plan.source.path), before: plan.source.text }, ...changed]).filter((f) => readOrNull(f.abs) !== f.before);
    if (moved.length) {
      throw new DiglotError(moved.map((f) => ({
        ruleId: 'sync-concurrent-edit',
        severity: 'error' as const,
        message: `${f.path} changed while diglot was writing the locale files (another editor or process?); nothing was written`,
        hint: 'run the command again: it re-reads every file, so the other edit is kept',
        file: f.path,
        source: 'sync',
      })));
    }
    const first = writing[0].plan;
    commitFileSet(
      // a move out of the namespace folder is a write and a removal in the same set: both or neither
      writing.flatMap(({ changed }) => changed.map((f): FileChange => (f.after === null ? { folder: path.dirname(f.abs), name: path.basename(f.abs), remove: true } : { folder: path.dirname(f.abs), name: path.basename(f.abs), content: f.after }))),
      { project: path.resolve(first.root), journalDir: first.journalDir },
    );
  } finally {
    for (const lock of held) lock.release();
  }
  return reports;
}

function reportOf(plan: SyncPlan, dryRun: boolean): SyncReport {
  const changed = plan.files.filter((f) => f.before !== f.after);
  const diffOf = lazyDiff(changed);
  return {
    dryRun,
    changed: changed.map((f) => f.path),
    removed: changed.filter((f) => f.after === null).map((f) => f.path),
    unchanged: plan.files.filter((f) => f.before === f.after).map((f) => f.path),
    changes: plan.changes,
    conflicts: plan.conflicts,
    // computed only when read (dry runs print it): a large rewrite costs nothing otherwise
    get diff() {
      return diffOf();
    },
    counts: countChanges(plan),
    diagnostics: movedNotices(plan, dryRun),
  };
}

/** One notice per old-layout companion the plan moves into the companion store. */
function movedNotices(plan: SyncPlan, dryRun: boolean): Diagnostic[] {
  return plan.files
    .filter((f) => f.after === null && f.before !== null)
    .map((f) => {
      const to = plan.files.find((t) => t.after !== null && path.basename(t.path) === path.basename(f.path))?.path ?? '.diglot/locales';
      return {
        ruleId: 'locale-layout-migrated' as const,
        severity: 'info' as const,
        message: `${dryRun ? 'would move' : 'moved'} ${f.path} out of the i18next namespace folder to ${to}${dryRun ? '' : ' (commit both: git shows a rename)'}`,
        file: f.path,
        source: 'sync',
      };
    });
}

/** Only one diglot writes a document's locale files at a time: an exclusive lock file beside them. */
function lockDocument(plan: SyncPlan): Extract<LockResult, { state: 'acquired' }> {
  const dir = path.dirname(plan.files[0].abs);
  const root = path.resolve(plan.root);
  const shown = (abs: string) => clipMiddle(path.relative(root, abs), 160);
  let result: LockResult;
  let lock = path.join(dir, `.${plan.slug}.diglot-lock`);
  try {
    lock = resolveEntryPath({ folder: dir, project: root }, `.${plan.slug}.diglot-lock`);
    ensureDir(dir);
    result = acquireLock(lock);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof DiglotError || !code) throw e;
    throw new DiglotError({
      ruleId: 'sync-lock-failed',
      severity: 'error',
      message: `cannot create the lock file ${shown(lock)} (${code}); nothing was written`,
      hint: 'diglot needs to write in the locale folder: check that it exists as a folder, is writable, and that the disk is not full',
      file: shown(lock),
      source: 'sync',
    });
  }
  if (result.state === 'acquired') return result;
  throw new DiglotError({
    ruleId: 'sync-locked',
    severity: 'error',
    message: `another diglot is writing the locale files of "${plan.slug}" (lock ${shown(lock)} held by ${describeOwner(result.owner)}); nothing was written`,
    hint: !result.owner
      ? 'the lock file does not say which process holds it: if no diglot is running, delete it'
      : result.owner.host !== os.hostname()
        ? `wait for it to finish; if no diglot runs on ${result.owner.host}, delete the lock file`
        : 'wait for it to finish and run the command again (a lock whose process has ended is removed automatically)',
    file: shown(lock),
    source: 'sync',
  });
}

function brokenLockNotice(plan: SyncPlan, lock: Extract<LockResult, { state: 'acquired' }>): Diagnostic {
  const file = clipMiddle(path.relative(path.resolve(plan.root), lock.path), 160);
  return {
    ruleId: 'sync-lock-broken',
    severity: 'info',
    message: `removed the lock ${file} left by diglot ${describeOwner(lock.broken)}, which is no longer running (it was interrupted; its unfinished write, if any, was completed or rolled back first)`,
    file,
    source: 'sync',
  };
}

function readOrNull(abs: string): string | null {
  try {
    return fs.readFileSync(abs, 'utf8');
  } catch {
    return null;
  }
}

function conflictDiagnostic(plan: SyncPlan, c: SyncPlan['conflicts'][number]): Diagnostic {
  const resource = plan.files[0];
  const at = resource.before ? createLineIndex(resource.before).pointAt(locateKey(resource.before, c.key)) : undefined;
  return {
    ruleId: 'sync-conflict',
    severity: 'error',
    message: `"${clip(c.key)}" was changed locally and in ${c.provenance.file}: local "${clip(c.local)}" ≠ incoming "${clip(c.incoming)}"${c.base !== undefined ? ` (exported: "${clip(c.base)}")` : ''}`,
    hint: 'choose with --prefer file (take the incoming English) or --prefer local (keep yours); the other one is archived, not lost',
    file: resource.path,
    ...(at ? { place: { start: at } } : {}),
    source: 'sync',
  };
}

function countChanges(plan: SyncPlan): SyncReport['counts'] {
  const kinds: Array<SyncChangeKind | 'kept'> = ['kept', 'added', 'restored', 'rekeyed', 'archived', 'emptied', 'updated', 'kept-local', 'rejected', 'unmatched-update', 'conflict'];
  const counts = Object.fromEntries(kinds.map((k) => [k, 0])) as SyncReport['counts'];
  for (const c of plan.changes) counts[c.kind]++;
  counts.kept = Math.max(0, plan.translated - counts.restored - counts.rekeyed - counts.updated);
  return counts;
}
