// The never-lose write path for locale files, shared by `diglot sync`, `diglot import` and
// `diglot align --write-locale`: plan (read + compute), then apply (guarded, atomic).
export { planSync, type PlanInput } from './plan-sync.js';
export { applySyncPlan, applySyncPlans, type ApplyOptions } from './apply-sync.js';
export { computeSync, type SyncInput, type SyncOutcome } from './compute-sync.js';
export { unifiedDiff, diffLines, lazyDiff } from './line-diff.js';
export type { LocaleUpdate, Prefer, SyncPlan, SyncReport, SyncChange, SyncChangeKind, SyncConflict, PlannedFile } from './types.js';
