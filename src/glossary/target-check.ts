// Term QA on the English target, per occurrence: for the German term hits of one aligned unit, counts
// each entry's German occurrences against its approved English renderings (English plural/possessive/
// capitalisation allowed) and reports every occurrence left without one, or rendered with a forbidden
// term, at the German term (start and end) with the English as related location. Returns diagnostics
// `term-missing-in-target` / `term-forbidden`; a reviewed waiver turns a finding into a suppressed info.
import type { Diagnostic, Place, Point, RelatedLocation, Severity } from '../model/diagnostic.js';
import type { Glossary, GlossaryEntry, TermHit } from '../model/glossary.js';
import type { TermWaiver } from './types.js';
import { englishVerbForms } from './english-verb-forms.js';
import { applyWaivers, type TermRule } from './waivers.js';

export interface TargetCheckInput {
  /** Term hits with offsets into `german` (the segment text). */
  hits: TermHit[];
  english: string;
  glossary: Glossary;
  unitId: string;
  file?: string;
  /** Place of the whole unit: used when `locate` is not given. */
  place?: Place;
  /**
   * Where the segment lies in its file: `offset` of the segment's first character and the file's
   * offset → line/column function, so findings sit exactly at the German term.
   */
  locate?: { offset: number; pointAt: (offset: number) => Point };
  /** Where the English is (the resource value), reported as related location. */
  englishLocation?: RelatedLocation;
  waivers?: TermWaiver[];
  /** The German segment text, so waivers can select it with `de:` (optional). */
  german?: string;
  /** The segment's key form, so waivers can select it with `de:` in key form (optional). */
  germanKey?: string;
  /** The unit's document, for `document:` waivers (optional). */
  document?: { path: string; slug: string };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const regexCache = new Map<string, RegExp>();

/**
 * Regex for an English rendering: any case, flexible spaces/hyphens, plural and possessive on the
 * last word. For a verb phrase (`verb: true`), the first word may be any form of the verb and up to
 * two words (an object) may stand between it and the rest: "sum up" → "summed the problem up".
 */
export function renderingPattern(rendering: string, opts: { verb?: boolean } = {}): RegExp {
  const cacheKey = `${opts.verb ? 'v' : 'n'}\u0000${rendering}`;
  const cached = regexCache.get(cacheKey);
  if (cached) return cached;
  const words = rendering.normalize('NFC').trim().split(/[\s\u00a0-]+/).filter(Boolean);
  if (opts.verb && words.length > 1) {
    const [verb, ...rest] = words;
    const head = `(?:${englishVerbForms(verb).map(escape).join('|')})`;
    const gap = `(?:[\\s\\u00a0]+[\\p{L}’'-]+){0,2}?`;
    const body = `${head}${gap}[\\s\\u00a0]+${rest.map(escape).join('[\\s\\u00a0\\u2010\\u2011-]+')}`;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
    regexCache.set(cacheKey, re);
    return re;
  }
  const last = words.pop() ?? '';
  const poss = `(?:['’]s|s['’]|['’])?`;
  let tail: string;
  if (/[^aeiou]y$/i.test(last)) tail = `${escape(last.slice(0, -1))}(?:y|ies)${poss}`;
  else if (/(s|x|z|ch|sh)$/i.test(last)) tail = `${escape(last)}(?:es)?${poss}`;
  else if (/man$/i.test(last)) tail = `${escape(last.slice(0, -3))}m[ae]n${poss}`;
  else tail = `${escape(last)}(?:s|es)?${poss}`;
  const body = [...words.map(escape), tail].join('[\\s\\u00a0\\u2010\\u2011-]+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
  regexCache.set(cacheKey, re);
  return re;
}

/** Spans of all occurrences of any of `renderings` in `text`. */
export function findRenderings(text: string, renderings: readonly string[], opts: { verb?: boolean } = {}): Array<{ start: number; end: number; rendering: string }> {
  const out: Array<{ start: number; end: number; rendering: string }> = [];
  const nfc = text.normalize('NFC');
  for (const r of renderings) {
    const re = renderingPattern(r, opts);
    re.lastIndex = 0;
    for (const m of nfc.matchAll(re)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, rendering: r });
  }
  return out;
}

function severityOf(entry: GlossaryEntry | undefined): Severity | null {
  const status = entry?.status?.toLowerCase();
  if (status === 'deprecated' || status === 'rejected') return null;
  return status === 'proposed' || status === 'draft' ? 'warning' : 'error';
}

interface Span {
  start: number;
  end: number;
}

/** Leftmost-longest spans that do not overlap: "foreign minister" and "minister" on one place count once. */
export function disjointSpans<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

const ordinal = (n: number): string => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;
const quoteAll = (xs: readonly string[]): string => xs.map((a) => `"${a}"`).join(' or ');

/**
 * Checks one unit's English against its German term hits, occurrence by occurrence: the i-th German
 * occurrence of an entry (in reading order) is paired with the i-th rendering of it in the English
 * (approved or forbidden, in reading order). An occurrence without a partner is `term-missing-in-target`,
 * one whose partner is forbidden is `term-forbidden`; forbidden renderings beyond the German count are
 * reported at the last occurrence. "Gipfel … Gipfel" ↔ "summit" gives one finding, at the second Gipfel.
 */
export function checkTermsInTarget(input: TargetCheckInput): Diagnostic[] {
  const { hits, english, glossary, unitId, file, waivers = [] } = input;
  if (!english || !english.trim() || !hits.length) return [];
  const byTerm = new Map<string, TermHit[]>();
  for (const h of hits) {
    const list = byTerm.get(h.term);
    if (list) list.push(h);
    else byTerm.set(h.term, [h]);
  }
  const entries = new Map(glossary.entries.map((e) => [e.de, e]));
  const nfcEnglish = english.normalize('NFC');
  const out: Diagnostic[] = [];
  const placeOf = (h: TermHit): Place | undefined => {
    const loc = input.locate;
    if (!loc) return input.place;
    return { start: loc.pointAt(loc.offset + h.start), end: loc.pointAt(loc.offset + h.end) };
  };
  const report = (rule: TermRule, term: string, hit: TermHit, occurrence: number, surfaces: string[], severity: Severity, message: string, hint: string): void => {
    const finding: Diagnostic = { ruleId: rule, severity, message, hint, file, place: placeOf(hit), source: 'terms', ...(input.englishLocation ? { related: [input.englishLocation] } : {}) };
    out.push(applyWaivers(finding, waivers, { rule, term, unitId, english, surfaces: [hit.surface, ...surfaces], occurrence, german: input.german, germanKey: input.germanKey, document: input.document }));
  };
  for (const [term, list] of byTerm) {
    const entry = entries.get(term);
    const severity = severityOf(entry);
    if (!severity) continue;
    const occurrences = [...list].sort((a, b) => a.start - b.start);
    const approved = entry?.en ?? occurrences[0].en;
    const surfaces = [...new Set(occurrences.map((h) => h.surface))];
    const verb = /\bverb\b/i.test(entry?.pos ?? '');
    const good = disjointSpans(findRenderings(english, approved, { verb }));
    const bad = disjointSpans(findRenderings(english, entry?.forbidden ?? [], { verb }).filter((f) => !good.some((a) => a.start < f.end && f.start < a.end)));
    const partners = [...good.map((s) => ({ ...s, forbidden: false })), ...bad.map((s) => ({ ...s, forbidden: true }))].sort((a, b) => a.start - b.start);
    const n = occurrences.length;
    occurrences.forEach((hit, i) => {
      const partner = partners[i];
      const which = n > 1 ? `the ${ordinal(i + 1)} of ${n} occurrences of "${hit.surface}" (${term})` : `"${hit.surface}" (${term})`;
      if (!partner) {
        const counted = good.length ? `; the English has ${good.length} approved rendering${good.length === 1 ? '' : 's'} for ${n} German occurrences` : '';
        report('term-missing-in-target', term, hit, i + 1, surfaces, severity, `unit ${unitId}: ${which} is not rendered as ${quoteAll(approved)} in the English${counted}`, 'use an approved rendering for every occurrence, or record a reviewed waiver in the glossary (diglot waive)');
      } else if (partner.forbidden) {
        report('term-forbidden', term, hit, i + 1, surfaces, severity, `unit ${unitId}: "${nfcEnglish.slice(partner.start, partner.end)}" is a forbidden rendering of ${which}`, `use ${quoteAll(approved)}`);
      }
    });
    for (const extra of partners.slice(n).filter((p) => p.forbidden)) {
      const hit = occurrences[n - 1];
      report('term-forbidden', term, hit, n, surfaces, severity, `unit ${unitId}: "${nfcEnglish.slice(extra.start, extra.end)}" is a forbidden rendering of ${term}`, `use ${quoteAll(approved)}`);
    }
  }
  return out;
}
