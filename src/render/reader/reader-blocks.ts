// Block groups of one section → reader HTML: each structure as a German/English pair (paragraphs,
// headings, lists, quotations, tables) or one figure with a bilingual caption; every sentence a span
// that knows its counterpart (`data-u`) and, in German, is the target of the pair's permalink.
import type { AlignedUnit } from '../../model/unit.js';
import type { BlockView } from '../edition-model.js';
import type { BlockGroup } from '../block-groups.js';
import type { PlacedHit } from '../term-marks.js';
import type { UiText } from '../ui-text.js';
import { escapeHtml } from '../escape-html.js';
import { renderKeyHtml, type InlineContext, type Mark } from '../inline-html.js';

export type Side = 'de' | 'en';

export interface ReaderContext {
  /** Language tags of the two columns (lang attributes). */
  lang: Record<Side, string>;
  /** Strings in each column's language (notices written inside a column). */
  text: Record<Side, UiText>;
  /** Term hits to mark, per unit id. */
  hits: ReadonlyMap<string, PlacedHit[]>;
  /** Renders one term mark (the page numbers them and keeps the roving tab stop). */
  mark: (hit: PlacedHit) => Mark;
  inline: Record<Side, InlineContext>;
  /** Whether the current section shows its English. */
  showEnglish: boolean;
}

/** One top-level group as a pair of columns (a figure shares its image between them). */
export function renderGroup(g: BlockGroup, ctx: ReaderContext, extraClass = ''): string {
  if (g.type === 'figure') return renderFigure(g, ctx);
  const cls = `pair pair--${g.type === 'block' ? g.block.kind : g.type}${extraClass ? ` ${extraClass}` : ''}`;
  return `<div class="${cls}">${column('de', sideHtml(g, 'de', ctx), ctx)}${column('en', ctx.showEnglish ? sideHtml(g, 'en', ctx) : '', ctx)}</div>`;
}

/** A column cell; an empty one stays empty (CSS keeps its place side by side and hides it stacked). */
export function column(side: Side, html: string, ctx: ReaderContext, id?: string): string {
  return `<div class="${side}" lang="${escapeHtml(ctx.lang[side])}"${id ? ` id="${escapeHtml(id)}"` : ''}>${html}</div>`;
}

/** The sentences of a block in one language, each a span paired with its counterpart. */
export function sentences(units: readonly AlignedUnit[], side: Side, ctx: ReaderContext, cls = ''): string {
  return units
    .map((u, i) => {
      const c = `s${cls && i === units.length - 1 ? ` ${cls}` : ''}`;
      if (side === 'de') {
        const marks = (ctx.hits.get(u.id) ?? []).map(ctx.mark);
        return `<span class="${c}" id="${escapeHtml(u.id)}" data-u="${escapeHtml(u.id)}">${renderKeyHtml(u.segment.key, u.segment.markup, marks, ctx.inline.de)}</span>`;
      }
      if (u.en === null) return `<span class="${c} notice" data-u="${escapeHtml(u.id)}">${escapeHtml(ctx.text.en.t('missing.notice'))}</span>`;
      return `<span class="${c}" data-u="${escapeHtml(u.id)}">${renderKeyHtml(u.en, u.segment.markup, [], ctx.inline.en)}</span>`;
    })
    .join(' ');
}

function sideHtml(g: BlockGroup, side: Side, ctx: ReaderContext): string {
  switch (g.type) {
    case 'block':
      return blockHtml(g.block, side, ctx);
    case 'list': {
      const tag = g.ordered ? 'ol' : 'ul';
      const start = g.ordered && g.start !== 1 ? ` start="${g.start}"` : '';
      const items = g.items.map((it) => {
        const only = it.content.length === 1 && it.content[0].type === 'block' ? it.content[0].block : undefined;
        // a one-paragraph item is the item itself; several paragraphs keep their <p>s
        return `<li>${only ? sentences(only.units, side, ctx) : it.content.map((c) => sideHtml(c, side, ctx)).join('')}</li>`;
      });
      return `<${tag}${start}>${items.join('')}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${g.content.map((c) => sideHtml(c, side, ctx)).join('')}</blockquote>`;
    case 'table':
      return tableHtml(g, side, ctx);
    case 'figure':
      return `<figure class="figure">${g.image ? sentences(g.image.units, side, ctx) : ''}${g.caption.length ? `<figcaption>${captionHtml(g.caption, side, ctx)}</figcaption>` : ''}</figure>`;
  }
}

function blockHtml(b: BlockView, side: Side, ctx: ReaderContext): string {
  const inner = sentences(b.units, side, ctx);
  if (b.kind === 'heading') {
    const n = Math.min(6, Math.max(2, b.depth ?? 2));
    return `<h${n}>${inner}</h${n}>`;
  }
  if (b.kind === 'summary-title') return `<h2 id="summary-${side}">${inner}</h2>`;
  return `<p>${inner}</p>`;
}

function tableHtml(g: Extract<BlockGroup, { type: 'table' }>, side: Side, ctx: ReaderContext): string {
  const cell = (b: BlockView | undefined, tag: 'th' | 'td', col: number) => {
    const align = g.align[col] && g.align[col] !== 'left' ? ` class="align-${g.align[col]}"` : '';
    return `<${tag}${tag === 'th' ? ' scope="col"' : ''}${align}>${b ? sentences(b.units, side, ctx) : ''}</${tag}>`;
  };
  const head = g.cells[0] ?? [];
  const body = g.cells.slice(1);
  // the wrapper scrolls a wide table inside its column; focusable so keyboard users can scroll it
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="${escapeHtml(ctx.text[side].t('table.label'))}"><table><thead><tr>${head.map((b, c) => cell(b, 'th', c)).join('')}</tr></thead><tbody>${body
    .map((row) => `<tr>${row.map((b, c) => cell(b, 'td', c)).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
}

/**
 * A figure: the image once, the caption in both languages. The last sentence of a caption is the
 * photo credit when it reads like one ("Archivbild: KEYSTONE", "KEYSTONE", "Foto: Reuters").
 */
function renderFigure(g: Extract<BlockGroup, { type: 'figure' }>, ctx: ReaderContext): string {
  const image = g.image ? `<div class="figure-image" lang="${escapeHtml(ctx.lang.de)}">${sentences(g.image.units, 'de', { ...ctx, hits: new Map() })}</div>` : '';
  const caption = g.caption.length
    ? `<figcaption class="pair">${column('de', captionHtml(g.caption, 'de', ctx), ctx)}${column('en', ctx.showEnglish ? captionHtml(g.caption, 'en', ctx) : '', ctx)}</figcaption>`
    : '';
  return `<figure class="figure">${image}${caption}</figure>`;
}

function captionHtml(blocks: readonly BlockView[], side: Side, ctx: ReaderContext): string {
  return blocks
    .map((b, i) => {
      const last = i === blocks.length - 1 && b.units.length > 1 && isCredit(b.units[b.units.length - 1]) ? 'credit' : '';
      return sentences(b.units, side, ctx, last);
    })
    .join(' ');
}

const CREDIT_PREFIX = /^(?:archiv)?(?:bild|foto|photo|grafik|illustration)\b[^:.!?]{0,30}:\s*\S/i;
const AGENCY = /^[\p{Lu}\d][\p{Lu}\d .&/'’-]*$/u;

/** A photo credit: an agency in capitals, or "Bild:/Foto: …" without a sentence of its own. */
export function isCredit(u: AlignedUnit): boolean {
  const text = u.segment.key.trim();
  return CREDIT_PREFIX.test(text) || AGENCY.test(text);
}
