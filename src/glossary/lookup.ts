// Glossary look-up and concordance: finds entries by German (any inflected or compound form, ß/ss),
// by English rendering, or by typo-tolerant edit distance, ranked; and lists an entry's occurrences in
// segmented German sources with path:line:col, sentence and aligned English.
import { DiglotError } from '../model/diagnostic.js';
import type { Glossary, GlossaryEntry, TermHit } from '../model/glossary.js';
import { createLineIndex, type LineIndex } from '../util/line-index.js';
import type { TermMatcher } from './compile.js';
import { foldString } from './fold-text.js';
import { matchTerms } from './match.js';
import { renderingPattern } from './target-check.js';
import type { LookupMatch, Occurrence } from './types.js';
import { editDistance } from '../util/edit-distance.js';

export { editDistance };

/** Longest query (characters, after trimming): a term, a phrase or a sentence; longer is a usage error. */
export const MAX_QUERY_LENGTH = 1000;

/** Finds entries for `query`, best first (score 0–1). Throws DiglotError `lookup-query-too-long` beyond MAX_QUERY_LENGTH. */
export function lookupGlossary(glossary: Glossary, matcher: TermMatcher, query: string, opts: { limit?: number } = {}): LookupMatch[] {
  const limit = opts.limit ?? 10;
  const q = query.normalize('NFC').trim().replace(/\s+/g, ' ');
  // a 100,000-character query made one regular expression per rendering too large to compile (exit 70)
  if (q.length > MAX_QUERY_LENGTH) {
    throw new DiglotError({
      ruleId: 'lookup-query-too-long',
      severity: 'error',
      message: `the query has ${q.length} characters; diglot looks up at most ${MAX_QUERY_LENGTH} (a term, a phrase or a sentence)`,
      hint: 'look up a term; to find the terms of a text, use `diglot terms FILE`',
      source: 'glossary',
    });
  }
  if (!q) return [];
  const fq = foldString(q);
  const best = new Map<GlossaryEntry, LookupMatch>();
  const offer = (entry: GlossaryEntry, score: number, via: LookupMatch['via']): void => {
    const old = best.get(entry);
    if (!old || score > old.score) best.set(entry, { entry, score, via });
  };
  const byDe = new Map(glossary.entries.map((e) => [e.de, e]));

  for (const e of glossary.entries) {
    if ([e.de, ...e.variants].some((f) => foldString(f) === fq)) offer(e, 1, 'de');
    for (const en of e.en) {
      if (foldString(en) === fq) offer(e, 1, 'en');
      else {
        const re = renderingPattern(en);
        re.lastIndex = 0;
        const m = re.exec(q);
        if (m && m[0].length === q.length) offer(e, 0.95, 'en');
        else if (fq.length >= 3 && new RegExp(`(?<![\\p{L}])${fq.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(foldString(en))) offer(e, 0.6, 'en');
      }
    }
  }
  // German in any form: run the matcher on the query as written and with a capital (queries are often lower case).
  const capitalised = q[0].toUpperCase() + q.slice(1);
  for (const text of new Set([q, capitalised])) {
    for (const h of matchTerms(matcher, text)) {
      const entry = byDe.get(h.term);
      if (!entry) continue;
      const whole = h.start === 0 && h.end === text.length;
      const own = foldString(h.surface) === fq && h.surface.length <= entry.de.length + 4;
      offer(entry, whole && own ? 0.97 : whole ? 0.85 : 0.7, 'de');
    }
  }
  // Typos: edit distance against every German form and English rendering, allowed distance grows with length.
  const maxD = Math.max(1, Math.floor(fq.length / 4));
  for (const e of glossary.entries) {
    let d = Infinity;
    let target = 1;
    for (const f of [e.de, ...e.variants, ...e.en]) {
      const ff = foldString(f);
      const dist = editDistance(fq, ff, maxD);
      if (dist < d) {
        d = dist;
        target = Math.max(ff.length, fq.length);
      }
    }
    if (d <= maxD) offer(e, Math.min(0.89, 0.9 * (1 - d / target)), 'fuzzy');
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entry.de.localeCompare(b.entry.de, 'de')).slice(0, limit);
}

export interface OccurrenceSource {
  path: string;
  text: string;
  /** The document's units with the term hits the pipeline put on them (offsets into `text`). */
  units: ReadonlyArray<{ segment: { start: number; end: number; text: string }; en: string | null; terms: readonly TermHit[] }>;
}

/**
 * Every occurrence of `entry` in the documents, in document order: read from the term hits the
 * pipeline computed once per unit (never matched again here), positioned in the source file.
 */
export function findOccurrences(entry: GlossaryEntry, sources: readonly OccurrenceSource[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const src of sources) {
    let index: LineIndex | undefined;
    for (const unit of src.units) {
      for (const h of unit.terms) {
        if (h.term !== entry.de) continue;
        index ??= createLineIndex(src.text);
        const p = index.pointAt(h.start);
        out.push({ path: src.path, line: p.line, column: p.column, text: h.surface, sentence: unit.segment.text, en: unit.en, start: h.start, end: h.end });
      }
    }
  }
  return out;
}
