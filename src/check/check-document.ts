// One document's aligned units (+ the whole project, for consistency, and the name table, for entity
// parity) → QA diagnostics, each also attached to its unit. Units without English are not checked.
import type { Diagnostic, Place } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import { normalizeKey } from '../match/normalize-key.js';
import { createLineIndex, type LineIndex } from '../util/line-index.js';
import { checkUnit } from './unit-checks.js';
import { checkEntities } from './entity-parity.js';
import type { NameTable } from './name-table.js';
import { clip } from '../util/clip.js';

export interface CheckContext {
  /** Every document of the project, for cross-document checks (inconsistent translations). */
  project: ReadonlyArray<{ source: SourceDocument; units: readonly AlignedUnit[] }>;
  /** Names and exonyms for entity parity (createNameTable); without it entity parity is not checked. */
  names?: NameTable;
}

const lineIndexes = new WeakMap<SourceDocument, LineIndex>();

/** Runs the QA checks on one document's units; findings are also attached to the units. */
export function checkDocument(source: SourceDocument, units: AlignedUnit[], ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const consistency = consistencyIndex(ctx.project);
  for (const unit of units) {
    if (unit.en === null) continue;
    const place = placeOf(source, unit);
    const where = unit.provenance ? ` (${unit.provenance.file})` : '';
    const findings = [...checkUnit(unit.segment.key, unit.en), ...(ctx.names ? checkEntities(unit.segment.key, unit.en, ctx.names, unit.terms) : [])];
    const found: Diagnostic[] = findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: `${f.message}: "${clip(unit.segment.key)}"`,
      ...(f.hint ? { hint: `${f.hint}${where}` } : {}),
      file: source.path,
      place,
      source: 'check',
    }));
    const others = consistency.get(normalizeKey(unit.segment.key));
    const mine = normalizeKey(unit.en);
    const different = others?.filter((o) => normalizeKey(o.en) !== mine) ?? [];
    if (different.length) {
      const o = different[0];
      found.push({
        ruleId: 'inconsistent-translation',
        severity: 'warning',
        message: `"${clip(unit.segment.key)}" is translated "${clip(unit.en)}" here but "${clip(o.en)}" in ${o.file}:${o.line}`,
        hint: 'use one translation for the same German (or reword one of the German sentences)',
        file: source.path,
        place,
        source: 'check',
      });
    }
    unit.diagnostics.push(...found);
    out.push(...found);
  }
  return out;
}

interface Rendering {
  en: string;
  file: string;
  line: number;
}

const consistencyCache = new WeakMap<object, Map<string, Rendering[]>>();

/** German (normalised) → every English the project gives it; built once per project. */
function consistencyIndex(project: CheckContext['project']): Map<string, Rendering[]> {
  const hit = consistencyCache.get(project);
  if (hit) return hit;
  const index = new Map<string, Rendering[]>();
  for (const doc of project) {
    for (const u of doc.units) {
      if (u.en === null) continue;
      const k = normalizeKey(u.segment.key);
      const list = index.get(k) ?? [];
      if (!list.some((r) => r.en === u.en)) list.push({ en: u.en, file: doc.source.path, line: u.segment.line });
      index.set(k, list);
    }
  }
  consistencyCache.set(project, index);
  return index;
}

function placeOf(source: SourceDocument, unit: AlignedUnit): Place {
  let lines = lineIndexes.get(source);
  if (!lines) lineIndexes.set(source, (lines = createLineIndex(source.text)));
  const s = unit.segment;
  return { start: { line: s.line, column: s.column, offset: s.start }, end: lines.pointAt(s.end) };
}
