// A string in key form (placeholders `<1>…</1>`, `<2/>`) + its markup + marked ranges → safe HTML:
// links keep their targets, footnote references link to their note, images are images.
import type { InlineMarkup, SourceDocument } from '../model/document.js';
import { escapeHtml, safeUrl } from './escape-html.js';
import { keyPlainText } from '../segment/key-offsets.js';
import { tokenizeKey } from '../segment/placeholders.js';

/** A range of the plain (placeholder-free) text to wrap, e.g. a glossary term. */
export interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
}

/**
 * What inline rendering needs beyond the key: which column it is for (footnote reference ids are
 * per column), the document's reference definitions and footnote labels, and a counter of the
 * footnote references already written (ids stay unique when a note is cited twice).
 */
export interface InlineContext {
  side: string;
  definitions?: SourceDocument['definitions'];
  /** Labels that have a definition in the document (a reference to any other label is not linked). */
  footnotes?: ReadonlySet<string>;
  footnoteRefs?: Map<string, number>;
}

/** The plain text of a key (placeholders removed): what term marks index (segment/key-offsets.ts). */
export function plainText(key: string, markup: readonly InlineMarkup[]): string {
  return keyPlainText({ key, markup });
}

/**
 * Renders key-form text as HTML. Marks that cross a placeholder boundary are dropped, and a mark
 * inside a link is rendered as plain text (an interactive mark inside a link would nest controls).
 */
export function renderKeyHtml(key: string, markup: readonly InlineMarkup[], marks: readonly Mark[] = [], ctx: InlineContext = { side: 'de' }): string {
  const tokens = tokenizeKey(key, markup);
  let pos = 0;
  let inLink = 0;
  let out = '';
  for (const t of tokens) {
    if (t.kind !== 'text') {
      // an unpaired open or close tag would leave broken HTML: only matched pairs become elements
      if (t.kind === 'standalone') out += atomHtml(t.markup, ctx);
      else if (t.matched) {
        if (isLink(t.markup)) inLink += t.kind === 'open' ? 1 : -1;
        out += t.kind === 'open' ? openHtml(t.markup, ctx) : closeHtml(t.markup, ctx);
      }
      continue;
    }
    const from = pos;
    const to = pos + t.text.length;
    let cursor = from;
    for (const mk of inLink ? [] : marks) {
      if (mk.start < from || mk.end > to || mk.start < cursor) continue;
      out += escapeHtml(t.text.slice(cursor - from, mk.start - from)) + mk.open + escapeHtml(t.text.slice(mk.start - from, mk.end - from)) + mk.close;
      cursor = mk.end;
    }
    out += escapeHtml(t.text.slice(cursor - from));
    pos = to;
  }
  return out;
}

/** Id of a footnote's note (shared by both columns) and of the n-th reference to it in one column. */
export const footnoteId = (label: string) => `fn-${idPart(label)}`;
export const footnoteRefId = (side: string, label: string, n = 1) => `fnref-${idPart(side)}-${idPart(label)}${n > 1 ? `-${n}` : ''}`;
const idPart = (s: string) => s.replace(/[^\p{L}\p{N}_-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}`);

/** mdast's identifier of a reference label (CommonMark: case-folded, whitespace collapsed). */
export const referenceId = (label: string) => label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase().toLowerCase();

function isLink(m: InlineMarkup): boolean {
  return m.type === 'link' || m.type === 'linkReference';
}

function linkTarget(m: InlineMarkup, ctx: InlineContext): { url: string; title?: string } | undefined {
  if (m.type === 'link') return m.attrs?.href !== undefined ? { url: m.attrs.href, ...(m.attrs.title ? { title: m.attrs.title } : {}) } : undefined;
  return m.attrs?.label ? ctx.definitions?.[referenceId(m.attrs.label)] : undefined;
}

function openHtml(m: InlineMarkup, ctx: InlineContext): string {
  if (isLink(m)) {
    const target = linkTarget(m, ctx);
    // a reference without a definition is no link in Markdown either
    if (!target) return '<span>';
    return `<a href="${escapeHtml(safeUrl(target.url))}"${target.title ? ` title="${escapeHtml(target.title)}"` : ''}>`;
  }
  const tag = TAGS[m.type];
  return tag ? `<${tag}>` : '<span>';
}

function closeHtml(m: InlineMarkup, ctx: InlineContext): string {
  if (isLink(m)) return linkTarget(m, ctx) ? '</a>' : '</span>';
  const tag = TAGS[m.type];
  return tag ? `</${tag}>` : '</span>';
}

function atomHtml(m: InlineMarkup, ctx: InlineContext): string {
  switch (m.type) {
    case 'inlineCode':
      return `<code>${escapeHtml(m.attrs?.code ?? m.attrs?.value ?? stripTicks(m.open))}</code>`;
    case 'break':
      return '<br>';
    case 'footnoteReference':
      return footnoteRefHtml(m.attrs?.label ?? '', ctx);
    case 'image':
      return imageHtml(m.attrs?.src, m.attrs?.alt ?? '', m.attrs?.title);
    case 'imageReference': {
      const def = m.attrs?.label ? ctx.definitions?.[referenceId(m.attrs.label)] : undefined;
      return imageHtml(def?.url, m.attrs?.alt ?? '', def?.title);
    }
    case 'html':
      // raw HTML is shown as the text it is, never executed (<br> is a line break)
      return /^<br\s*\/?>$/i.test((m.attrs?.html ?? m.open).trim()) ? '<br>' : `<span class="raw">${escapeHtml(m.open)}</span>`;
    default:
      return `<span class="raw">${escapeHtml(m.open)}</span>`;
  }
}

/** `<img>` for a URL that is safe to load; anything else shows its alt text. */
export function imageHtml(src: string | undefined, alt: string, title?: string): string {
  const url = src === undefined ? '#' : safeUrl(src);
  if (url === '#' || url === '') return `<span class="img-alt">${escapeHtml(alt || '')}</span>`;
  return `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"${title ? ` title="${escapeHtml(title)}"` : ''} loading="lazy">`;
}

function footnoteRefHtml(label: string, ctx: InlineContext): string {
  if (!ctx.footnotes?.has(label)) return `<sup class="fnref">${escapeHtml(label)}</sup>`;
  const refs = ctx.footnoteRefs ?? new Map<string, number>();
  const n = (refs.get(label) ?? 0) + 1;
  refs.set(label, n);
  return `<sup class="fnref"><a href="#${escapeHtml(footnoteId(label))}" id="${escapeHtml(footnoteRefId(ctx.side, label, n))}">${escapeHtml(label)}</a></sup>`;
}

const TAGS: Record<string, string> = { emphasis: 'em', strong: 'strong', delete: 'del' };
const stripTicks = (s: string) => s.replace(/^`+\s?|\s?`+$/g, '');
