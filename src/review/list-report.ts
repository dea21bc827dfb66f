// The review queue → `diglot review --list` output: JSON items (the documented shape scripts rely on)
// or one text line per sentence. Pure; paths stay relative to the project root.
import type { Diagnostic } from '../model/diagnostic.js';
import { clip } from '../util/clip.js';
import { openFindings } from './check-candidate.js';
import { countReasons } from './collect-items.js';
import type { ReviewItem, ReviewReason } from './types.js';

export interface ReviewListItem {
  id: string;
  ref: string;
  also: string[];
  slug: string;
  document: string;
  resource: string;
  line: number;
  column: number;
  reason: ReviewReason;
  status: string;
  de: string;
  en: string | null;
  provenance?: unknown;
  suggestion?: unknown;
  /** What `--accept` writes (null: nothing to accept; edit it instead). */
  accept: { en: string; provenance: unknown; from: 'suggestion' | 'current' } | null;
  terms: Array<{ de: string; en: string[]; surface: string }>;
  findings: Array<Pick<Diagnostic, 'ruleId' | 'severity' | 'message'>>;
}

/** The fields of `diglot review --list --format json` (diagnostics and summary are added by the CLI). */
export function reviewListJson(items: readonly ReviewItem[]): { items: ReviewListItem[]; counts: Record<ReviewReason, number>; total: number } {
  return {
    items: items.map((i) => ({
      id: i.id,
      ref: i.ref,
      also: i.also,
      slug: i.slug,
      document: i.document,
      resource: i.resource,
      line: i.unit.segment.line,
      column: i.unit.segment.column,
      reason: i.reason,
      status: i.status,
      de: i.de,
      en: i.en,
      ...(i.provenance ? { provenance: i.provenance } : {}),
      ...(i.suggestion ? { suggestion: i.suggestion } : {}),
      accept: i.proposal ? { en: i.proposal.en, provenance: i.proposal.provenance, from: i.proposal.from } : null,
      terms: i.unit.terms.map((t) => ({ de: t.term, en: t.en, surface: t.surface })),
      findings: i.findings.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message })),
    })),
    counts: countReasons(items),
    total: items.length,
  };
}

/**
 * One line per item: `path:line:col  reason  ref  "German" → "English"` (the English accepting would
 * write; none for a missing sentence), with the number of open QA findings.
 */
export function formatReviewList(items: readonly ReviewItem[], show: (rootPath: string) => string): string {
  return items
    .map((i) => {
      const where = `${show(i.document)}:${i.unit.segment.line}:${i.unit.segment.column}`;
      const en = i.proposal ? ` → "${clip(i.proposal.en, 50)}"` : '';
      const open = openFindings(i.findings).length;
      return `${where}  ${i.reason}  ${i.ref}  "${clip(i.de, 50)}"${en}${open ? `  (${open} QA finding${open === 1 ? '' : 's'})` : ''}\n`;
    })
    .join('');
}
