// The text of an i18next resource (locales/<lang>/<slug>.json) → key → English map (plus the file's
// key order, untranslated `null` keys and duplicate keys), with positioned errors for bad JSON. Pure.
import type { Diagnostic } from '../model/diagnostic.js';
import { createLineIndex } from '../util/line-index.js';
import { findJsonError } from './json-error.js';
import { clip } from '../util/clip.js';

/** One `"key": value` pair as written, in file order (duplicates included). */
export interface ResourcePair {
  key: string;
  /** English, or null for a key kept in the untranslated state. */
  value: string | null;
  /** Offset of the key's opening quote in the file. */
  offset: number;
}

export interface ParsedResource {
  /** Key → English for string values (the last one wins for a duplicate key, as in JSON.parse). */
  entries: Map<string, string>;
  /** Keys whose value is null: untranslated (i18next treats null as missing). */
  untranslated: Set<string>;
  pairs: ResourcePair[];
  diagnostics: Diagnostic[];
}

export interface Resource extends ParsedResource {
  /** Path relative to the project root (where it would be created when no file exists). */
  file: string;
  exists: boolean;
  /** The file's text as read ('' when it does not exist). */
  text: string;
}

/** Parses an i18next resource: a flat JSON object of string (or null) values, natural-language keys. */
export function parseResource(text: string, file: string): ParsedResource {
  const diagnostics: Diagnostic[] = [];
  const entries = new Map<string, string>();
  const untranslated = new Set<string>();
  const pairs: ResourcePair[] = [];
  const lines = createLineIndex(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const err = findJsonError(text) ?? { offset: 0, message: 'not valid JSON' };
    diagnostics.push({
      ruleId: 'resource-invalid-json',
      severity: 'error',
      message: `not valid JSON: ${err.message}`,
      hint: 'fix the JSON syntax (a missing comma or quote is the usual cause); no translation is read from this file until then',
      file,
      place: { start: lines.pointAt(err.offset) },
      source: 'resources',
    });
    return { entries, untranslated, pairs, diagnostics };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.push({ ruleId: 'resource-not-an-object', severity: 'error', message: 'a resource must be a JSON object of "German key": "English" pairs', file, place: { start: lines.pointAt(0) }, source: 'resources' });
    return { entries, untranslated, pairs, diagnostics };
  }
  const seen = new Map<string, number>();
  for (const { key, raw, offset } of scanTopLevel(body)) {
    const at = offset + bom;
    const v = JSON.parse(raw) as unknown;
    if (typeof v !== 'string' && v !== null) {
      diagnostics.push({
        ruleId: 'resource-non-string-value',
        severity: 'error',
        message: `the value of "${clip(key)}" is not a string; diglot resources are flat (keySeparator: false)`,
        hint: 'use one flat object: { "German sentence": "English sentence" } (null marks an untranslated key)',
        file,
        place: { start: lines.pointAt(at) },
        source: 'resources',
      });
      continue;
    }
    if (seen.has(key)) {
      diagnostics.push({
        ruleId: 'resource-duplicate-key',
        severity: 'warning',
        message: `"${clip(key)}" occurs twice; i18next reads only the last value (line ${lines.pointAt(seen.get(key) ?? 0).line} is ignored)`,
        hint: 'keep one; `diglot sync` moves the ignored value to the orphans archive',
        file,
        place: { start: lines.pointAt(at) },
        source: 'resources',
      });
    }
    seen.set(key, at);
    pairs.push({ key, value: v, offset: at });
    if (v === null) {
      untranslated.add(key);
      entries.delete(key);
    } else {
      entries.set(key, v);
      untranslated.delete(key);
    }
  }
  return { entries, untranslated, pairs, diagnostics };
}

/**
 * The members of a valid JSON object text, in order, with the offset of each key: JSON.parse
 * hides duplicate keys and positions, and a translation must never vanish unseen.
 */
function scanTopLevel(body: string): Array<{ key: string; raw: string; offset: number }> {
  const out: Array<{ key: string; raw: string; offset: number }> = [];
  let depth = 0;
  let expectKey = false;
  let pending: { key: string; offset: number; valueStart: number } | undefined;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"') {
      let j = i + 1;
      while (body[j] !== '"') j += body[j] === '\\' ? 2 : 1;
      if (depth === 1 && expectKey) {
        pending = { key: JSON.parse(body.slice(i, j + 1)) as string, offset: i, valueStart: -1 };
        expectKey = false;
      }
      i = j;
    } else if (c === ':' && depth === 1 && pending) {
      pending.valueStart = i + 1;
    } else if (c === '{' || c === '[') {
      depth++;
      if (depth === 1) expectKey = true;
    } else if (c === '}' || c === ']' || (c === ',' && depth === 1)) {
      if (depth === 1 && pending) {
        out.push({ key: pending.key, raw: body.slice(pending.valueStart, i), offset: pending.offset });
        pending = undefined;
      }
      if (c === ',') expectKey = true;
      else depth--;
    }
  }
  return out;
}

/** Offset of a key's quoted occurrence (first match) for error positions. */
export function locateKey(text: string, key: string): number {
  const i = text.indexOf(JSON.stringify(key));
  return i < 0 ? 0 : i;
}
