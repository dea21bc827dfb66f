// Key-form text (placeholders `<1>…</1>`, `<2/>`) → text and placeholder tokens, and back. The one
// tokenizer every consumer of keys uses (Markdown restore, HTML rendering, interchange formats).
// Only tags listed in the segment's markup count as placeholders: any other `<n>` is literal text.
import type { InlineMarkup } from '../model/document.js';
import { TAG_FORM } from './segment-key.js';

export type InlineToken =
  | { kind: 'text'; text: string }
  /** `matched` is true when the open and close tags form a properly nested pair in this text. */
  | { kind: 'open'; id: number; matched: boolean; markup: InlineMarkup }
  | { kind: 'close'; id: number; matched: boolean; markup: InlineMarkup }
  | { kind: 'standalone'; id: number; markup: InlineMarkup };

/** Splits key-form text into text runs and the placeholders the markup list declares. */
export function tokenizeKey(text: string, markup: readonly InlineMarkup[]): InlineToken[] {
  const byId = new Map(markup.map((m) => [m.id, m]));
  const tokens: InlineToken[] = [];
  const seen = new Set<string>();
  let last = 0;
  for (const m of text.matchAll(TAG_FORM)) {
    const [whole, slash, num, selfClose] = m;
    if (slash && selfClose) continue; // `</1/>` is no tag form
    const id = Number(num);
    const def = byId.get(id);
    const kind = selfClose ? 'standalone' : slash ? 'close' : 'open';
    if (!def || def.paired === (kind === 'standalone')) continue;
    const once = `${kind}:${id}`;
    if (seen.has(once)) continue; // a second `<1>` is text: codes are unique within a segment
    seen.add(once);
    const at = m.index ?? 0;
    if (at > last) tokens.push({ kind: 'text', text: text.slice(last, at) });
    if (kind === 'standalone') tokens.push({ kind, id, markup: def });
    else tokens.push({ kind, id, matched: false, markup: def });
    last = at + whole.length;
  }
  if (last < text.length) tokens.push({ kind: 'text', text: text.slice(last) });
  markPairs(tokens);
  return tokens;
}

/** Marks open/close tokens that nest properly; the rest stay `matched: false` (isolated codes). */
function markPairs(tokens: InlineToken[]): void {
  const stack: Array<Extract<InlineToken, { kind: 'open' }>> = [];
  for (const t of tokens) {
    if (t.kind === 'open') stack.push(t);
    else if (t.kind === 'close') {
      const at = stack.findIndex((o) => o.id === t.id);
      if (at < 0) continue;
      if (at === stack.length - 1) {
        stack[at].matched = true;
        t.matched = true;
      }
      // an improperly nested pair stays isolated on both ends, as do the opens above it
      stack.length = at;
    }
  }
}

/** The key-form text of a token. */
export function tokenText(t: InlineToken): string {
  switch (t.kind) {
    case 'text':
      return t.text;
    case 'open':
      return `<${t.id}>`;
    case 'close':
      return `</${t.id}>`;
    default:
      return `<${t.id}/>`;
  }
}

/** Joins tokens back into key-form text. */
export function joinTokens(tokens: readonly InlineToken[]): string {
  return tokens.map(tokenText).join('');
}
