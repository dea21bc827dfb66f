// The term stage: the term engine + one document's matched units → term hits on every unit (computed
// once, here, for every later reader: render, export, look-up) and term-QA diagnostics (placed at the
// German term, the English resource value as related location). Pure.
import type { Diagnostic, Point, RelatedLocation } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import { checkTermsInTarget, matchTerms, reportUnusedWaivers } from '../glossary/index.js';
import { normalizeKey } from '../match/index.js';
import type { Resource, ResourcePair } from '../locale/index.js';
import type { TermEngine } from './load-glossary.js';
import { locateInKey } from '../segment/key-offsets.js';
import { createLineIndex, type LineIndex } from '../util/line-index.js';

/** The resource's pairs by English value, each list in file order (one look-up per unit, not a scan of the file's pairs). */
function pairsByValue(resource: Resource): Map<string, ResourcePair[]> {
  const out = new Map<string, ResourcePair[]>();
  for (const p of resource.pairs) {
    if (p.value === null) continue; // (a unit without English is not located)
    const list = out.get(p.value);
    if (list) list.push(p);
    else out.set(p.value, [p]);
  }
  return out;
}

/** The resource value (the JSON string literal) holding a unit's English, as a related location. */
function englishLocation(resource: Resource | undefined, byValue: ReadonlyMap<string, ResourcePair[]>, unit: AlignedUnit, pointAt: (o: number) => Point): RelatedLocation | undefined {
  if (!resource?.exists || unit.en === null) return undefined;
  const pairs = byValue.get(unit.en) ?? [];
  const pair = pairs.find((p) => p.key === unit.segment.key) ?? findNormalized(pairs, unit.segment.key);
  if (!pair) return undefined;
  const start = valueStart(resource.text, pair.offset);
  if (start < 0) return undefined;
  const end = stringEnd(resource.text, start);
  return { file: resource.file, place: { start: pointAt(start), end: pointAt(end) }, message: `the English of unit ${unit.id}` };
}

/** The first pair whose key equals `key` after normalizeKey (a key the translator retyped). */
function findNormalized(pairs: readonly ResourcePair[], key: string): ResourcePair | undefined {
  if (!pairs.length) return undefined;
  const norm = normalizeKey(key);
  return pairs.find((p) => normalizeKey(p.key) === norm);
}

/** Offset of the opening quote of the value after the key string starting at `keyOffset`. */
function valueStart(text: string, keyOffset: number): number {
  const afterKey = stringEnd(text, keyOffset);
  const m = /^\s*:\s*"/.exec(text.slice(afterKey, afterKey + 200));
  return m ? afterKey + m[0].length - 1 : -1;
}

/** Offset just after the JSON string literal that starts (with its quote) at `start`. */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return j + 1;
}

/**
 * Finds terms in every German segment (offsets made absolute: into the source file) and checks
 * that the English uses an approved rendering for every occurrence. Units without English are not checked.
 */
export function annotateTerms(engine: TermEngine, doc: SourceDocument, units: AlignedUnit[], resource?: Resource): Diagnostic[] {
  const out: Diagnostic[] = [];
  // the line indexes are built when a finding is first placed (most units have no term hit)
  let lines: LineIndex | undefined;
  const pointAt = (offset: number): Point => (lines ??= createLineIndex(doc.text)).pointAt(offset);
  let resourceLines: LineIndex | undefined;
  const resourcePointAt = (offset: number): Point => (resourceLines ??= createLineIndex(resource!.text)).pointAt(offset);
  const byValue = resource?.exists ? pairsByValue(resource) : new Map<string, ResourcePair[]>();
  for (const unit of units) {
    const hits = matchTerms(engine.matcher, unit.segment.text);
    const absolute = hits.map((h) => ({ ...h, start: h.start + unit.segment.start, end: h.end + unit.segment.start }));
    // both coordinate systems at once: the source file's (messages, SARIF) and the key's (the pages)
    const inKey = locateInKey(unit.segment, absolute);
    unit.terms = absolute.map((h, i) => ({ ...h, key: inKey[i] ?? null }));
    if (unit.en === null) continue;
    // (only a hit can make a finding that names the English's place)
    const related = resource && hits.length ? englishLocation(resource, byValue, unit, resourcePointAt) : undefined;
    const found = checkTermsInTarget({
      hits,
      english: unit.en,
      german: unit.segment.text,
      germanKey: unit.segment.key,
      document: { path: doc.path, slug: doc.slug },
      glossary: engine.glossary,
      unitId: unit.id,
      file: doc.path,
      place: { start: { line: unit.segment.line, column: unit.segment.column, offset: unit.segment.start } },
      locate: { offset: unit.segment.start, pointAt },
      ...(related ? { englishLocation: related } : {}),
      waivers: engine.waivers,
    });
    unit.diagnostics.push(...found);
    out.push(...found);
  }
  return out;
}

/** After every document was checked: the project's waivers that covered no finding (`waiver-unused`). */
export function reportUnusedProjectWaivers(engine: TermEngine, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return reportUnusedWaivers(engine.waivers, diagnostics);
}
