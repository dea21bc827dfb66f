// Term-QA waivers: a finding's context → the reviewed waiver that covers it (unit id, German text in
// raw or key form, document, occurrence), and the waivers no finding used → `waiver-unused` warnings.
import type { Diagnostic, Place, Severity, Suppression } from '../model/diagnostic.js';
import type { TermWaiver } from './types.js';

export type WaivableRule = 'term-missing-in-target' | 'term-forbidden';

/** What a waiver is matched against: one term finding in one unit. */
export interface WaiverContext {
  rule: WaivableRule;
  /** Canonical German of the entry (its `de`). */
  term: string;
  unitId: string;
  english: string;
  /** The German segment as written (raw Markdown). */
  german?: string;
  /** The German segment's key form (`<1>…</1>` placeholders), as in the resource. */
  germanKey?: string;
  /** Document of the unit, for `document:` waivers (slug or path). */
  document?: { path: string; slug: string };
  /** 1-based German occurrence of the term in the unit that the finding is about. */
  occurrence?: number;
  /** Matched German surfaces of the term in the unit. */
  surfaces: string[];
}

/**
 * Folding for text selectors: NFC, whitespace runs as one space, case, ß/ss, and every kind of
 * quotation mark and apostrophe as one, so a waiver copied from the edition matches the source.
 */
export function foldWaiverText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/[«»„“”"]/g, '"')
    .replace(/[‚‘’‹›']/g, "'")
    .trim()
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

const normalizePath = (p: string): string => p.replace(/\\/g, '/').replace(/^\.\//, '');

/** True when the waiver's selectors all hold for this finding. */
export function waiverApplies(w: TermWaiver, ctx: WaiverContext): boolean {
  if (foldWaiverText(w.term) !== foldWaiverText(ctx.term)) return false;
  if (w.rule && w.rule !== ctx.rule) return false;
  if (w.unit === undefined && w.de === undefined && w.document === undefined) return false;
  if (w.unit !== undefined && w.unit !== ctx.unitId) return false;
  if (w.document !== undefined) {
    const doc = ctx.document;
    if (!doc || (w.document !== doc.slug && normalizePath(w.document) !== normalizePath(doc.path))) return false;
  }
  if (w.de !== undefined) {
    const de = foldWaiverText(w.de);
    const inSentence = [ctx.german, ctx.germanKey].some((t) => t !== undefined && foldWaiverText(t).includes(de));
    if (!inSentence && !ctx.surfaces.some((s) => foldWaiverText(s) === de)) return false;
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

const waiverKey = (file: string | undefined, line: number | undefined, column: number | undefined): string => `${file ?? ''}:${line ?? 0}:${column ?? 0}`;

/** Describes what a waiver selects, for messages: `unit lede-2, occurrence 2`. */
export function describeWaiver(w: TermWaiver): string {
  const parts = [
    w.unit !== undefined ? `unit ${w.unit}` : '',
    w.document !== undefined ? `document ${w.document}` : '',
    w.de !== undefined ? `German containing "${w.de.length > 40 ? `${w.de.slice(0, 39)}…` : w.de}"` : '',
    w.occurrence !== undefined ? `occurrence ${w.occurrence}` : '',
    w.rule ?? '',
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
      message: `the waiver for "${w.term}" (${describeWaiver(w)}) matches no finding`,
      hint: 'the unit id or German may have changed, or the English now uses an approved rendering: update the waiver or delete it',
      file: w.origin?.file,
      place: originPlace(w),
      source: 'glossary',
    }));
}
