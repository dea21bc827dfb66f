// A checked project + a waiver request (`diglot waive`) → the glossary file to write, the waiver and
// the current findings it covers: a term waiver goes to the file that defines the term, a waiver of a
// QA check (entity-extra, number-mismatch …) to the first glossary file offered. A DiglotError (exit
// 2, with a hint) when the term is unknown or defined in several files, the unit or document does not
// exist, no glossary file can take it, or the waiver would cover no finding. Reads nothing: the
// glossary texts are passed in.
import type { RuleId } from '../model/rules.js';
import { DiglotError, type Diagnostic, type Point } from '../model/diagnostic.js';
import type { AlignedUnit } from '../model/unit.js';
import { checkTermsInTarget, editDistance, isTermRule, parseGlossary, waiverApplies, type WaivableRule, type TermWaiver } from '../glossary/index.js';
import { termKey } from '../glossary/parse-glossary.js';
import type { WaiverFields } from '../glossary/index.js';
import { checkWaiverContext } from '../check/index.js';
import type { ProjectDocument, ProjectResult } from './run-pipeline.js';
import { createLineIndex } from '../util/line-index.js';

export interface WaiverRequest {
  rule: WaivableRule;
  /** The entry's German: for the term rules (required there), never for the QA checks. */
  term?: string;
  unit?: string;
  /** `--all-in DOC`: a document slug or source path. */
  document?: string;
  de?: string;
  en?: string;
  occurrence?: number;
  reason: string;
  by: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
}

export interface WaiverPlan {
  /** The glossary file to write (as listed in `glossaries`; for a QA-check waiver the first one offered). */
  file: string;
  waiver: WaiverFields;
  /** Findings the new waiver covers that no waiver covers yet. */
  covers: Diagnostic[];
  /** Findings it would cover that an existing waiver already covers. */
  alreadyWaived: Diagnostic[];
}

const err = (ruleId: RuleId, message: string, hint: string, file?: string): DiglotError => new DiglotError({ ruleId, severity: 'error', message, hint, source: 'waive', ...(file ? { file } : {}) });

/** The one glossary file whose entries define `term` (its `de`, ß/ss and case folded). */
function resolveTerm(term: string, glossaries: ReadonlyArray<{ file: string; text: string }>): { file: string; de: string } {
  const key = termKey(term.trim());
  const defining: Array<{ file: string; de: string; line: number }> = [];
  const all: Array<{ de: string; variants: string[] }> = [];
  for (const g of glossaries) {
    for (const e of parseGlossary(g.text, g.file).entries) {
      all.push(e);
      if (termKey(e.de) === key) defining.push({ file: g.file, de: e.de, line: e.origin?.line ?? 1 });
    }
  }
  if (defining.length === 1) return defining[0];
  if (defining.length > 1) {
    throw err('waive-ambiguous-term', `"${term}" is defined in ${defining.length} places: ${defining.map((d) => `${d.file}:${d.line}`).join(', ')}`, 'keep one definition of the term (glossary-duplicate-term), or pass --glossary FILE to say which file gets the waiver');
  }
  const asVariant = all.filter((e) => e.variants.some((v) => termKey(v) === key)).map((e) => e.de);
  const near = all.filter((e) => editDistance(termKey(e.de), key, 2) <= 2).map((e) => e.de);
  const suggest = [...new Set([...asVariant, ...near])].slice(0, 5);
  throw err('waive-unknown-term', `no glossary entry has the German "${term}"`, suggest.length ? `a waiver names the entry's canonical German: did you mean ${suggest.map((s) => `"${s}"`).join(', ')}?` : 'name the entry by its `de:` as written in the glossary (diglot lookup finds it)');
}

function findDocument(project: ProjectResult, doc: string): ProjectDocument {
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/^\.\//, '');
  const found = project.documents.find((d) => d.source.slug === doc || norm(d.source.path) === norm(doc));
  if (!found) throw err('waive-unknown-document', `no document "${doc}" in the project`, `name a document by its slug or source path: ${project.documents.map((d) => d.source.slug).join(', ')}`);
  return found;
}

const NEW = '\u0000new-waiver';
const placeKey = (d: Diagnostic): string => `${d.ruleId} ${d.file}:${d.place?.start.offset}`;

/** Term findings of one unit with only `waivers` applied (the hits are the pipeline's, made relative). */
function unitFindings(project: ProjectResult, doc: ProjectDocument, pointAt: (o: number) => Point, unit: AlignedUnit, waivers: TermWaiver[]): Diagnostic[] {
  if (unit.en === null) return [];
  const offset = unit.segment.start;
  return checkTermsInTarget({
    hits: unit.terms.map((h) => ({ ...h, start: h.start - offset, end: h.end - offset })),
    english: unit.en,
    glossary: project.glossary,
    unitId: unit.id,
    file: doc.source.path,
    locate: { offset, pointAt },
    german: unit.segment.text,
    germanKey: unit.segment.key,
    document: { path: doc.source.path, slug: doc.source.slug },
    waivers,
  });
}

type Scope = Array<{ doc: ProjectDocument; units: AlignedUnit[] }>;

/** The units a request selects: one unit (`--unit`), one document (`--all-in`) or the whole project. */
function scopeOf(project: ProjectResult, req: WaiverRequest): { scope: Scope; document?: string } {
  if (req.unit !== undefined) {
    // An id is a hash of the German: the same sentence in two articles has the same id, and a `unit:` waiver covers both.
    const scope = project.documents.map((doc) => ({ doc, units: doc.units.filter((u) => u.id === req.unit) })).filter((s) => s.units.length);
    if (!scope.length) throw err('waive-unknown-unit', `no unit "${req.unit}" in the project`, 'unit ids are in the messages of `diglot check` and in `diglot segment FILE --format json` (id)');
    return { scope };
  }
  if (req.document !== undefined) {
    const doc = findDocument(project, req.document);
    return { scope: [{ doc, units: doc.units }], document: doc.source.slug };
  }
  return { scope: project.documents.map((doc) => ({ doc, units: doc.units })) };
}

/** The waiver as written: the request's selectors, the reason, the reviewer and the date. */
function waiverOf(req: WaiverRequest, term: string | undefined, document: string | undefined): WaiverFields {
  return {
    ...(term !== undefined ? { term } : {}),
    rule: req.rule,
    ...(req.unit !== undefined ? { unit: req.unit } : {}),
    ...(document !== undefined ? { document } : {}),
    ...(req.de !== undefined ? { de: req.de } : {}),
    ...(req.en !== undefined ? { en: req.en } : {}),
    ...(req.occurrence !== undefined ? { occurrence: req.occurrence } : {}),
    reason: req.reason,
    reviewer: req.by,
    date: req.date,
  };
}

/** A waived finding as it would read without its waiver (its own severity and message). */
const unwaived = ({ suppression, hint: _hint, ...d }: Diagnostic): Diagnostic => (suppression ? { ...d, severity: suppression.severity, message: d.message.replace(/^waived: /, '') } : d);

function noFinding(req: WaiverRequest, what: string, document: string | undefined): DiglotError {
  return err(
    'waive-no-finding',
    `no ${req.rule} finding${what}${req.unit ? ` in unit ${req.unit}` : document ? ` in ${document}` : ''}${req.occurrence ? ` at occurrence ${req.occurrence}` : ''}`,
    'run `diglot check` to see the findings and their unit ids; a waiver that matches nothing would only be reported as waiver-unused',
  );
}

/** Plans `diglot waive`: which file, which waiver, which findings it covers. */
export function planWaiver(project: ProjectResult, glossaries: ReadonlyArray<{ file: string; text: string }>, req: WaiverRequest): WaiverPlan {
  return isTermRule(req.rule) ? planTermWaiver(project, glossaries, req) : planCheckWaiver(project, glossaries, req);
}

function planTermWaiver(project: ProjectResult, glossaries: ReadonlyArray<{ file: string; text: string }>, req: WaiverRequest): WaiverPlan {
  if (req.term === undefined) throw err('waive-unknown-term', `${req.rule} is a term rule: the waiver needs the term`, 'pass --term with the entry\'s German (its de:)');
  const { file, de: term } = resolveTerm(req.term, glossaries);
  const { scope, document } = scopeOf(project, req);
  const waiver = waiverOf(req, term, document);
  const candidate: TermWaiver = { ...waiver, origin: { file: NEW, line: 0, column: 0 } };
  const covered: Diagnostic[] = [];
  for (const { doc, units } of scope) {
    const { pointAt } = createLineIndex(doc.source.text);
    for (const unit of units) covered.push(...unitFindings(project, doc, pointAt, unit, [candidate]).filter((d) => d.suppression?.file === NEW));
  }
  if (!covered.length) throw noFinding(req, ` for "${term}"`, document);
  const waived = new Map(project.diagnostics.filter((d) => d.suppression).map((d) => [placeKey(d), d]));
  const plain = covered.map(unwaived);
  return {
    file,
    waiver,
    covers: plain.filter((d) => !waived.has(placeKey(d))),
    alreadyWaived: plain.filter((d) => waived.has(placeKey(d))),
  };
}

/**
 * A waiver of a QA check: the findings it covers are the check's findings on the units in scope (the
 * pipeline attached them, waived or not); it goes to the first glossary file offered.
 */
function planCheckWaiver(project: ProjectResult, glossaries: ReadonlyArray<{ file: string; text: string }>, req: WaiverRequest): WaiverPlan {
  const file = glossaries[0]?.file;
  if (file === undefined) {
    throw err('waive-no-glossary', 'the project has no glossary file to keep the waiver in', 'waivers live in a glossary file: add one that the run definition\'s `glossaries:` matches (`terms: []` is enough for waivers only)');
  }
  const { scope, document } = scopeOf(project, req);
  const waiver = waiverOf(req, undefined, document);
  const candidate: TermWaiver = { ...waiver, origin: { file: NEW, line: 0, column: 0 } };
  const covers: Diagnostic[] = [];
  const alreadyWaived: Diagnostic[] = [];
  for (const { doc, units } of scope) {
    for (const unit of units) {
      for (const d of unit.diagnostics) {
        if (d.source !== 'check' || d.ruleId !== req.rule || !waiverApplies(candidate, checkWaiverContext(d.ruleId, unit, doc.source))) continue;
        (d.suppression ? alreadyWaived : covers).push(unwaived(d));
      }
    }
  }
  if (!covers.length && !alreadyWaived.length) throw noFinding(req, '', document);
  return { file, waiver, covers, alreadyWaived };
}
