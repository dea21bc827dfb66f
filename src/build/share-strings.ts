// One copy of each repeated string in what a build holds for every article to its end: each finding
// arrives with its own copy of its rule id, severity, stage, file and hint (JSON.parse of a cached
// head, or a worker's message), and a 10,000-article build holds some 200,000 findings. A message
// is left as it is: it quotes the article's text, so copies rarely repeat in a real project.
import type { Diagnostic } from '../model/diagnostic.js';
import type { RenderingRow } from '../check/index.js';
import type { MemoryRow } from '../match/index.js';
import type { ArticleResult } from './article-result.js';

export type Share = (s: string) => string;

/** A sharer for one build (a Map of the strings seen; let go with the build). */
export function createShare(): Share {
  const seen = new Map<string, string>();
  return (s) => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    seen.set(s, s);
    return s;
  };
}

/** Replaces the repeated fields of each finding with the shared copy (in place; same values). */
export function shareDiagnostics(list: Diagnostic[], share: Share): Diagnostic[] {
  for (const d of list) {
    d.ruleId = share(d.ruleId) as Diagnostic['ruleId'];
    d.severity = share(d.severity) as Diagnostic['severity'];
    if (d.hint !== undefined) d.hint = share(d.hint);
    if (d.file !== undefined) d.file = share(d.file);
    if (d.source !== undefined) d.source = share(d.source);
  }
  return list;
}

/** The findings an article's result holds (what a build keeps of it to its end). */
export type ResultFindings = Pick<ArticleResult, 'segmentDiagnostics' | 'matchDiagnostics' | 'checkDiagnostics' | 'require'>;

/** shareDiagnostics over every list of findings of an article's result (in place). */
export function shareResultFindings<T extends ResultFindings>(r: T, share: Share): T {
  for (const list of [r.segmentDiagnostics, r.matchDiagnostics, r.checkDiagnostics, r.require]) shareDiagnostics(list, share);
  return r;
}

/**
 * An article's rendering rows (from its builder) with their German and English replaced by the equal
 * strings of its memory rows (from its locale files), in place: the project's renderings and the
 * project memory then hold one copy of the article's sentence pairs, not two (a sentence pair's two
 * copies were a quarter of what a 3,000-article build held at its end). Only the article's own rows
 * are used: nothing is shared across articles.
 */
export function shareRowText(renderings: RenderingRow[], memoryRows: readonly MemoryRow[]): RenderingRow[] {
  if (!renderings.length || !memoryRows.length) return renderings;
  const byKey = new Map<string, MemoryRow>();
  for (const m of memoryRows) byKey.set(m[6] ?? m[2], m);
  for (const r of renderings) {
    const m = byKey.get(r[0]);
    if (!m) continue;
    r[0] = m[6] ?? m[2];
    if (r[1] === m[3]) r[1] = m[3];
  }
  return renderings;
}
