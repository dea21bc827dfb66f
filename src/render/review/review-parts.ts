// Per-unit fragments of the review page: status badge, provenance (curated / imported / aligned /
// memory, reviewed by whom), the stale or fuzzy suggestion with its word diff, and findings.
import type { AlignedUnit } from '../../model/unit.js';
import type { UiText } from '../ui-text.js';
import { escapeHtml } from '../escape-html.js';

/** A badge for anything but plain translated English; English paired by `diglot align` and not yet reviewed says so. */
export function renderStatus(u: AlignedUnit, ui: UiText): string {
  if (u.status === 'translated' && u.provenance?.kind === 'align') {
    return `<span class="status status--review" title="${escapeHtml(ui.t('status.alignedTitle'))}">${escapeHtml(ui.t('status.aligned'))}</span>`;
  }
  if (u.status === 'translated' || u.status === 'reviewed') return '';
  return `<span class="status status--${escapeHtml(u.status)}">${escapeHtml(ui.t(`status.${u.status}`))}</span>`;
}

/** Where the English came from and who reviewed it (from the sidecar): one line under the English. */
export function renderProvenance(u: AlignedUnit, ui: UiText): string {
  if (u.en === null || !u.provenance) return '';
  const parts = [escapeHtml(ui.t(`provenance.${u.provenance.kind}`))];
  if (u.status === 'reviewed') parts.push(escapeHtml(u.reviewedBy ? ui.t('provenance.reviewedBy', { name: u.reviewedBy }) : ui.t('provenance.reviewed')));
  const from = ui.t('provenance.from', { file: u.provenance.file });
  return `<p class="prov" data-provenance="${escapeHtml(u.provenance.kind)}" title="${escapeHtml(from)}">${parts.join(' · ')}</p>`;
}

/** The old German, its word diff to the current German and the old English, behind a disclosure. */
export function renderSuggestion(u: AlignedUnit, ui: UiText, de: string, en: string): string {
  const s = u.suggestion;
  if (!s) return '';
  const diff = s.diff
    .map((op) => (op.op === 'insert' ? `<ins>${escapeHtml(op.text)}</ins>` : op.op === 'delete' ? `<del>${escapeHtml(op.text)}</del>` : escapeHtml(op.text)))
    .join('');
  const what = ui.t(u.status === 'stale' ? 'suggestion.stale' : 'suggestion.fuzzy', { score: s.score });
  return `<details class="suggestion"><summary>${escapeHtml(what)}</summary>
<p>${escapeHtml(ui.t('suggestion.change'))} <span lang="${escapeHtml(de)}">${diff}</span></p>
<p>${escapeHtml(ui.t('suggestion.previous'))} <span lang="${escapeHtml(en)}">${escapeHtml(s.en)}</span></p>
<p>${escapeHtml(ui.t('suggestion.from'))} <code>${escapeHtml(s.provenance.file)}</code></p></details>`;
}

/** Term QA and other findings for the unit, listed in place under the English. */
export function renderFindings(u: AlignedUnit, ui: UiText): string {
  if (!u.diagnostics.length) return '';
  const items = u.diagnostics.map((d) => `<li class="finding finding--${escapeHtml(d.severity)}"><code>${escapeHtml(d.ruleId)}</code> ${escapeHtml(d.message)}</li>`);
  return `<ul class="findings" aria-label="${escapeHtml(ui.t('review.findings'))}">${items.join('')}</ul>`;
}
