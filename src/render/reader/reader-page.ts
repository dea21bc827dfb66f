// One document's aligned units → the reader edition (<slug>.html): a publishable news page in German
// and English with reading modes, glossary marks for readers, footnotes, and no tool internals.
// Every user-supplied string passes through escapeHtml or renderKeyHtml.
import type { AlignedUnit } from '../../model/unit.js';
import { escapeHtml } from '../escape-html.js';
import { buildEditionView, type EditionPageInput, type SectionView } from '../edition-model.js';
import { collectFootnotes, groupBlocks, type FootnoteGroup } from '../block-groups.js';
import { footnoteId, footnoteRefId, type Mark } from '../inline-html.js';
import { readerHits, type PlacedHit, type ReaderMarks } from '../term-marks.js';
import { createUiStrings, type UiText } from '../ui-text.js';
import { cspMeta } from '../html-document.js';
import { column, renderGroup, sentences, type ReaderContext } from './reader-blocks.js';
import { READER_CSS } from './reader-style.js';
import { MODE_SCRIPT, PAGE_SCRIPT } from './reader-script.js';

export interface HtmlEditionInput extends EditionPageInput {
  /** Which glossary occurrences readers see marked (default `first`). */
  termMarks?: ReaderMarks;
}

const MODES = ['de', 'en', 'side', 'inter'] as const;

/** Renders the reader page. */
export function renderHtmlEdition(input: HtmlEditionInput): string {
  const { source, units, sourceLanguage: de, targetLanguage: en } = input;
  const strings = input.ui ?? createUiStrings();
  const ui = strings.textFor(input.interfaceLanguage ?? 'en');
  const view = buildEditionView(source.sections, input.coverage.sections, units, (i) => source.blocks[i], input.policy);
  const shown = new Set(view.flatMap((s) => s.blocks.flatMap((b) => b.units.map((u) => u.id))));
  const titleUnit = units.find((u) => u.block === 'title');
  const hits = readerHits(units.filter((u) => shown.has(u.id) || u === titleUnit), input.glossary, input.termMarks ?? 'first');
  const footnotes = view.flatMap((s) => collectFootnotes(s.blocks).map((f) => ({ ...f, showEnglish: s.showEnglish })));
  const labels = new Set(footnotes.map((f) => f.label));
  let tips = 0;
  const mark = (p: PlacedHit): Mark => {
    const id = `tip-${++tips}`;
    // one tab stop for all marks: the first is in the tab order, the script moves it (roving tabindex)
    return { start: p.start, end: p.end, open: `<span class="term" tabindex="${tips === 1 ? 0 : -1}" aria-describedby="${id}">`, close: `${tipHtml(p, id, en)}</span>` };
  };
  const ctx: ReaderContext = {
    lang: { de, en },
    text: { de: strings.textFor(de), en: strings.textFor(en) },
    hits,
    mark,
    inline: { de: { side: 'de', definitions: source.definitions, footnotes: labels, footnoteRefs: new Map() }, en: { side: 'en', definitions: source.definitions, footnotes: labels, footnoteRefs: new Map() } },
    showEnglish: true,
  };
  const headline = renderHeadline(input, titleUnit, ctx, ui);
  const body = view.map((s) => renderSection(s, { ...ctx, showEnglish: s.showEnglish })).join('\n');
  const notes = renderNotes(footnotes, ctx, ui);
  const glossary = renderGlossary(input, hits, ui);
  const titleDe = titleUnit ? titleUnit.segment.key : String(source.meta.title ?? source.slug);
  const title = `${plain(titleDe)}${titleUnit?.en ? ` · ${plain(titleUnit.en)}` : ''}`;
  const publication = typeof source.meta.source === 'string' ? source.meta.source : '';
  const hasTerms = [...hits.values()].some((h) => h.length > 0);
  const radios = MODES.map((m) => `<input type="radio" class="sr-only" name="mode" id="mode-${m}" value="${m}"${m === 'side' ? ' checked' : ''}>`).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(input.interfaceLanguage ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${cspMeta([READER_CSS], [MODE_SCRIPT, PAGE_SCRIPT])}
<title>${escapeHtml(title)}</title>
<style>${READER_CSS}</style>
</head>
<body>
<a class="skip" href="#article">${escapeHtml(ui.t('page.skip'))}</a>
${radios}
<script>${MODE_SCRIPT}</script>
<div class="page">
<header class="masthead">
<p class="brand">${publication ? `${escapeHtml(publication)} <span class="kicker">· ${escapeHtml(ui.t('page.kicker'))}</span>` : `<span class="kicker">${escapeHtml(ui.t('page.kicker'))}</span>`}</p>
<div class="modes" role="group" aria-labelledby="modes-label"><span class="modes-label" id="modes-label">${escapeHtml(ui.t('modes.label'))}:</span>
${MODES.map((m) => `<label for="mode-${m}">${escapeHtml(ui.t(`modes.${m}`))}</label>`).join('\n')}
</div>
${hasTerms ? `<p class="terms-hint">${escapeHtml(ui.t('terms.hint'))}</p>` : ''}
</header>
<main id="article" tabindex="-1">
<article class="article">
${headline}
${body}
${notes}
${glossary}
</article>
</main>
<footer class="colophon"><p>${escapeHtml(ui.t('page.colophon'))}</p></footer>
</div>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

function renderHeadline(input: HtmlEditionInput, titleUnit: AlignedUnit | undefined, ctx: ReaderContext, ui: UiText): string {
  const { meta } = input.source;
  const de = titleUnit ? sentences([titleUnit], 'de', ctx) : escapeHtml(String(meta.title ?? input.source.slug));
  const en = titleUnit?.en ? sentences([titleUnit], 'en', ctx) : '';
  const byline = [
    typeof meta.author === 'string' && meta.author ? escapeHtml(ui.t('byline.author', { author: meta.author })) : '',
    typeof meta.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(meta.date) ? `<time datetime="${escapeHtml(meta.date)}">${escapeHtml(meta.date.slice(0, 10))}</time>` : '',
    typeof meta.source === 'string' && meta.source ? escapeHtml(ui.t('byline.source', { source: meta.source })) : '',
  ].filter(Boolean);
  return `<header class="headline">
<div class="pair pair--title">${column('de', `<h1>${de}</h1>`, ctx)}${column('en', en ? `<h1>${en}</h1>` : '', ctx)}</div>
${byline.length ? `<p class="byline">${byline.join(' · ')}</p>` : ''}
</header>`;
}

/** A section: the lede's first paragraph is the standfirst, the summary box an aside; withheld English says so once. */
function renderSection(s: SectionView, ctx: ReaderContext): string {
  const groups = groupBlocks(s.blocks);
  const firstParagraph = s.section.kind === 'lede' ? groups.findIndex((g) => g.type === 'block' && g.block.kind === 'paragraph') : -1;
  const parts = groups.map((g, i) => renderGroup(g, ctx, i === firstParagraph ? 'standfirst' : ''));
  if (!s.showEnglish && parts.length) {
    const notice = `<div class="pair pair--notice">${column('de', '', ctx)}${column('en', `<p class="notice">${escapeHtml(ctx.text.en.t('withheld.notice'))}</p>`, ctx)}</div>`;
    const at = groups[0].type === 'block' && groups[0].block.kind === 'heading' ? 1 : 0;
    parts.splice(at, 0, notice);
  }
  const withheld = s.showEnglish ? '' : ' section--withheld';
  const id = `sec-${s.section.id}`;
  if (s.section.kind === 'summary') {
    const titled = s.blocks.some((b) => b.kind === 'summary-title');
    const labelledBy = titled ? ` aria-labelledby="summary-de${s.showEnglish ? ' summary-en' : ''}"` : '';
    return `<aside class="summary${withheld}" id="${escapeHtml(id)}"${labelledBy}>\n${parts.join('\n')}\n</aside>`;
  }
  const tag = s.section.kind === 'lede' ? 'div' : 'section';
  return `<${tag} class="section section--${escapeHtml(s.section.kind)}${withheld}" id="${escapeHtml(id)}">\n${parts.join('\n')}\n</${tag}>`;
}

function renderNotes(notes: Array<FootnoteGroup & { showEnglish: boolean }>, ctx: ReaderContext, ui: UiText): string {
  if (!notes.length) return '';
  const side = (n: FootnoteGroup, lang: 'de' | 'en') =>
    n.blocks
      .map((b, i) => {
        const label = i === 0 ? `<span class="fn-label">${escapeHtml(n.label)}</span> ` : '';
        const refs = ctx.inline[lang].footnoteRefs?.get(n.label) ? ` <a href="#${escapeHtml(footnoteRefId(lang, n.label))}" class="fn-back" aria-label="${escapeHtml(ctx.text[lang].t('notes.back'))}">↩</a>` : '';
        return `<p>${label}${sentences(b.units, lang, ctx)}${i === n.blocks.length - 1 ? refs : ''}</p>`;
      })
      .join('');
  const items = notes.map((n) => `<div class="pair pair--note" id="${escapeHtml(footnoteId(n.label))}">${column('de', side(n, 'de'), ctx)}${column('en', n.showEnglish ? side(n, 'en') : '', ctx)}</div>`);
  return `<section class="notes" aria-labelledby="notes-h">\n<h2 id="notes-h">${escapeHtml(ui.t('notes.heading'))}</h2>\n${items.join('\n')}\n</section>`;
}

/** The reader's glossary: the entries marked in the text, with their reader notes (never the translator's). */
function renderGlossary(input: HtmlEditionInput, hits: ReadonlyMap<string, PlacedHit[]>, ui: UiText): string {
  const marked = new Map<string, PlacedHit>();
  for (const list of hits.values()) for (const p of list) if (!marked.has(p.hit.term)) marked.set(p.hit.term, p);
  if (!marked.size) return '';
  const items = [...marked.values()]
    .sort((a, b) => a.hit.term.localeCompare(b.hit.term, 'de'))
    .map((p) => {
      const note = p.entry?.readerNote ? ` <span class="note">${escapeHtml(p.entry.readerNote)}</span>` : '';
      return `<dt lang="${escapeHtml(input.sourceLanguage)}">${escapeHtml(p.hit.term)}</dt><dd lang="${escapeHtml(input.targetLanguage)}">${escapeHtml(p.hit.en.join(', '))}${note ? ` —${note}` : ''}</dd>`;
    });
  return `<section class="glossary" aria-labelledby="glossary-h">\n<h2 id="glossary-h">${escapeHtml(ui.t('glossary.heading'))}</h2>\n<p>${escapeHtml(ui.t('glossary.intro'))}</p>\n<dl>\n${items.join('\n')}\n</dl>\n</section>`;
}

function tipHtml(p: PlacedHit, id: string, en: string): string {
  const note = p.entry?.readerNote ? ` ${escapeHtml(p.entry.readerNote)}` : '';
  return `<span class="term-tip" role="tooltip" id="${id}" lang="${escapeHtml(en)}"><b>${escapeHtml(p.hit.en.join(', '))}</b>${note ? ` —${note}` : ''}</span>`;
}

/** Key-form text as plain text for <title> (placeholders dropped). */
const plain = (key: string) => key.replace(/<\/?\d+\/?>/g, '');
