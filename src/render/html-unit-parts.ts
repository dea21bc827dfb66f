// Per-unit HTML fragments of the edition: status badge, stale/fuzzy suggestion with its diff, findings.
import type { AlignedUnit } from '../model/unit.js';
import { escapeHtml } from './escape-html.js';

/** A badge for anything but a plain translated unit; English paired by `diglot align` and not yet reviewed says so. */
export function renderStatus(u: AlignedUnit): string {
  if (u.status === 'translated' && u.provenance?.kind === 'align') {
    return '<span class="status status--review" title="English paired automatically by diglot align; not yet reviewed">aligned</span>';
  }
  if (u.status === 'translated' || u.status === 'reviewed') return '';
  return `<span class="status status--${escapeHtml(u.status)}">${escapeHtml(u.status)}</span>`;
}

/** The old German, its word diff to the current German and the old English, behind a disclosure. */
export function renderSuggestion(u: AlignedUnit): string {
  const s = u.suggestion;
  if (!s) return '';
  const diff = s.diff
    .map((op) => (op.op === 'insert' ? `<ins>${escapeHtml(op.text)}</ins>` : op.op === 'delete' ? `<del>${escapeHtml(op.text)}</del>` : escapeHtml(op.text)))
    .join('');
  const what = u.status === 'stale' ? 'German changed since translation' : 'Similar sentence elsewhere';
  return `<details class="suggestion"><summary>${escapeHtml(what)} (similarity ${escapeHtml(String(s.score))})</summary>
<p>German change: ${diff}</p>
<p>Previous English: <span lang="en">${escapeHtml(s.en)}</span></p>
<p>From <code>${escapeHtml(s.provenance.file)}</code></p></details>`;
}

/** Term QA and other findings for the unit, listed under the English. */
export function renderFindings(u: AlignedUnit): string {
  if (!u.diagnostics.length) return '';
  return `<ul class="findings">${u.diagnostics.map((d) => `<li><code>${escapeHtml(d.ruleId)}</code> ${escapeHtml(d.message)}</li>`).join('')}</ul>`;
}
