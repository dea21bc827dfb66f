// A string in key form (placeholders `<1>…</1>`, `<2/>`) + its markup + marked ranges → safe HTML.
import type { InlineMarkup } from '../model/document.js';
import { escapeHtml, safeUrl } from './escape-html.js';
import { tokenizeKey } from '../segment/placeholders.js';

/** A range of the plain (placeholder-free) text to wrap, e.g. a glossary term. */
export interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
}

/** The plain text of a key (placeholders removed): what term matching and marks index. */
export function plainText(key: string, markup: readonly InlineMarkup[]): string {
  return tokenizeKey(key, markup).map((t) => (t.kind === 'text' ? t.text : '')).join('');
}

/** Renders key-form text as HTML; marks that cross a placeholder boundary are dropped. */
export function renderKeyHtml(key: string, markup: readonly InlineMarkup[], marks: readonly Mark[] = []): string {
  const byId = new Map(markup.map((m) => [m.id, m]));
  const tokens = tokenizeKey(key, markup);
  let pos = 0;
  let out = '';
  for (const t of tokens) {
    if (t.kind !== 'text') {
      // an unpaired open or close tag would leave broken HTML: only matched pairs become elements
      if (t.kind === 'standalone' || t.matched) out += placeholderHtml(t.kind === 'standalone' ? 'void' : t.kind, byId.get(t.id));
      continue;
    }
    const from = pos;
    const to = pos + t.text.length;
    let cursor = from;
    for (const mk of marks) {
      if (mk.start < from || mk.end > to || mk.start < cursor) continue;
      out += escapeHtml(t.text.slice(cursor - from, mk.start - from)) + mk.open + escapeHtml(t.text.slice(mk.start - from, mk.end - from)) + mk.close;
      cursor = mk.end;
    }
    out += escapeHtml(t.text.slice(cursor - from));
    pos = to;
  }
  return out;
}

function placeholderHtml(kind: 'open' | 'close' | 'void', m: InlineMarkup | undefined): string {
  if (!m) return '';
  const tag = TAGS[m.type];
  if (kind === 'void') {
    if (m.type === 'inlineCode') return `<code>${escapeHtml(m.attrs?.value ?? stripTicks(m.open))}</code>`;
    if (m.type === 'break') return '<br>';
    if (m.type === 'footnoteReference') return `<sup class="fn">${escapeHtml(m.attrs?.label ?? '')}</sup>`;
    if (m.type === 'image') return `<span class="img-alt">[${escapeHtml(m.attrs?.alt ?? 'image')}]</span>`;
    return `<span class="raw">${escapeHtml(m.open)}</span>`;
  }
  if (m.type === 'link') return kind === 'open' ? `<a href="${escapeHtml(safeUrl(m.attrs?.url ?? '#'))}"${m.attrs?.title ? ` title="${escapeHtml(m.attrs.title)}"` : ''}>` : '</a>';
  if (!tag) return kind === 'open' ? '<span>' : '</span>';
  return kind === 'open' ? `<${tag}>` : `</${tag}>`;
}

const TAGS: Record<string, string> = { emphasis: 'em', strong: 'strong', delete: 'del' };
const stripTicks = (s: string) => s.replace(/^`+\s?|\s?`+$/g, '');
