// Key text with numbered placeholders (`<1>…</1>`, `<2/>`) → tokens for the inline codes of each
// format, and back. Only tags listed in the segment's markup count as placeholders: any other
// `<n>` is literal text and is escaped like any other text, so it survives every round trip.
import type { InlineMarkup } from '../model/document.js';

export type InlineToken =
  | { kind: 'text'; text: string }
  /** `matched` is true when the open and close tags form a properly nested pair in this text. */
  | { kind: 'open'; id: number; matched: boolean; markup: InlineMarkup }
  | { kind: 'close'; id: number; matched: boolean; markup: InlineMarkup }
  | { kind: 'standalone'; id: number; markup: InlineMarkup };

// Only canonical numbers (no leading zero), so the text form of a token is exactly what was read.
const TAG = /<(\/?)([1-9]\d{0,8})(\/?)>/g;

/** Splits key-form text into text runs and the placeholders the markup list declares. */
export function tokenizeKey(text: string, markup: readonly InlineMarkup[]): InlineToken[] {
  const byId = new Map(markup.map((m) => [m.id, m]));
  const tokens: InlineToken[] = [];
  const seen = new Set<string>();
  let last = 0;
  for (const m of text.matchAll(TAG)) {
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

/** The native (Markdown) code a CAT tool shows for a token. */
export function nativeCode(t: Exclude<InlineToken, { kind: 'text' }>): string {
  if (t.kind === 'close') return t.markup.close ?? '';
  return t.markup.open;
}

export type CodeRole = 'open' | 'close' | 'standalone';

/**
 * Numbers inline codes read from a file: the number in the code's id when it ends in one (diglot's
 * own exports: `1`, `2-1`, `x1`), otherwise the next number free for that role. One numbering per
 * segment, shared by source and target so corresponding codes get the same number.
 */
export class PlaceholderNumbering {
  private readonly byId = new Map<string, number>();
  private readonly used = new Map<string, Set<number>>();

  /** The number for a code on one side (`source`/`target`); ids are shared across sides. */
  number(id: string | undefined, roles: readonly CodeRole[], side: 'source' | 'target'): number {
    const set = (r: CodeRole): Set<number> => {
      const k = `${side}:${r}`;
      let v = this.used.get(k);
      if (!v) this.used.set(k, (v = new Set()));
      return v;
    };
    const known = id === undefined ? undefined : this.byId.get(id);
    if (known !== undefined) {
      for (const r of roles) set(r).add(known);
      return known;
    }
    const m = id === undefined ? null : /(?:^|\D)([1-9]\d{0,8})$/.exec(id);
    const free = (n: number): boolean => roles.every((r) => !set(r).has(n));
    let n = m ? Number(m[1]) : 0;
    if (!n || !free(n)) {
      n = 1;
      while (!free(n)) n++;
    }
    for (const r of roles) set(r).add(n);
    if (id !== undefined) this.byId.set(id, n);
    return n;
  }
}
