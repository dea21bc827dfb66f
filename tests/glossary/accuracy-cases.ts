// Reads the hand-made accuracy cases (tests/fixtures/glossary/accuracy/cases.txt) and scores a matcher
// on them: recall and precision per kind, over (term, surface) multisets, plus the misses and extras.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileGlossary, matchTerms, parseGlossary, type CompileOptions, type TermMatcher } from '../../src/glossary/index.js';

export interface AccuracyCase {
  id: string;
  kind: string;
  text: string;
  expected: Array<{ term: string; surface: string }>;
}

const FIXTURES = fileURLToPath(new URL('../fixtures/glossary/accuracy/', import.meta.url));
const PLACEHOLDERS: Record<string, string> = { '{SHY}': '\u00ad', '{NBSP}': '\u00a0', '{NBH}': '\u2011', '{NL}': '\n', '{ZW}': '\u200b' };
const expand = (s: string): string => s.replace(/\{[A-Z]+\}/g, (m) => PLACEHOLDERS[m] ?? m);

/** Parses `kind|text|term=surface;…` lines; kind `nfd` cases are decomposed (text and surfaces). */
export function parseCases(text: string): AccuracyCase[] {
  const out: AccuracyCase[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [kind, raw, exp = ''] = line.split('|');
    const nf = (s: string): string => (kind === 'nfd' ? s.normalize('NFD') : s);
    const expected = exp.split(';').filter(Boolean).map((h) => {
      const i = h.indexOf('=');
      return { term: h.slice(0, i), surface: nf(expand(h.slice(i + 1))) };
    });
    out.push({ id: `a${String(out.length + 1).padStart(3, '0')}`, kind, text: nf(expand(raw)), expected });
  }
  return out;
}

export function loadAccuracyFixture(): { cases: AccuracyCase[]; glossaryText: string } {
  return { cases: parseCases(fs.readFileSync(`${FIXTURES}cases.txt`, 'utf8')), glossaryText: fs.readFileSync(`${FIXTURES}glossary.yaml`, 'utf8') };
}

const CLASSES = fileURLToPath(new URL('../fixtures/glossary/classes/', import.meta.url));

/** One class of the issue-15 sets: its glossary and its cases (kind `pos` or `neg`). */
export interface ClassSet {
  name: string;
  glossaryText: string;
  cases: AccuracyCase[];
}

/** Reads every class folder of tests/fixtures/glossary/classes (glossary.yaml + cases.txt). */
export function loadClassSets(): ClassSet[] {
  return fs
    .readdirSync(CLASSES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      glossaryText: fs.readFileSync(`${CLASSES}${name}/glossary.yaml`, 'utf8'),
      cases: parseCases(fs.readFileSync(`${CLASSES}${name}/cases.txt`, 'utf8')).map((c) => ({ ...c, id: `${name}-${c.id.slice(1)}` })),
    }));
}

/**
 * The literal baseline: every entry form (canonical and variants) as a case-insensitive whole word
 * or phrase, what a search-and-replace term checker does.
 */
export function literalMatcher(glossaryText: string): (text: string) => Array<{ term: string; surface: string; start: number; end: number }> {
  const entries = parseGlossary(glossaryText, 'literal.yaml').entries;
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = entries.map((e) => ({ term: e.de, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${[e.de, ...e.variants].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu') }));
  return (text) => patterns.flatMap(({ term, re }) => [...text.matchAll(re)].map((m) => ({ term, surface: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })));
}

export function compileAccuracyGlossary(glossaryText: string, options?: CompileOptions): TermMatcher {
  return compileGlossary({ entries: parseGlossary(glossaryText, 'accuracy/glossary.yaml').entries }, options);
}

export interface Score {
  expected: number;
  predicted: number;
  tp: number;
}

export interface AccuracyReport {
  byKind: Map<string, Score & { cases: number }>;
  total: Score & { cases: number };
  misses: Array<{ c: AccuracyCase; term: string; surface: string }>;
  extras: Array<{ c: AccuracyCase; term: string; surface: string }>;
  offsetErrors: number;
}

/** Scores any hit function on the cases (also used for baselines). */
export function scoreCases(cases: AccuracyCase[], find: (text: string) => Array<{ term: string; surface: string; start?: number; end?: number }>): AccuracyReport {
  const byKind = new Map<string, Score & { cases: number }>();
  const total = { cases: 0, expected: 0, predicted: 0, tp: 0 };
  const misses: AccuracyReport['misses'] = [];
  const extras: AccuracyReport['extras'] = [];
  let offsetErrors = 0;
  for (const c of cases) {
    const hits = find(c.text);
    const open = c.expected.map((e) => ({ ...e, used: false }));
    let tp = 0;
    for (const h of hits) {
      if (h.start !== undefined && c.text.slice(h.start, h.end) !== h.surface) offsetErrors++;
      const j = open.findIndex((e) => !e.used && e.term === h.term && e.surface === h.surface);
      if (j >= 0) { open[j].used = true; tp++; } else extras.push({ c, term: h.term, surface: h.surface });
    }
    for (const e of open) if (!e.used) misses.push({ c, term: e.term, surface: e.surface });
    const k = byKind.get(c.kind) ?? { cases: 0, expected: 0, predicted: 0, tp: 0 };
    byKind.set(c.kind, k);
    for (const t of [k, total]) { t.cases++; t.expected += c.expected.length; t.predicted += hits.length; t.tp += tp; }
  }
  return { byKind, total, misses, extras, offsetErrors };
}

export const recall = (s: Score): number => (s.expected ? s.tp / s.expected : 1);
export const precision = (s: Score): number => (s.predicted ? s.tp / s.predicted : 1);

export function scoreMatcher(cases: AccuracyCase[], matcher: TermMatcher): AccuracyReport {
  return scoreCases(cases, (t) => matchTerms(matcher, t));
}
