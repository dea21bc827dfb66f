// Term QA on the English target: for the German term hits of one aligned unit, checks that the English
// uses an approved rendering (English plural/possessive/capitalisation allowed) and no forbidden one.
// Returns diagnostics `term-missing-in-target` / `term-forbidden`; reviewed waivers turn them into info.
import type { Diagnostic, Place, Severity } from '../model/diagnostic.js';
import type { Glossary, GlossaryEntry, TermHit } from '../model/glossary.js';
import type { TermWaiver } from './types.js';
import { englishVerbForms } from './english-verb-forms.js';

export interface TargetCheckInput {
  hits: TermHit[];
  english: string;
  glossary: Glossary;
  unitId: string;
  file?: string;
  place?: Place;
  waivers?: TermWaiver[];
  /** The German segment text, so waivers can select it with `de:` (optional). */
  german?: string;
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

const squash = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
const foldDe = (s: string): string => squash(s).replace(/ß/g, 'ss');

/** The waiver that covers this finding, if any. */
export function findWaiver(waivers: readonly TermWaiver[], rule: string, term: string, unitId: string, english: string, german: string | undefined, surfaces: string[]): TermWaiver | undefined {
  return waivers.find((w) => {
    if (foldDe(w.term) !== foldDe(term)) return false;
    if (w.rule && w.rule !== rule) return false;
    if (w.unit === undefined && w.de === undefined) return false;
    if (w.unit !== undefined && w.unit !== unitId) return false;
    if (w.de !== undefined) {
      const de = foldDe(w.de);
      const inSentence = german !== undefined && foldDe(german).includes(de);
      if (!inSentence && !surfaces.some((s) => foldDe(s) === de)) return false;
    }
    if (w.en !== undefined && !squash(english).includes(squash(w.en))) return false;
    return true;
  });
}

function severityOf(entry: GlossaryEntry | undefined): Severity | null {
  const status = entry?.status?.toLowerCase();
  if (status === 'deprecated' || status === 'rejected') return null;
  return status === 'proposed' || status === 'draft' ? 'warning' : 'error';
}

/** Checks one unit's English against its German term hits. */
export function checkTermsInTarget(input: TargetCheckInput): Diagnostic[] {
  const { hits, english, glossary, unitId, file, place, waivers = [], german } = input;
  if (!english || !english.trim() || !hits.length) return [];
  const byTerm = new Map<string, TermHit[]>();
  for (const h of hits) {
    const list = byTerm.get(h.term);
    if (list) list.push(h);
    else byTerm.set(h.term, [h]);
  }
  const entries = new Map(glossary.entries.map((e) => [e.de, e]));
  const out: Diagnostic[] = [];
  const report = (rule: 'term-missing-in-target' | 'term-forbidden', term: string, surfaces: string[], severity: Severity, message: string, hint: string): void => {
    const waiver = findWaiver(waivers, rule, term, unitId, english, german, surfaces);
    if (waiver) {
      out.push({ ruleId: rule, severity: 'info', message: `waived: ${message}`, hint: `${waiver.reason} (reviewed by ${waiver.reviewer}, ${waiver.date})`, file, place, source: 'terms' });
    } else out.push({ ruleId: rule, severity, message, hint, file, place, source: 'terms' });
  };
  for (const [term, list] of byTerm) {
    const entry = entries.get(term);
    const severity = severityOf(entry);
    if (!severity) continue;
    const approved = entry?.en ?? list[0].en;
    const surfaces = [...new Set(list.map((h) => h.surface))];
    const verb = /\bverb\b/i.test(entry?.pos ?? '');
    const found = findRenderings(english, approved, { verb });
    if (!found.length) {
      report(
        'term-missing-in-target',
        term,
        surfaces,
        severity,
        `unit ${unitId}: "${surfaces.join('", "')}" (${term}) is not rendered as ${approved.map((a) => `"${a}"`).join(' or ')} in the English`,
        'use an approved rendering, or record a reviewed waiver in the glossary',
      );
    }
    const bad = findRenderings(english, entry?.forbidden ?? [], { verb }).filter((f) => !found.some((a) => a.start <= f.start && f.end <= a.end));
    for (const f of bad) {
      report(
        'term-forbidden',
        term,
        surfaces,
        severity,
        `unit ${unitId}: "${english.normalize('NFC').slice(f.start, f.end)}" is a forbidden rendering of ${term}`,
        `use ${approved.map((a) => `"${a}"`).join(' or ')}`,
      );
    }
  }
  return out;
}
