// A unit + a candidate English (a suggestion, or what a reviewer typed) → the QA findings that English
// would get: term QA per occurrence and the per-unit checks of `diglot check`, the project's waivers
// applied. Pure. Entity parity and consistency across articles are left to `diglot check`: they need
// the whole project's name table and renderings, which a single decision does not change much.
import type { Diagnostic, Place } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import type { Glossary } from '../model/glossary.js';
import type { AlignedUnit } from '../model/unit.js';
import { applyWaivers, checkTermsInTarget, type TermWaiver } from '../glossary/index.js';
import { checkUnit, checkWaiverContext } from '../check/index.js';

export interface CandidateContext {
  glossary: Glossary;
  /** The project's reviewed waivers: a waived finding comes back as a suppressed info, as in `diglot check`. */
  waivers: readonly TermWaiver[];
}

/** The findings `en` would get as the English of `unit` (positions: the German segment). */
export function checkCandidate(unit: AlignedUnit, source: SourceDocument, en: string, ctx: CandidateContext): Diagnostic[] {
  const s = unit.segment;
  const place: Place = { start: { line: s.line, column: s.column, offset: s.start } };
  // the unit's term hits carry offsets into the source file; term QA wants them relative to the segment
  const terms = checkTermsInTarget({
    hits: unit.terms.map((h) => ({ ...h, start: h.start - s.start, end: h.end - s.start })),
    english: en,
    german: s.text,
    germanKey: s.key,
    document: { path: source.path, slug: source.slug },
    glossary: ctx.glossary,
    unitId: unit.id,
    file: source.path,
    place,
    waivers: [...ctx.waivers],
  });
  const waiverContext = (rule: string) => checkWaiverContext(rule, { ...unit, en }, source);
  const checks = checkUnit(s.key, en).map((f) =>
    applyWaivers(
      { ruleId: f.ruleId, severity: f.severity, message: `unit ${unit.id}: ${f.message}`, ...(f.hint ? { hint: f.hint } : {}), file: source.path, place, source: 'check' },
      ctx.waivers,
      waiverContext(f.ruleId),
    ),
  );
  return [...terms, ...checks];
}

/** Findings that still count: errors and warnings (a waived finding is an info). */
export function openFindings(findings: readonly Diagnostic[]): Diagnostic[] {
  return findings.filter((d) => d.severity !== 'info');
}
