// One document's aligned units (+ the whole project, for consistency, the name table, for entity
// parity, and the project's reviewed waivers) → QA diagnostics, each also attached to its unit; a
// finding a waiver covers comes back as a suppressed info. Units without English are not checked.
import type { Diagnostic, Place } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import type { TermWaiver } from '../glossary/types.js';
import { applyWaivers, type WaiverContext } from '../glossary/waivers.js';
import { normalizeKey } from '../match/normalize-key.js';
import { createLineIndex } from '../util/line-index.js';
import { checkUnit } from './unit-checks.js';
import { checkEntities } from './entity-parity.js';
import type { NameTable } from './name-table.js';
import { clip } from '../util/clip.js';
import { indexRenderings, listRenderings, type RenderingIndex, type TranslationLookup } from './rendering-index.js';

/** Indexes every English of the project by its normalised German (for `inconsistent-translation`). */
export function indexTranslations(project: CheckContext['project']): RenderingIndex {
  return indexRenderings(project.map((doc) => listRenderings(doc.source, doc.units)));
}

export interface CheckContext {
  /** Every document of the project, for cross-document checks (inconsistent translations). */
  project: ReadonlyArray<{ source: SourceDocument; units: readonly AlignedUnit[] }>;
  /** Names and exonyms for entity parity (createNameTable); without it entity parity is not checked. */
  names?: NameTable;
  /** Reviewed waivers (the glossary files' `waivers:`): those naming a QA rule apply here. */
  waivers?: readonly TermWaiver[];
  /** The project's renderings of each German (indexTranslations); built for the call when absent. */
  translations?: TranslationLookup;
}

/** What a waiver selects a QA finding of `unit` by: rule, unit id, German (raw and key form), English, document. */
export function checkWaiverContext(rule: string, unit: AlignedUnit, source: SourceDocument): WaiverContext {
  return { rule, unitId: unit.id, english: unit.en ?? '', german: unit.segment.text, germanKey: unit.segment.key, document: { path: source.path, slug: source.slug } };
}

/** Runs the QA checks on one document's units; findings are also attached to the units. */
export function checkDocument(source: SourceDocument, units: readonly AlignedUnit[], ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const translations = ctx.translations ?? indexTranslations(ctx.project);
  const { pointAt } = createLineIndex(source.text);
  const waivers = ctx.waivers ?? [];
  for (const unit of units) {
    if (unit.en === null) continue;
    const s = unit.segment;
    const place: Place = { start: { line: s.line, column: s.column, offset: s.start }, end: pointAt(s.end) };
    const where = unit.provenance ? ` (${unit.provenance.file})` : '';
    // The unit id is what `diglot waive` and a waiver's `unit:` take.
    const hintFor = (rule: string, hint: string | undefined): string =>
      `${hint ?? 'check the English'}${where}; if it is deliberate, record a reviewed waiver: diglot waive ${rule} --unit ${unit.id} --reason … --by …`;
    const findings = [...checkUnit(s.key, unit.en), ...(ctx.names ? checkEntities(s.key, unit.en, ctx.names, unit.terms) : [])];
    const found: Diagnostic[] = findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: `unit ${unit.id}: ${f.message}: "${clip(s.key)}"`,
      hint: hintFor(f.ruleId, f.hint),
      file: source.path,
      place,
      source: 'check',
    }));
    const o = translations.firstOther(normalizeKey(s.key), normalizeKey(unit.en));
    if (o) {
      found.push({
        ruleId: 'inconsistent-translation',
        severity: 'warning',
        message: `unit ${unit.id}: "${clip(s.key)}" is translated "${clip(unit.en)}" here but "${clip(o.en)}" in ${o.file}:${o.line}`,
        hint: hintFor('inconsistent-translation', 'use one translation for the same German (or reword one of the German sentences)'),
        file: source.path,
        place,
        source: 'check',
      });
    }
    const checked = found.map((d) => applyWaivers(d, waivers, checkWaiverContext(d.ruleId, unit, source)));
    unit.diagnostics.push(...checked);
    out.push(...checked);
  }
  return out;
}

/** Runs the QA checks on every document of `ctx.project` (the project's renderings indexed once). */
export function checkProject(ctx: CheckContext): Diagnostic[] {
  const translations = ctx.translations ?? indexTranslations(ctx.project);
  return ctx.project.flatMap((doc) => checkDocument(doc.source, doc.units, { ...ctx, translations }));
}
