// The index entries → `index.html`: a publishable list of every article (both titles, date, source,
// status and coverage, linked to its page) in the reader edition's style and under the same kind of
// hash-based CSP. Every user-supplied string passes through escapeHtml; hrefs are built from slugs.
import { escapeHtml } from './escape-html.js';
import { cspMeta } from './html-document.js';
import { READER_CSS } from './reader/reader-style.js';
import { createUiStrings, type UiText, type UiStrings } from './ui-text.js';
import type { IndexEntry } from './index-model.js';
import type { Counts } from '../report/index.js';

export interface IndexPageInput {
  /** The pages' own strings, loaded once for many pages (default: loaded for this page). */
  ui?: UiStrings;
  entries: readonly IndexEntry[];
  total: Counts;
  sourceLanguage: string;
  targetLanguage: string;
  /** Language of the page's own strings (default: English). */
  interfaceLanguage?: string;
  /** The publication's name, when every article names the same `source` (shown as the masthead). */
  publication?: string;
}

/** The index's own rules on top of the reader edition's stylesheet (colours from its variables). */
export const INDEX_CSS = `
.index-head h1 { margin-bottom: .3rem; }
.index-total { font: .9rem/1.4 var(--sans); color: var(--muted); margin: 0 0 1.5rem; }
.index-list { list-style: none; margin: 0; padding: 0; }
.index-item { border-top: 1px solid var(--line); padding: 1rem 0 .8rem; margin: 0; }
.index-item h2 { font-size: 1.3rem; margin: 0 0 .25rem; }
.index-item h2 a { text-decoration: none; }
.index-item h2 a:hover, .index-item h2 a:focus-visible { text-decoration: underline; }
.index-en { margin: 0 0 .4rem; color: var(--muted); font-style: italic; }
.index-meta { font: .85rem/1.5 var(--sans); color: var(--muted); margin: 0; display: flex; flex-wrap: wrap; gap: .2rem .9rem; align-items: baseline; }
.index-badge { display: inline-block; font-size: .72rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; border-radius: 3px; padding: 0 .4rem; }
.index-badge--complete { background: #e3f4e6; color: #1d5e2a; }
.index-badge--partial { background: #fff1d6; color: #6b3b00; }
.index-badge--untranslated { background: #fde7e5; color: #8f1a11; }
.index-empty { font-family: var(--sans); color: var(--muted); }
@media (prefers-color-scheme: dark) {
  .index-badge--complete { background: #173d20; color: #bfeac8; }
  .index-badge--partial { background: #44300c; color: #ffe2a8; }
  .index-badge--untranslated { background: #4a1a16; color: #ffd0cb; }
}
`;

/** Renders the index page. */
export function renderIndexPage(input: IndexPageInput): string {
  const ui = (input.ui ?? createUiStrings()).textFor(input.interfaceLanguage ?? 'en');
  const items = input.entries.map((e) => renderEntry(e, input, ui));
  const list = items.length ? `<ol class="index-list">\n${items.join('\n')}\n</ol>` : `<p class="index-empty">${escapeHtml(ui.t('index.empty'))}</p>`;
  const brand = input.publication ? `${escapeHtml(input.publication)} <span class="kicker">· ${escapeHtml(ui.t('page.kicker'))}</span>` : `<span class="kicker">${escapeHtml(ui.t('page.kicker'))}</span>`;
  return `<!doctype html>
<html lang="${escapeHtml(input.interfaceLanguage ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${cspMeta([READER_CSS, INDEX_CSS], [])}
<title>${escapeHtml(input.publication ? `${ui.t('index.heading')} · ${input.publication}` : ui.t('index.heading'))}</title>
<style>${READER_CSS}</style>
<style>${INDEX_CSS}</style>
</head>
<body>
<a class="skip" href="#articles">${escapeHtml(ui.t('index.skip'))}</a>
<div class="page">
<header class="masthead">
<p class="brand">${brand}</p>
</header>
<main id="articles" tabindex="-1">
<header class="index-head">
<h1>${escapeHtml(ui.t('index.heading'))}</h1>
<p class="index-total">${escapeHtml(ui.t('index.total', { articles: input.entries.length, percent: input.total.percent, translated: input.total.translated, segments: input.total.segments }))}</p>
</header>
${list}
</main>
<footer class="colophon"><p>${escapeHtml(ui.t('page.colophon'))}</p></footer>
</div>
</body>
</html>
`;
}

function renderEntry(e: IndexEntry, input: IndexPageInput, ui: UiText): string {
  const de = `<span lang="${escapeHtml(input.sourceLanguage)}">${escapeHtml(e.title.de)}</span>`;
  const heading = e.href ? `<a href="${escapeHtml(e.href)}">${de}</a>` : de;
  const en = e.title.en !== null ? `<p class="index-en" lang="${escapeHtml(input.targetLanguage)}">${escapeHtml(e.title.en)}</p>` : `<p class="index-en">${escapeHtml(ui.t('index.titleMissing'))}</p>`;
  const meta = [
    e.date ? `<time datetime="${escapeHtml(e.date)}">${escapeHtml(e.date)}</time>` : '',
    e.source ? `<span>${escapeHtml(ui.t('byline.source', { source: e.source }))}</span>` : '',
    e.author ? `<span>${escapeHtml(ui.t('byline.author', { author: e.author }))}</span>` : '',
    `<span class="index-badge index-badge--${e.status}">${escapeHtml(ui.t(`index.status.${e.status}`))}</span>`,
    `<span>${escapeHtml(ui.t('index.coverage', { percent: e.coverage.percent, translated: e.coverage.translated, segments: e.coverage.segments }))}${e.coverage.stale ? ` · ${escapeHtml(ui.t('index.stale', { stale: e.coverage.stale }))}` : ''}</span>`,
  ].filter(Boolean);
  return `<li class="index-item" id="${escapeHtml(`a-${e.slug}`)}">
<h2>${heading}</h2>
${en}
<p class="index-meta">${meta.join('\n')}</p>
</li>`;
}
