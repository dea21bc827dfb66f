// Inline codes of the interchange formats: the native Markdown code of a placeholder token and the
// numbering of codes read back from a file. Tokenizing keys is src/segment/placeholders.ts.
import { type InlineToken } from '../segment/placeholders.js';

export { tokenizeKey, tokenText, joinTokens, type InlineToken } from '../segment/placeholders.js';

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
