// An import plan → the plain-text report `diglot import` prints: a summary line, then every change,
// stale target and conflict with both texts.
import type { ImportAction, ImportPlan } from './plan-import.js';

const LABEL: Record<ImportAction['kind'], string> = {
  add: 'added',
  update: 'updated',
  unchanged: 'unchanged',
  stale: 'stale',
  conflict: 'conflicts',
  duplicate: 'duplicates archived',
};

/** One line: `3 updated, 1 added, 0 stale, 1 conflicts, 12 unchanged, 2 skipped` (duplicates only when there are some). */
export function summarizeImportPlan(plan: ImportPlan): string {
  const c = plan.counts;
  const duplicates = c.duplicate ? `, ${c.duplicate} ${LABEL.duplicate}` : '';
  return `${c.update} ${LABEL.update}, ${c.add} ${LABEL.add}, ${c.stale} ${LABEL.stale}, ${c.conflict} ${LABEL.conflict}${duplicates}, ${c.unchanged} ${LABEL.unchanged}, ${c.skipped} skipped`;
}

/** The full report; `verbose` also lists unchanged and skipped units. */
export function formatImportPlan(plan: ImportPlan, file: string, opts: { verbose?: boolean; dryRun?: boolean } = {}): string {
  const lines: string[] = [`${file}: ${summarizeImportPlan(plan)}${opts.dryRun ? ' (dry run: nothing written)' : ''}`];
  for (const a of plan.actions) {
    const where = `${a.document} (${file}:${a.line}:${a.column})`;
    switch (a.kind) {
      case 'add':
        lines.push(`  add       ${where}${a.reviewed ? ' [reviewed]' : ''}`, `    de: ${a.key}`, `    + ${a.after}`);
        break;
      case 'update':
        lines.push(`  update    ${where}${a.reviewed ? ' [reviewed]' : ''}`, `    de: ${a.key}`, `    - ${a.before}`, `    + ${a.after}`);
        break;
      case 'stale':
        lines.push(
          `  stale     ${where}: the German changed since the export; the translation is kept for the old German`,
          `    old de: ${a.key}`,
          ...(a.nearest ? [`    now de: ${a.nearest.key} (${a.nearest.similarity}% similar)`] : []),
          `    + ${a.after}`,
        );
        break;
      case 'conflict':
        lines.push(
          `  conflict  ${where}: ${a.baseKnown ? 'edited both locally and in the file since the export' : 'the file and the project differ and the file does not say what was exported'}`,
          `    de:    ${a.key}`,
          `    local: ${a.local}`,
          `    file:  ${a.file}`,
          `    → ${a.resolution === 'ask' ? 'not applied: rerun with --prefer file or --prefer local' : a.resolution === 'file' ? 'keeping the file text (the local one is archived as superseded)' : 'keeping the local text (the file text is archived as rejected)'}`,
        );
        break;
      case 'duplicate':
        lines.push(`  duplicate ${where}: the file translated this German already (line ${a.first.line}), differently; archived`, `    de: ${a.key}`, `    + ${a.after}`);
        break;
      case 'unchanged':
        if (opts.verbose) lines.push(`  unchanged ${where}`, `    de: ${a.key}`);
        break;
    }
  }
  if (opts.verbose) for (const s of plan.skipped) lines.push(`  skipped   ${file}:${s.line}:${s.column}: ${s.reason}`, `    de: ${s.source}`);
  return `${lines.join('\n')}\n`;
}
