// One document's aligned units → the review edition (<slug>.review.html): the proof view for editors
// and translators, one row per sentence with status, provenance, word diffs and term QA in place.
// Every user-supplied string passes through escapeHtml or renderKeyHtml.
import type { AlignedUnit } from '../../model/unit.js';
import { escapeHtml } from '../escape-html.js';
import { buildEditionView, type BlockView, type EditionPageInput } from '../edition-model.js';
import { renderKeyHtml, type InlineContext, type Mark } from '../inline-html.js';
import { audienceOf, reviewHits, type PlacedHit } from '../term-marks.js';
import { createUiStrings, type UiText } from '../ui-text.js';
import { cspMeta } from '../html-document.js';
import { PAGE_SCRIPT } from '../reader/reader-script.js';
import { REVIEW_CSS } from './review-style.js';
import { renderFindings, renderProvenance, renderStatus, renderSuggestion } from './review-parts.js';

/** `policy` is the reader page's: the review page shows all English and says which sections readers get in German only. */
export interface ReviewEditionInput extends EditionPageInput {
  /** Link to the reader page, when it is built too. */
  readerHref?: string;
}

interface RowContext {
  de: string;
  en: string;
  ui: UiText;
  hits: ReadonlyMap<string, PlacedHit[]>;
  mark: (p: PlacedHit) => Mark;
  inline: { de: InlineContext; en: InlineContext };
}

/** Renders the review page. */
export function renderReviewEdition(input: ReviewEditionInput): string {
  const { source, units, coverage, sourceLanguage: de, targetLanguage: en } = input;
  const ui = (input.ui ?? createUiStrings()).textFor(input.interfaceLanguage ?? 'en');
  const hits = reviewHits(units, input.glossary);
  let tips = 0;
  const mark = (p: PlacedHit): Mark => {
    const id = `tip-${++tips}`;
    const note = p.entry?.note ? ` — ${escapeHtml(p.entry.note)}` : '';
    const tip = `<span class="term-tip" role="tooltip" id="${id}"><span lang="${escapeHtml(de)}">${escapeHtml(p.hit.term)}</span> → <span lang="${escapeHtml(en)}">${escapeHtml(p.hit.en.join(' · '))}</span>${note}</span>`;
    return { start: p.start, end: p.end, open: `<span class="term" tabindex="${tips === 1 ? 0 : -1}" aria-describedby="${id}">`, close: `${tip}</span>` };
  };
  const labels = new Set(source.blocks.flatMap((b) => (b.layout?.footnote ? [b.layout.footnote.label] : [])));
  const inline = (side: string): InlineContext => ({ side, definitions: source.definitions, footnotes: labels, footnoteRefs: new Map() });
  const ctx: RowContext = { de, en, ui, hits, mark, inline: { de: inline('de'), en: inline('en') } };
  const titleUnit = units.find((u) => u.block === 'title');
  // everything is shown here; the policy only decides what the notice says
  const view = buildEditionView(source.sections, coverage.sections, units, (i) => source.blocks[i], 'mixed');
  const body = view
    .map((s) => {
      const label = s.section.kind === 'body' && s.section.id !== 'intro' ? '' : `<p class="section-label">${escapeHtml(sectionLabel(s.section.id, ui))}</p>`;
      const withheld = !s.coverage.complete && input.policy !== 'mixed' ? `<p class="withheld">${escapeHtml(ui.t('review.withheld', { percent: s.coverage.percent }))}</p>` : '';
      return `<section class="section section--${escapeHtml(s.section.kind)}" id="sec-${escapeHtml(s.section.id)}"${withheld ? ' data-english="withheld"' : ''}>\n${label}${withheld}${s.blocks.map((b) => renderBlock(b, ctx)).join('\n')}\n</section>`;
    })
    .join('\n');
  const titleDe = titleUnit ? titleUnit.segment.key : String(source.meta.title ?? source.slug);
  const badge = coverage.percent >= 100 ? 'badge' : coverage.percent >= 80 ? 'badge badge--partial' : 'badge badge--low';
  const counts = (['reviewed', 'stale', 'fuzzy', 'missing'] as const).filter((k) => coverage[k] > 0).map((k) => `<span>${escapeHtml(ui.t(`review.counts.${k}`, { count: coverage[k] }))}</span>`);
  const titleRow = titleUnit
    ? renderRow(titleUnit, 'h1', ctx, ' row--title')
    : `<div class="row row--title"><div class="cell cell--de" lang="${escapeHtml(de)}"><h1>${escapeHtml(titleDe)}</h1></div><div class="cell cell--en" lang="${escapeHtml(en)}"></div></div>`;
  return `<!doctype html>
<html lang="${escapeHtml(input.interfaceLanguage ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${cspMeta([REVIEW_CSS], [PAGE_SCRIPT])}
<title>${escapeHtml(ui.t('review.kicker'))}: ${escapeHtml(titleDe.replace(/<\/?\d+\/?>/g, ''))}</title>
<style>${REVIEW_CSS}</style>
</head>
<body>
<a class="skip" href="#rows">${escapeHtml(ui.t('page.skip'))}</a>
<div class="page">
<header class="masthead">
<p class="kicker">${escapeHtml(ui.t('review.kicker'))}${input.readerHref ? ` · <a href="${escapeHtml(input.readerHref)}">${escapeHtml(ui.t('review.reader'))}</a>` : ''}</p>
${titleRow}
<div class="meta">
<span class="${badge}" title="${escapeHtml(ui.t('review.coverageTitle', { translated: coverage.translated, segments: coverage.segments }))}">${escapeHtml(ui.t('review.coverage', { percent: coverage.percent, translated: coverage.translated, segments: coverage.segments }))}</span>
${counts.join('\n')}
<span>${escapeHtml(ui.t('review.sourceFile'))}: <code>${escapeHtml(source.path)}</code></span>
<p class="legend">${escapeHtml(ui.t('review.legend'))}</p>
</div>
</header>
<main id="rows" tabindex="-1">
<div class="colheads" aria-hidden="true"><span>${escapeHtml(ui.t('review.columns.de'))}</span><span>${escapeHtml(ui.t('review.columns.en'))}</span></div>
${body}
</main>
${renderGlossary(input, hits, ui)}
</div>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

function renderBlock(b: BlockView, ctx: RowContext): string {
  const tag = b.kind === 'heading' ? `h${Math.min(6, Math.max(2, b.depth ?? 2))}` : 'p';
  const note = blockNote(b, ctx.ui);
  return `<div class="block block--${escapeHtml(b.kind)}">\n${note ? `<p class="block-note">${escapeHtml(note)}</p>\n` : ''}${b.units.map((u) => renderRow(u, tag, ctx)).join('\n')}\n</div>`;
}

/** The structure a row sits in, where the row alone does not show it (table cell, list number, footnote). */
function blockNote(b: BlockView, ui: UiText): string {
  const l = b.layout;
  if (l?.footnote) return ui.t('review.block.footnote', { label: l.footnote.label });
  if (l?.table) return ui.t('review.block.table', { row: l.table.row + 1, column: l.table.column + 1 });
  return '';
}

function renderRow(u: AlignedUnit, tag: string, ctx: RowContext, cls = ''): string {
  const marks = (ctx.hits.get(u.id) ?? []).map(ctx.mark);
  const deHtml = renderKeyHtml(u.segment.key, u.segment.markup, marks, ctx.inline.de);
  const enHtml = u.en === null ? '' : renderKeyHtml(u.en, u.segment.markup, [], ctx.inline.en);
  const english = `<${tag}>${renderStatus(u, ctx.ui)}${enHtml}</${tag}>${renderSuggestion(u, ctx.ui, ctx.de, ctx.en)}${renderProvenance(u, ctx.ui)}${renderFindings(u, ctx.ui)}`;
  return `<div class="row${cls}" id="u-${escapeHtml(u.id)}" data-status="${escapeHtml(u.status)}">
<div class="cell cell--de" lang="${escapeHtml(ctx.de)}"><${tag}>${deHtml}</${tag}></div>
<div class="cell cell--en" lang="${escapeHtml(ctx.en)}">${english}</div>
</div>`;
}

function sectionLabel(id: string, ui: UiText): string {
  return id === 'lede' ? ui.t('review.section.lede') : id === 'summary' ? ui.t('review.section.summary') : id === 'intro' ? ui.t('review.section.intro') : id;
}

/** Every entry found in the article, with its translator note, reader note and audience. */
function renderGlossary(input: ReviewEditionInput, hits: ReadonlyMap<string, PlacedHit[]>, ui: UiText): string {
  const used = new Map<string, PlacedHit>();
  for (const list of hits.values()) for (const p of list) if (!used.has(p.hit.term)) used.set(p.hit.term, p);
  if (!used.size) return '';
  const items = [...used.values()]
    .sort((a, b) => a.hit.term.localeCompare(b.hit.term, 'de'))
    .map((p) => {
      const e = p.entry;
      const note = e?.note ? ` <span class="note">— ${escapeHtml(e.note)}</span>` : '';
      const reader = e?.readerNote ? ` <span class="note">${escapeHtml(ui.t('review.glossary.readerNote'))} ${escapeHtml(e.readerNote)}</span>` : '';
      return `<dt lang="${escapeHtml(input.sourceLanguage)}">${escapeHtml(p.hit.term)}</dt><dd><span lang="${escapeHtml(input.targetLanguage)}">${escapeHtml(p.hit.en.join(' · '))}</span> <span class="note">(${escapeHtml(ui.t(`review.glossary.audience.${audienceOf(e)}`))})</span>${note}${reader}</dd>`;
    });
  return `<section class="glossary" aria-labelledby="glossary-h">\n<h2 id="glossary-h">${escapeHtml(ui.t('glossary.heading'))}</h2>\n<dl>\n${items.join('\n')}\n</dl>\n</section>`;
}
