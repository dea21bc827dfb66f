// An import plan → the plain-text report `diglot import` prints: a summary line, what was skipped and
// why (counted by reason), then every change, stale target, conflict and suggestion with both texts.
import type { ImportAction, ImportPlan, SkipCode } from './plan-import.js';

const LABEL: Record<ImportAction['kind'], string> = {
  add: 'added',
  update: 'updated',
  unchanged: 'unchanged',
  stale: 'stale',
  conflict: 'conflicts',
  duplicate: 'duplicates archived',
  suggest: 'suggested by the aligner',
};

const SKIP_LABEL: Record<SkipCode, string> = {
  'source-copy': 'targets that are copies of their source (untranslated in the tool; never taken as English)',
  draft: 'drafts (not translated yet or needing review; --include-drafts imports them)',
  'no-target': 'without a target',
  'empty-source': 'with an empty source',
  'no-document': 'whose German no document of the project holds',
  'not-found': 'naming a document that is not in the project, with German no document holds',
};

/** `skipped: 7 targets that are copies …, 2 drafts …`: one line per reason, counted; empty when nothing was skipped. */
export function summarizeSkipped(plan: ImportPlan): string[] {
  const counts = new Map<SkipCode, number>();
  for (const s of plan.skipped) counts.set(s.code, (counts.get(s.code) ?? 0) + 1);
  return [...counts].map(([code, n]) => `  skipped ${n} ${n === 1 ? 'unit' : 'units'} ${SKIP_LABEL[code]}`);
}

/** One line: `3 updated, 1 added, 0 stale, 1 conflicts, 12 unchanged, 2 skipped` (duplicates only when there are some). */
export function summarizeImportPlan(plan: ImportPlan): string {
  const c = plan.counts;
  const duplicates = c.duplicate ? `, ${c.duplicate} ${LABEL.duplicate}` : '';
  const suggested = c.suggest ? `, ${c.suggest} ${LABEL.suggest}` : '';
  return `${c.update} ${LABEL.update}, ${c.add} ${LABEL.add}, ${c.stale} ${LABEL.stale}, ${c.conflict} ${LABEL.conflict}${duplicates}${suggested}, ${c.unchanged} ${LABEL.unchanged}, ${c.skipped} skipped`;
}

/** The full report; `verbose` also lists unchanged and skipped units. */
export function formatImportPlan(plan: ImportPlan, file: string, opts: { verbose?: boolean; dryRun?: boolean } = {}): string {
  const lines: string[] = [`${file}: ${summarizeImportPlan(plan)}${opts.dryRun ? ' (dry run: nothing written)' : ''}`, ...summarizeSkipped(plan)];
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
      case 'suggest':
        lines.push(
          `  suggest   ${where}: ${a.accepted ? 'accepted (--accept-aligned): ' : ''}the file translates the whole paragraph; the aligner gives this sentence (score ${a.score}${a.shared ? ', English shared with the next sentence' : ''}; ${a.why.join(', ')})`,
          `    de: ${a.key}`,
          ...(a.local ? [`    local: ${a.local}`] : []),
          `    ${a.accepted ? '+' : '?'} ${a.after}`,
        );
        break;
      case 'unchanged':
        if (opts.verbose) lines.push(`  unchanged ${where}`, `    de: ${a.key}`);
        break;
    }
  }
  if (plan.actions.some((a) => a.kind === 'suggest' && !a.accepted)) lines.push('  suggestions are not written: review them, then rerun with --accept-aligned to fill the sentences that have no English');
  if (opts.verbose) for (const s of plan.skipped) lines.push(`  skipped   ${file}:${s.line}:${s.column}: ${s.reason}`, `    de: ${s.source}`);
  return `${lines.join('\n')}\n`;
}
