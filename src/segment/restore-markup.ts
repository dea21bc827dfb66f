// Key-form text (an English translation with the German segment's placeholders) + the segment's
// markup → Markdown. Text is escaped so it stays literal; placeholders become their original
// Markdown syntax. Only ids listed in `markup` are placeholders: any other `<n>` is text.
import type { InlineMarkup } from '../model/document.js';
import { tokenizeKey, type InlineToken } from './placeholders.js';

type Token = InlineToken;

const EMPHASIS = new Set(['emphasis', 'strong', 'delete']);

/**
 * Restores Markdown: `restoreMarkup('A <1>bold</1> move<2/>', markup)` → `A **bold** move[^1]`.
 * A paired placeholder whose partner is missing or misnested is dropped (its syntax alone would show
 * as literal `**`); standalone ones are always kept.
 */
export function restoreMarkup(keyForm: string, markup: readonly InlineMarkup[]): string {
  const tokens = tokenize(keyForm, markup);
  let out = '';
  tokens.forEach((t, i) => {
    if (t.kind === 'text') {
      out += escapeText(t.text, out === '', tokens[i + 1]);
      return;
    }
    if (t.kind === 'standalone') {
      out += t.markup.open;
      return;
    }
    if (!t.matched) return;
    out += t.kind === 'open' ? openSyntax(t.markup, out) : closeSyntax(t.markup, tokens[i + 1]);
  });
  return out;
}

function tokenize(text: string, markup: readonly InlineMarkup[]): Token[] {
  const tokens = tokenizeKey(text, markup);
  moveSpacesOutOfEmphasis(tokens);
  return tokens;
}

/** `<1> bold </1>` would give `** bold **`, which is no emphasis: the spaces go outside. */
function moveSpacesOutOfEmphasis(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'open' && t.kind !== 'close') continue;
    if (!EMPHASIS.has(t.markup.type)) continue;
    if (t.kind === 'open') {
      const next = tokens[i + 1];
      const lead = next?.kind === 'text' ? /^\s+/.exec(next.text)?.[0] : undefined;
      if (next?.kind === 'text' && lead) {
        next.text = next.text.slice(lead.length);
        tokens.splice(i, 0, { kind: 'text', text: lead });
        i++;
      }
    } else {
      const prev = tokens[i - 1];
      const trail = prev?.kind === 'text' ? /\s+$/.exec(prev.text)?.[0] : undefined;
      if (prev?.kind === 'text' && trail) {
        prev.text = prev.text.slice(0, -trail.length);
        tokens.splice(i + 1, 0, { kind: 'text', text: trail });
      }
    }
  }
}

function openSyntax(m: InlineMarkup, before: string): string {
  // `_` does not open emphasis inside a word: use `*` there
  if (m.type === 'emphasis' || m.type === 'strong') {
    if (/^_+$/.test(m.open) && /[\p{L}\p{N}]$/u.test(before)) return m.open.replace(/_/g, '*');
  }
  return m.open;
}

function closeSyntax(m: InlineMarkup, next: Token | undefined): string {
  if (m.type === 'linkReference' && m.attrs?.referenceType !== 'full' && m.attrs?.label) {
    // a collapsed or shortcut reference takes its label from the text, which the translation changed
    return `][${m.attrs.label}]`;
  }
  if ((m.type === 'emphasis' || m.type === 'strong') && /^_+$/.test(m.close ?? '') && next?.kind === 'text' && /^[\p{L}\p{N}]/u.test(next.text)) {
    return (m.close ?? '').replace(/_/g, '*');
  }
  return m.close ?? '';
}

/** Escapes what Markdown would read as syntax, so the text renders as written. */
function escapeText(text: string, atStart: boolean, next: Token | undefined): string {
  let s = text.replace(/[\\`*_[\]~|]/g, '\\$&');
  s = s.replace(/<(?=[A-Za-z/!?])/g, '\\<').replace(/&(?=#?\w+;)/g, '\\&');
  // at the start of a block these would begin a heading, a quote or a list
  if (atStart) s = s.replace(/^(\s*)(?:([#>])|([+-])(?=\s|$)|(\d+)([.)])(?=\s|$))/, (_m, sp: string, a?: string, b?: string, num?: string, d?: string) => `${sp}${a ? `\\${a}` : b ? `\\${b}` : `${num}\\${d}`}`);
  // `!` right before a link's `[` would make it an image
  if (next && next.kind === 'open' && next.markup.open.startsWith('[')) s = s.replace(/!$/, '\\!');
  return s;
}
