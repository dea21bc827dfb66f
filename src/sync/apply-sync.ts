// SyncPlan → files written (or, dry run, only the diff). Guards: an unresolved conflict, a lock
// held by another diglot, or any planned file (or the German source) changed since the plan was
// made stops the write before anything is touched; the write itself is all-or-nothing.
import fs from 'node:fs';
import path from 'node:path';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import { createLineIndex } from '../util/line-index.js';
import { writeFilesAtomic } from '../util/write-atomic.js';
import { locateKey } from '../match/load-resource.js';
import { lazyDiff } from './line-diff.js';
import type { SyncChangeKind, SyncPlan, SyncReport } from './types.js';
import { clip } from '../util/clip.js';

export interface ApplyOptions {
  dryRun?: boolean;
}

/** Applies a plan; throws DiglotError (`sync-conflict`, `sync-locked`, `sync-concurrent-edit`) and writes nothing on a guard. */
export function applySyncPlan(plan: SyncPlan, opts: ApplyOptions = {}): SyncReport {
  const changed = plan.files.filter((f) => f.before !== f.after);
  const diffOf = lazyDiff(changed);
  const report: SyncReport = {
    dryRun: !!opts.dryRun,
    changed: changed.map((f) => f.path),
    unchanged: plan.files.filter((f) => f.before === f.after).map((f) => f.path),
    changes: plan.changes,
    conflicts: plan.conflicts,
    // computed only when read (dry runs print it): a large rewrite costs nothing otherwise
    get diff() {
      return diffOf();
    },
    counts: countChanges(plan),
  };
  if (opts.dryRun) return report;
  if (plan.conflicts.length) throw new DiglotError(plan.conflicts.map((c) => conflictDiagnostic(plan, c)));
  if (!changed.length) return report;
  const lock = acquireLock(plan);
  try {
    const moved = [{ path: plan.source.path, abs: path.resolve(plan.root, plan.source.path), before: plan.source.text }, ...changed].filter((f) => readOrNull(f.abs) !== f.before);
    if (moved.length) {
      throw new DiglotError(moved.map((f) => ({
        ruleId: 'sync-concurrent-edit',
        severity: 'error' as const,
        message: `${f.path} changed while diglot sync was running (another editor or process?); nothing was written`,
        hint: 'run `diglot sync` again: it re-reads every file, so the other edit is kept',
        file: f.path,
        source: 'sync',
      })));
    }
    writeFilesAtomic(changed.map((f) => ({ path: f.abs, content: f.after })));
  } finally {
    fs.rmSync(lock, { force: true });
  }
  return report;
}

/** Only one diglot writes a document's locale files at a time: an exclusive lock file beside them. */
function acquireLock(plan: SyncPlan): string {
  const dir = path.dirname(plan.files[0].abs);
  fs.mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, `.${plan.slug}.diglot-lock`);
  try {
    fs.writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    throw new DiglotError({
      ruleId: 'sync-locked',
      severity: 'error',
      message: `another diglot is writing the locale files of "${plan.slug}" (lock ${path.relative(plan.root, lock)} held by process ${readOrNull(lock)?.trim() || '?'})`,
      hint: 'wait for it to finish; if no diglot is running, delete the lock file',
      file: path.relative(plan.root, lock),
      source: 'sync',
    });
  }
  return lock;
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
