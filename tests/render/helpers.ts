// Builds the inputs of the page renderers from Markdown and an English map, without a project on disk.
import { segmentDocument } from '../../src/segment/index.js';
import { matchUnits } from '../../src/match/index.js';
import { computeCoverage } from '../../src/report/index.js';
import { compileGlossary, matchTerms } from '../../src/glossary/index.js';
import type { GlossaryEntry } from '../../src/model/glossary.js';
import type { IncompletePolicy } from '../../src/config/index.js';

/** Segments `md`, matches `en`, and puts term hits on the units the way the pipeline does (source offsets). */
export function editionInput(md: string, en: Record<string, string>, opts: { entries?: GlossaryEntry[]; policy?: IncompletePolicy; path?: string } = {}) {
  const file = opts.path ?? 'article.md';
  const { document } = segmentDocument({ path: file, text: md });
  const { units } = matchUnits(document, { file: 'article.json', entries: new Map(Object.entries(en)) });
  const entries = opts.entries ?? [];
  if (entries.length) {
    const matcher = compileGlossary({ entries });
    for (const u of units) u.terms = matchTerms(matcher, u.segment.text).map((h) => ({ ...h, start: h.start + u.segment.start, end: h.end + u.segment.start }));
  }
  const coverage = computeCoverage([{ source: document, units }]).documents[0];
  return { source: document, units, coverage, glossary: { entries }, sourceLanguage: 'de', targetLanguage: 'en', policy: opts.policy ?? ('german-only' as IncompletePolicy) };
}

/** A glossary entry with defaults for the fields a test does not care about. */
export function entry(de: string, en: string | string[], extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { de, en: Array.isArray(en) ? en : [en], forbidden: [], variants: [], match: 'inflect', ...extra };
}

/** The HTML of the element with this id (first match), for assertions on one part of a page. */
export function elementById(html: string, id: string): string {
  const at = html.indexOf(`id="${id}"`);
  if (at < 0) return '';
  const open = html.lastIndexOf('<', at);
  const tag = /^<([a-z0-9]+)/.exec(html.slice(open))?.[1] ?? 'div';
  let depth = 0;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = open;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(open, m.index + m[0].length);
  }
  return html.slice(open);
}
