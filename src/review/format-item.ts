// A review item + the terminal's width and a painter → what the interactive review shows for it: the
// German, the word diff of a change, the old or suggested English, the English now and where it came
// from, glossary hits, QA findings and the choices. Pure; labels go above the text on narrow terminals.
import type { Diagnostic } from '../model/diagnostic.js';
import type { DiffOp, Provenance } from '../model/unit.js';
import { openFindings } from './check-candidate.js';
import { countReasons } from './collect-items.js';
import { REVIEW_REASONS, type ReviewItem, type ReviewReason } from './types.js';
import { renderSpans, textWidth, wrapSpans, type Painter, type Span } from './wrap-text.js';

export interface TerminalStyle {
  /** Columns of the terminal. */
  width: number;
  paint: Painter;
}

/** Below this width a label gets a line of its own instead of a column. */
const NARROW = 48;
const LABEL = 10;

const REASON_TEXT: Record<ReviewReason, string> = {
  missing: 'missing: no English yet',
  stale: 'stale: the German changed since translation',
  fuzzy: 'fuzzy: a similar sentence is translated',
  memory: 'memory: the same German in another article',
  aligned: 'aligned by diglot align, not reviewed',
  imported: 'imported, not reviewed',
  unreviewed: 'curated, not reviewed',
};

/** The whole screen for one item (no trailing line break). */
export function formatReviewItem(item: ReviewItem, position: { index: number; total: number }, style: TerminalStyle): string {
  const lines: string[] = [];
  const head = `── ${position.index}/${position.total} · ${REASON_TEXT[item.reason]}`;
  const room = style.width - textWidth(head) - 1;
  lines.push(...wrap([{ text: room > 0 ? `${head} ${'─'.repeat(Math.min(20, room))}` : head, color: 'bold' }], style));
  const where = `${item.document}:${item.unit.segment.line}:${item.unit.segment.column} · ${item.ref}${item.also.length ? ` (also ${item.also.join(', ')})` : ''}`;
  lines.push(...wrap([{ text: where, color: 'dim' }], style));
  lines.push(...labelled('German', [{ text: item.de }], style));
  const s = item.suggestion;
  if (s) {
    // a 100 % match from another article has nothing to show as a change
    if (s.diff.some((op) => op.op !== 'equal')) lines.push(...labelled('Diff', diffSpans(s.diff), style));
    lines.push(...labelled(item.status === 'stale' ? 'Old EN' : 'Suggested', [{ text: s.en }, { text: `\n${describeOrigin(s.provenance)} · similarity ${s.score}`, color: 'dim' }], style));
  }
  if (item.en !== null) lines.push(...labelled('English', [{ text: item.en }, ...(item.provenance ? [{ text: `\n${describeOrigin(item.provenance)}`, color: 'dim' as const }] : [])], style));
  const terms = item.unit.terms.map((h) => `${h.surface} → ${h.en.join(' / ')}`);
  if (terms.length) lines.push(...labelled('Terms', [{ text: [...new Set(terms)].join(' · ') }], style));
  const qa = formatFindings(item.findings, style);
  if (qa) lines.push(...qa.split('\n'));
  lines.push(...wrap([{ text: formatChoices(item) }], style));
  return lines.join('\n');
}

/** QA findings under a `QA` label (errors and warnings; waived ones counted), or '' when there are none. */
export function formatFindings(findings: readonly Diagnostic[], style: TerminalStyle): string {
  const open = openFindings(findings);
  const waived = findings.length - open.length;
  if (!findings.length) return '';
  const spans: Span[] = [];
  open.forEach((d, i) => spans.push({ text: `${i ? '\n' : ''}${d.severity}`, color: d.severity === 'error' ? 'red' : 'yellow' }, { text: ` ${d.ruleId}: ${d.message.replace(/^unit \S+: /, '')}` }));
  if (waived) spans.push({ text: `${open.length ? '\n' : ''}${waived} waived`, color: 'dim' });
  return labelled('QA', spans, style).join('\n');
}

/** The keys that make sense for this item. */
export function formatChoices(item: ReviewItem): string {
  const accept = !item.proposal ? [] : item.proposal.from === 'suggestion' ? ['a accept'] : ['r mark reviewed'];
  return [...accept, 'e edit', 's skip', 'q quit', '? help'].join(' · ');
}

/** "5 sentences need a decision: 2 stale, 1 fuzzy, 1 aligned, 1 missing". */
export function formatQueueSummary(items: readonly ReviewItem[]): string {
  const counts = countReasons(items);
  const parts = REVIEW_REASONS.filter((r) => counts[r] > 0).map((r) => `${counts[r]} ${r}`);
  if (!items.length) return 'nothing to review: every sentence is translated and reviewed, or curated (see --all)';
  return `${items.length} sentence${items.length === 1 ? ' needs' : 's need'} a decision: ${parts.join(', ')}`;
}

/** Where an English came from, in a few words. */
export function describeOrigin(p: Provenance): string {
  switch (p.kind) {
    case 'curated':
      return `curated · ${p.file}`;
    case 'import':
      return `imported from ${p.file}`;
    case 'align':
      return `aligned from ${p.file}`;
    case 'orphan':
      return `from the archive ${p.file}`;
    case 'memory':
      return p.document !== undefined ? `from article "${p.document}" · ${p.file}` : `from memory ${p.file}`;
  }
}

/** The word diff old → new German with git's word-diff markers (shown even without colour). */
function diffSpans(diff: readonly DiffOp[]): Span[] {
  return diff.map((op) => (op.op === 'equal' ? { text: op.text } : op.op === 'delete' ? { text: `[-${op.text}-]`, color: 'red' as const } : { text: `{+${op.text}+}`, color: 'cyan' as const }));
}

function wrap(spans: readonly Span[], style: TerminalStyle): string[] {
  return wrapSpans(spans, style.width).map((l) => renderSpans(l, style.paint));
}

/** `label` in a column with the text wrapped beside it; on a narrow terminal, the label above the text. */
function labelled(label: string, spans: readonly Span[], style: TerminalStyle): string[] {
  if (style.width < NARROW) return [style.paint(label, 'bold'), ...wrap(spans, style)];
  const body = wrapSpans(spans, style.width - LABEL).map((l) => renderSpans(l, style.paint));
  return body.map((l, i) => `${i ? ' '.repeat(LABEL) : style.paint(label.padEnd(LABEL), 'bold')}${l}`);
}
