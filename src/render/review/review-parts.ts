// Per-unit fragments of the review page: status badge, provenance (curated / imported / aligned /
// memory with its article, and the file; reviewed by whom and when), the stale or fuzzy suggestion
// with its word diff, and findings.
import type { AlignedUnit, Provenance } from '../../model/unit.js';
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

/**
 * Where the English came from (curated, imported, aligned, from memory with the article it was written
 * for, from the archive; the file) and who reviewed it when (from the sidecar): one line under the English.
 */
export function renderProvenance(u: AlignedUnit, ui: UiText): string {
  if (u.en === null || !u.provenance) return '';
  const p = u.provenance;
  const parts = [escapeHtml(ui.t(`provenance.${p.kind}`)), ...origin(p, ui)];
  if (u.status === 'reviewed') parts.push(renderReviewState(u, ui));
  return `<p class="prov" data-provenance="${escapeHtml(p.kind)}">${parts.join(' · ')}</p>`;
}

/** The article (project memory) and the file an English came from, as HTML fragments. */
function origin(p: Provenance, ui: UiText): string[] {
  return [...(p.document ? [escapeHtml(ui.t('provenance.article', { slug: p.document }))] : []), `<code>${escapeHtml(p.file)}</code>`];
}

// an ISO 8601 date, or date-time (what `diglot review` writes); anything else a person typed is shown as text
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** "reviewed by NAME on DATE": the date as a <time> element with the full value, the name escaped. */
function renderReviewState(u: AlignedUnit, ui: UiText): string {
  const iso = u.reviewedAt ? ISO_DATE.exec(u.reviewedAt) : null;
  const date = u.reviewedAt ? (iso ? `<time datetime="${escapeHtml(u.reviewedAt)}">${escapeHtml(iso[1])}</time>` : escapeHtml(u.reviewedAt)) : undefined;
  // the message is escaped as a whole; the name and the date go in afterwards as escaped HTML
  const text = date
    ? u.reviewedBy
      ? ui.t('provenance.reviewedByOn', { name: NAME, date: DATE })
      : ui.t('provenance.reviewedOn', { date: DATE })
    : u.reviewedBy
      ? ui.t('provenance.reviewedBy', { name: NAME })
      : ui.t('provenance.reviewed');
  return `<span class="reviewed">${escapeHtml(text).replace(NAME, () => escapeHtml(u.reviewedBy ?? '')).replace(DATE, () => date ?? '')}</span>`;
}

const NAME = '\u0001name\u0001';
const DATE = '\u0001date\u0001';

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
<p>${escapeHtml(ui.t('suggestion.from'))} ${origin(s.provenance, ui).join(' · ')}</p></details>`;
}

/** Term QA and other findings for the unit, listed in place under the English. */
export function renderFindings(u: AlignedUnit, ui: UiText): string {
  if (!u.diagnostics.length) return '';
  const items = u.diagnostics.map((d) => `<li class="finding finding--${escapeHtml(d.severity)}"><code>${escapeHtml(d.ruleId)}</code> ${escapeHtml(d.message)}</li>`);
  return `<ul class="findings" aria-label="${escapeHtml(ui.t('review.findings'))}">${items.join('')}</ul>`;
}
