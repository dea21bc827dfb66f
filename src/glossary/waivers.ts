// Reviewed QA waivers: a finding's context → the waiver that covers it (term, rule, unit id, German
// text in raw or key form, document, English, occurrence), the finding turned into a suppressed info,
// and the waivers no finding used → `waiver-unused` warnings. Shared by term QA and the QA checks.
import type { Diagnostic, Place, Severity, Suppression } from '../model/diagnostic.js';
import { INVISIBLE, SPACE_RUN } from '../lang/normalize-text.js';
import type { TermWaiver } from './types.js';

/** The term-QA rules: a waiver for one of them names the term (`term:`); every other waiver names its rule. */
export const TERM_RULES = ['term-missing-in-target', 'term-forbidden'] as const;
export type TermRule = (typeof TERM_RULES)[number];

/** A rule id a waiver may name: a term rule, or a QA rule of `diglot check` (WAIVABLE_RULES in src/check/rules.ts). */
export type WaivableRule = string;

export const isTermRule = (rule: string): rule is TermRule => (TERM_RULES as readonly string[]).includes(rule);

/** What a waiver is matched against: one finding in one unit. */
export interface WaiverContext {
  rule: WaivableRule;
  /** Canonical German of the entry (its `de`), for term findings; absent for the QA checks. */
  term?: string;
  unitId: string;
  english: string;
  /** The German segment as written (raw Markdown). */
  german?: string;
  /** The German segment's key form (`<1>…</1>` placeholders), as in the resource. */
  germanKey?: string;
  /** Document of the unit, for `document:` waivers (slug or path). */
  document?: { path: string; slug: string };
  /** 1-based German occurrence of the term in the unit that the finding is about (term findings). */
  occurrence?: number;
  /** Matched German surfaces of the term in the unit (term findings). */
  surfaces?: string[];
}

/**
 * Folding for text selectors: NFC, whitespace runs as one space, case, ß/ss, and every kind of
 * quotation mark and apostrophe as one, so a waiver copied from the edition matches the source.
 */
export function foldWaiverText(s: string): string {
  return s
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SPACE_RUN, ' ')
    .replace(/[«»„“”"]/g, '"')
    .replace(/[‚‘’‹›']/g, "'")
    .trim()
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

const normalizePath = (p: string): string => p.replace(/\\/g, '/').replace(/^\.\//, '');

/**
 * True when the waiver's selectors all hold for this finding. A term waiver (`term:`) covers only
 * findings of that term; a waiver without `term` covers only findings of its `rule`, never a term
 * finding, so a QA waiver cannot silence term QA by accident (and the other way round).
 */
export function waiverApplies(w: TermWaiver, ctx: WaiverContext): boolean {
  if (w.term !== undefined) {
    if (ctx.term === undefined || foldWaiverText(w.term) !== foldWaiverText(ctx.term)) return false;
    if (w.rule && w.rule !== ctx.rule) return false;
  } else if (ctx.term !== undefined || w.rule !== ctx.rule) return false;
  if (w.unit === undefined && w.de === undefined && w.document === undefined) return false;
  if (w.unit !== undefined && w.unit !== ctx.unitId) return false;
  if (w.document !== undefined) {
    const doc = ctx.document;
    if (!doc || (w.document !== doc.slug && normalizePath(w.document) !== normalizePath(doc.path))) return false;
  }
  if (w.de !== undefined) {
    const de = foldWaiverText(w.de);
    const inSentence = [ctx.german, ctx.germanKey].some((t) => t !== undefined && foldWaiverText(t).includes(de));
    if (!inSentence && !(ctx.surfaces ?? []).some((s) => foldWaiverText(s) === de)) return false;
  }
  if (w.en !== undefined && !foldWaiverText(ctx.english).includes(foldWaiverText(w.en))) return false;
  if (w.occurrence !== undefined && w.occurrence !== ctx.occurrence) return false;
  return true;
}

/** The first waiver that covers this finding, if any. */
export function findWaiver(waivers: readonly TermWaiver[], ctx: WaiverContext): TermWaiver | undefined {
  return waivers.find((w) => waiverApplies(w, ctx));
}

const originPlace = (w: TermWaiver): Place | undefined => (w.origin ? { start: { line: w.origin.line, column: w.origin.column, offset: 0 } } : undefined);

/** The suppression a waiver puts on a finding of `severity` (SARIF: `external`, in a glossary file). */
export function suppressionOf(w: TermWaiver, severity: Severity): Suppression {
  const place = originPlace(w);
  return {
    kind: 'external',
    justification: w.reason,
    by: w.reviewer,
    date: w.date,
    severity,
    ...(w.origin ? { file: w.origin.file } : {}),
    ...(place ? { place } : {}),
  };
}

/**
 * The finding as a waiver leaves it: an `info` that says `waived:`, with the reason and reviewer as
 * its hint and a suppression that keeps the severity it had (SARIF shows it as suppressed).
 */
export function waiveFinding(d: Diagnostic, w: TermWaiver): Diagnostic {
  return { ...d, severity: 'info', message: `waived: ${d.message}`, hint: `${w.reason} (reviewed by ${w.reviewer}, ${w.date})`, suppression: suppressionOf(w, d.severity) };
}

/** `d` waived by the first waiver that covers it (`ctx` says what it is about), or `d` unchanged. */
export function applyWaivers(d: Diagnostic, waivers: readonly TermWaiver[], ctx: WaiverContext): Diagnostic {
  const w = waivers.length ? findWaiver(waivers, ctx) : undefined;
  return w ? waiveFinding(d, w) : d;
}

const waiverKey = (file: string | undefined, line: number | undefined, column: number | undefined): string => `${file ?? ''}:${line ?? 0}:${column ?? 0}`;

/** Describes what a waiver selects, for messages: `unit lede-2, occurrence 2`. */
export function describeWaiver(w: TermWaiver): string {
  const parts = [
    w.unit !== undefined ? `unit ${w.unit}` : '',
    w.document !== undefined ? `document ${w.document}` : '',
    w.de !== undefined ? `German containing "${w.de.length > 40 ? `${w.de.slice(0, 39)}…` : w.de}"` : '',
    w.occurrence !== undefined ? `occurrence ${w.occurrence}` : '',
    w.term !== undefined ? (w.rule ?? '') : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/**
 * Waivers that covered no finding of the run (`waiver-unused`, warning at the waiver): the unit id
 * or text changed, or the English was fixed; a stale waiver would otherwise hide a future finding.
 */
export function reportUnusedWaivers(waivers: readonly TermWaiver[], findings: readonly Diagnostic[]): Diagnostic[] {
  const used = new Set<string>();
  for (const d of findings) {
    const s = d.suppression;
    if (s) used.add(waiverKey(s.file, s.place?.start.line, s.place?.start.column));
  }
  return waivers
    .filter((w) => w.origin && !used.has(waiverKey(w.origin.file, w.origin.line, w.origin.column)))
    .map((w) => ({
      ruleId: 'waiver-unused',
      severity: 'warning' as const,
      message: `the waiver for ${w.term !== undefined ? `"${w.term}"` : w.rule} (${describeWaiver(w)}) matches no finding`,
      hint:
        w.term !== undefined
          ? 'the unit id or German may have changed, or the English now uses an approved rendering: update the waiver or delete it'
          : `the unit id or German may have changed, or the English no longer gives ${w.rule}: update the waiver or delete it`,
      file: w.origin?.file,
      place: originPlace(w),
      source: 'glossary',
    }));
}
