// The files beside a resource: `<slug>.orphans.json` (archived translations whose German no longer
// occurs) and `<slug>.diglot.json` (the sidecar: what i18next JSON can't hold). Text ⇄ data, with
// positioned diagnostics; the formats are documented in README → Translation memory → Files. Pure.
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Provenance } from '../model/unit.js';
import { createLineIndex } from '../util/line-index.js';
import { findJsonError } from './json-error.js';

export const ORPHANS_FORMAT = 'diglot-orphans/1';
export const SIDECAR_FORMAT = 'diglot-sidecar/1';

/** Why a translation went to the archive. */
export type OrphanReason =
  | 'source-edited' // its German no longer occurs in the document
  | 'superseded' // replaced by a newer English for the same German (import, align)
  | 'rejected' // an incoming English that lost a conflict (`prefer: 'local'`)
  | 'unmatched-update' // an incoming English whose German no longer occurs
  | 'duplicate-key' // the ignored value of a key written twice in the resource
  | 'duplicate-import'; // a second, different English for the same German in one import file

export interface OrphanRecord {
  /** The German the English was made for. */
  de: string;
  en: string;
  reason: OrphanReason;
  provenance?: Provenance;
  reviewedBy?: string;
  /** When it was reviewed (ISO 8601 date or date-time), kept with the reviewer. */
  reviewedAt?: string;
}

export interface SidecarEntry {
  status: 'translated' | 'reviewed';
  /** Hash of the German key (the source the English was made for). */
  source: string;
  /** Hash of the English this metadata describes: a hand edit of the English voids a review. */
  target: string;
  provenance: Provenance;
  reviewedBy?: string;
  /** When `reviewedBy` reviewed it: ISO 8601 date or date-time (`diglot review` writes UTC date-times). */
  reviewedAt?: string;
  /** Fields added by hand or by other tools are kept as they are. */
  [extra: string]: unknown;
}

export interface Sidecar {
  format: typeof SIDECAR_FORMAT;
  /** The German source file the resource belongs to. */
  source: string;
  /** Hash of that file's text when the resource was last synced. */
  sourceHash: string;
  entries: Record<string, SidecarEntry>;
}

/** Short content hash used in the sidecar: 16 hex digits of SHA-256. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** Parses an orphans archive; a malformed file yields diagnostics and no records. */
export function parseOrphans(text: string, file: string): { records: OrphanRecord[]; diagnostics: Diagnostic[] } {
  const parsed = parseJson(text, file, 'orphans');
  if (!parsed.ok) return { records: [], diagnostics: parsed.diagnostics };
  const v = parsed.value as { format?: unknown; orphans?: unknown };
  if (!isObject(v) || v.format !== ORPHANS_FORMAT || !Array.isArray(v.orphans)) {
    return { records: [], diagnostics: [invalid(file, 'orphans', `not a diglot orphans archive (expected {"format": "${ORPHANS_FORMAT}", "orphans": [...]})`)] };
  }
  const records: OrphanRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  v.orphans.forEach((r: unknown, i: number) => {
    if (isObject(r) && typeof r.de === 'string' && typeof r.en === 'string') records.push(r as unknown as OrphanRecord);
    else diagnostics.push(invalid(file, 'orphans', `orphans[${i}] needs string "de" and "en"`));
  });
  return { records, diagnostics };
}

/** Parses a sidecar; a malformed file yields diagnostics and an empty sidecar. */
export function parseSidecar(text: string, file: string): { sidecar: Sidecar | undefined; diagnostics: Diagnostic[] } {
  const parsed = parseJson(text, file, 'sidecar');
  if (!parsed.ok) return { sidecar: undefined, diagnostics: parsed.diagnostics };
  const v = parsed.value as Partial<Sidecar>;
  if (!isObject(v) || v.format !== SIDECAR_FORMAT || !isObject(v.entries)) {
    return { sidecar: undefined, diagnostics: [invalid(file, 'sidecar', `not a diglot sidecar (expected {"format": "${SIDECAR_FORMAT}", "entries": {...}})`)] };
  }
  const diagnostics: Diagnostic[] = [];
  // keys are German sentences: a null-prototype object, so "__proto__" or "constructor" is a key like any other
  const entries = Object.create(null) as Record<string, SidecarEntry>;
  for (const [k, e] of Object.entries(v.entries)) {
    if (isObject(e) && isObject(e.provenance)) entries[k] = e as SidecarEntry;
    else diagnostics.push(invalid(file, 'sidecar', `entry "${k.slice(0, 50)}" needs a "provenance" object`));
  }
  return { sidecar: { format: SIDECAR_FORMAT, source: String(v.source ?? ''), sourceHash: String(v.sourceHash ?? ''), entries }, diagnostics };
}

/** Resource text: one flat object, keys in the given order, 2-space indent, final newline. */
export function serializeResource(pairs: ReadonlyArray<readonly [string, string | null]>, eol = '\n'): string {
  const body = pairs.map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(`,${eol}`);
  return pairs.length ? `{${eol}${body}${eol}}${eol}` : `{}${eol}`;
}

/** Orphans archive text: one record per line, so a diff shows exactly what was archived. */
export function serializeOrphans(records: readonly OrphanRecord[], eol = '\n'): string {
  const body = records.map((r) => `    ${JSON.stringify(r)}`).join(`,\n`);
  return withEol(`{\n  "format": ${JSON.stringify(ORPHANS_FORMAT)},\n  "orphans": [${records.length ? `\n${body}\n  ` : ''}]\n}\n`, eol);
}

/** Sidecar text: the header fields, then one entry per line (in resource order). */
export function serializeSidecar(sidecar: Sidecar, eol = '\n'): string {
  const entries = Object.entries(sidecar.entries).map(([k, e]) => `    ${JSON.stringify(k)}: ${JSON.stringify(e)}`);
  const head = `  "format": ${JSON.stringify(sidecar.format)},\n  "source": ${JSON.stringify(sidecar.source)},\n  "sourceHash": ${JSON.stringify(sidecar.sourceHash)},\n`;
  return withEol(`{\n${head}  "entries": {${entries.length ? `\n${entries.join(',\n')}\n  ` : ''}}\n}\n`, eol);
}

/** The line ending a file uses (CRLF kept for files written on Windows). */
export function detectEol(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

const withEol = (text: string, eol: string) => (eol === '\n' ? text : text.replace(/\n/g, eol));

/** Deeper values (hand-added fields) could not be written back: JSON.stringify recurses. */
export const MAX_JSON_DEPTH = 64;

function parseJson(text: string, file: string, family: 'orphans' | 'sidecar'): { ok: true; value: unknown } | { ok: false; diagnostics: Diagnostic[] } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  try {
    const value = JSON.parse(bom ? text.slice(1) : text) as unknown;
    if (jsonDepth(value) > MAX_JSON_DEPTH) return { ok: false, diagnostics: [invalid(file, family, `values are nested more than ${MAX_JSON_DEPTH} levels deep`)] };
    return { ok: true, value };
  } catch {
    const err = findJsonError(text) ?? { offset: 0, message: 'not valid JSON' };
    return {
      ok: false,
      diagnostics: [{
        ruleId: `${family}-invalid-json`,
        severity: 'error',
        message: `not valid JSON: ${err.message}`,
        hint: `fix the JSON by hand; diglot neither reads nor overwrites ${family === 'orphans' ? 'the archive' : 'the sidecar'} until then, so nothing in it is lost`,
        file,
        place: { start: createLineIndex(text).pointAt(err.offset) },
        source: 'match',
      }],
    };
  }
}

function invalid(file: string, family: 'orphans' | 'sidecar', message: string): Diagnostic {
  return { ruleId: `${family}-invalid`, severity: 'error', message, hint: 'restore the file from version control, or fix it by hand', file, source: 'match' };
}

/** The nesting depth of a parsed JSON value, without recursion. */
function jsonDepth(root: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > max) max = d + 1;
    if (max > MAX_JSON_DEPTH) return max;
    for (const c of Object.values(v)) stack.push([c, d + 1]);
  }
  return max;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
