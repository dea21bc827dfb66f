// A checked project + a waiver request (`diglot waive`) → the glossary file that defines the term,
// the waiver to write, and the current findings it covers; a DiglotError (exit 2, with a hint) when
// the term is unknown or defined in several files, the unit or document does not exist, or the
// waiver would cover no finding. Reads nothing: the glossary texts are passed in.
import { DiglotError, type Diagnostic, type Point } from '../model/diagnostic.js';
import type { AlignedUnit } from '../model/unit.js';
import { checkTermsInTarget, editDistance, parseGlossary, type WaivableRule, type TermWaiver } from '../glossary/index.js';
import { termKey } from '../glossary/parse-glossary.js';
import type { WaiverFields } from '../glossary/index.js';
import type { ProjectDocument, ProjectResult } from './run-pipeline.js';
import { createLineIndex } from '../util/line-index.js';

export interface WaiverRequest {
  rule: WaivableRule;
  term: string;
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
  /** The glossary file to write (as listed in `glossaries`). */
  file: string;
  waiver: WaiverFields;
  /** Findings the new waiver covers that no waiver covers yet. */
  covers: Diagnostic[];
  /** Findings it would cover that an existing waiver already covers. */
  alreadyWaived: Diagnostic[];
}

const err = (ruleId: string, message: string, hint: string, file?: string): DiglotError => new DiglotError({ ruleId, severity: 'error', message, hint, source: 'waive', ...(file ? { file } : {}) });

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

/** Plans `diglot waive`: which file, which waiver, which findings it covers. */
export function planWaiver(project: ProjectResult, glossaries: ReadonlyArray<{ file: string; text: string }>, req: WaiverRequest): WaiverPlan {
  const { file, de: term } = resolveTerm(req.term, glossaries);
  let scope: Array<{ doc: ProjectDocument; units: AlignedUnit[] }>;
  if (req.unit !== undefined) {
    const doc = project.documents.find((d) => d.units.some((u) => u.id === req.unit));
    if (!doc) throw err('waive-unknown-unit', `no unit "${req.unit}" in the project`, 'unit ids are in the messages of `diglot check` and in `diglot segment FILE --format json` (id)');
    scope = [{ doc, units: doc.units.filter((u) => u.id === req.unit) }];
  } else if (req.document !== undefined) {
    const doc = findDocument(project, req.document);
    scope = [{ doc, units: doc.units }];
  } else scope = project.documents.map((doc) => ({ doc, units: doc.units }));
  const document = req.document !== undefined ? scope[0].doc.source.slug : undefined;
  const waiver: WaiverFields = {
    term,
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
  const candidate: TermWaiver = { ...waiver, origin: { file: NEW, line: 0, column: 0 } };
  const covered: Diagnostic[] = [];
  for (const { doc, units } of scope) {
    const { pointAt } = createLineIndex(doc.source.text);
    for (const unit of units) covered.push(...unitFindings(project, doc, pointAt, unit, [candidate]).filter((d) => d.suppression?.file === NEW));
  }
  if (!covered.length) {
    throw err(
      'waive-no-finding',
      `no ${req.rule} finding for "${term}"${req.unit ? ` in unit ${req.unit}` : document ? ` in ${document}` : ''}${req.occurrence ? ` at occurrence ${req.occurrence}` : ''}`,
      'run `diglot check` to see the findings and their unit ids; a waiver that matches nothing would only be reported as waiver-unused',
    );
  }
  const waived = new Map(project.diagnostics.filter((d) => d.suppression).map((d) => [placeKey(d), d]));
  const plain = covered.map(({ suppression, hint: _hint, ...d }) => ({ ...d, severity: suppression!.severity, message: d.message.replace(/^waived: /, '') }));
  return {
    file,
    waiver,
    covers: plain.filter((d) => !waived.has(placeKey(d))),
    alreadyWaived: plain.filter((d) => waived.has(placeKey(d))),
  };
}
