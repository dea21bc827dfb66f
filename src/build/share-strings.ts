// One copy of each repeated string in what a build holds for every article to its end: each finding
// arrives with its own copy of its rule id, severity, stage, file and hint (JSON.parse of a cached
// head, or a worker's message), and a 10,000-article build holds some 200,000 findings. A message
// is left as it is: it quotes the article's text, so copies rarely repeat in a real project.
import type { Diagnostic } from '../model/diagnostic.js';
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

/** The lists of findings an article's result holds (what a build keeps of it to its end). */
export const FINDING_LISTS = ['segmentDiagnostics', 'matchDiagnostics', 'checkDiagnostics', 'require'] as const;
export type ResultFindings = Pick<ArticleResult, (typeof FINDING_LISTS)[number]>;

/** shareDiagnostics over every list of findings of an article's result (in place). */
export function shareResultFindings<T extends ResultFindings>(r: T, share: Share): T {
  for (const list of FINDING_LISTS) shareDiagnostics(r[list], share);
  return r;
}
