// Aligned units + a required level → one error per unit below it (`--require` of coverage, check, build).
import type { Diagnostic } from '../model/diagnostic.js';
import type { AlignedUnit } from '../model/unit.js';

/**
 * `translated`: every unit has English from an exact entry (translated or reviewed).
 * `reviewed`: every unit is marked reviewed in the sidecar.
 * `human`: every unit's English was written or checked by a person: curated in the resource,
 * imported from a translator's XLIFF/TMX, or reviewed (machine-aligned English must be reviewed).
 */
export type RequireLevel = 'translated' | 'reviewed' | 'human';

export const REQUIRE_LEVELS: readonly RequireLevel[] = ['translated', 'reviewed', 'human'];

/** Errors (`require-<level>`) for the units that don't meet the level, at the German segment. */
export function requireStatus(units: readonly AlignedUnit[], level: RequireLevel, file?: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const u of units) {
    const why = shortfall(u, level);
    if (!why) continue;
    out.push({
      ruleId: `require-${level}`,
      severity: 'error',
      message: `${why}: "${u.segment.key.length > 60 ? `${u.segment.key.slice(0, 57)}…` : u.segment.key}"`,
      hint: hintFor(u, level),
      ...(file ? { file } : {}),
      place: { start: { line: u.segment.line, column: u.segment.column, offset: u.segment.start } },
      source: 'require',
    });
  }
  return out;
}

/** What gets the unit to the level: translating it, or a review that `diglot review` records. */
function hintFor(u: AlignedUnit, level: RequireLevel): string {
  const review = `\`diglot review\` in a terminal, or \`diglot review --accept ${u.id} --by NAME\``;
  if (u.status !== 'translated' && u.status !== 'reviewed') return `translate this segment in the resource, or decide it with ${review}`;
  return `review the English: ${review} (recorded as reviewedBy in the sidecar)`;
}

function shortfall(u: AlignedUnit, level: RequireLevel): string | undefined {
  const has = u.status === 'translated' || u.status === 'reviewed';
  if (!has) return `the unit is ${u.status}`;
  if (level === 'reviewed' && u.status !== 'reviewed') return 'the English is not reviewed';
  if (level === 'human' && u.status !== 'reviewed' && u.provenance && u.provenance.kind !== 'curated' && u.provenance.kind !== 'import') {
    return `the English comes from ${u.provenance.kind} (${u.provenance.file}) and is not reviewed`;
  }
  return undefined;
}
