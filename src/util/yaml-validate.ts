// YAML text + JSON Schema → value and diagnostics located at file:line:col of the offending node.
import type { RuleId } from '../model/rules.js';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { AJV_OPTIONS, schemaValidator } from './precompiled-validator.js';
import { isMap, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import type { Diagnostic, Place } from '../model/diagnostic.js';
import { createLineIndex, type LineIndex } from './line-index.js';

export interface YamlValidation<T> {
  value: T | undefined;
  doc: Document;
  lines: LineIndex;
  diagnostics: Diagnostic[];
}

export interface RuleIds {
  /** Rule id for YAML syntax errors. */
  syntax: RuleId;
  /** Rule id for a key the schema does not allow. */
  unknownKey: RuleId;
  /** Rule id for any other schema violation. */
  invalid: RuleId;
  /** Optional specific rule ids for missing required properties, by property name. */
  missing?: Record<string, RuleId>;
}

const compiled = new WeakMap<object, ValidateFunction>();

/** Parses YAML (duplicate keys are errors) and validates it against `schema`. */
export function parseYamlWithSchema<T>(text: string, file: string, schema: object, ids: RuleIds, source: string, schemaName?: string): YamlValidation<T> {
  const lines = createLineIndex(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const doc = parseDocument(bom ? text.slice(1) : text, { prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = [];
  const at = (from: number, to?: number): Place => ({
    start: lines.pointAt(from + bom),
    ...(to !== undefined ? { end: lines.pointAt(to + bom) } : {}),
  });
  for (const err of doc.errors) {
    diagnostics.push({
      ruleId: ids.syntax,
      severity: 'error',
      message: `invalid YAML: ${err.message.split('\n')[0]}`,
      hint: 'fix the YAML syntax at this position',
      file,
      place: at(err.pos[0], err.pos[1]),
      source,
    });
  }
  if (diagnostics.length) return { value: undefined, doc, lines, diagnostics };
  const js = yamlToJs(doc);
  if (!js.ok) {
    diagnostics.push({ ruleId: ids.syntax, severity: 'error', message: js.message, hint: js.hint, file, place: at(js.range[0], js.range[1]), source });
    return { value: undefined, doc, lines, diagnostics };
  }
  const value = js.value;
  let validate = compiled.get(schema);
  if (!validate) {
    validate = schemaName ? schemaValidator(schemaName, schema) : new Ajv(AJV_OPTIONS).compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(value)) {
    for (const e of dedupeErrors(validate.errors ?? [])) diagnostics.push(describeError(e, doc, file, at, ids, source));
  }
  return { value: diagnostics.length ? undefined : (value as T), doc, lines, diagnostics };
}

/**
 * Aliases a document may expand (the yaml library's default): an "alias bomb" (a billion laughs
 * made of nested `*a` references) is refused instead of exhausting memory.
 */
export const YAML_MAX_ALIAS_COUNT = 100;

export type YamlToJs = { ok: true; value: unknown } | { ok: false; message: string; hint: string; range: [number, number] };

/**
 * The document as plain data, or why it cannot be: too many aliases, an alias to an anchor not set
 * before it, nesting too deep to convert. The range is that of the first alias (or the document).
 */
export function yamlToJs(doc: Document): YamlToJs {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT }) as unknown };
  } catch (e) {
    if (!(e instanceof ReferenceError || e instanceof RangeError || e instanceof TypeError)) throw e;
    let range: [number, number] = [0, 0];
    const unresolved = /anchor must be set before the alias\): (.*)$/.exec(e.message)?.[1];
    visit(doc, {
      Alias(_key, node) {
        if (!node.range || (unresolved !== undefined && node.source !== unresolved)) return undefined;
        range = [node.range[0], node.range[1]];
        return visit.BREAK;
      },
    });
    if (e instanceof RangeError) return { ok: false, message: 'invalid YAML: nested too deeply to read', hint: 'flatten the structure', range: [0, 0] };
    if (unresolved !== undefined) return { ok: false, message: `invalid YAML: the alias *${unresolved} refers to no anchor &${unresolved} before it`, hint: 'define the anchor (&name) before using the alias (*name), or write the value out', range };
    return { ok: false, message: `invalid YAML: its aliases expand to more than ${YAML_MAX_ALIAS_COUNT} copies (an "alias bomb")`, hint: 'write the values out instead of nesting aliases', range };
  }
}

/** Drops the "anyOf/oneOf failed" summaries ajv adds on top of the specific errors. */
function dedupeErrors(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if');
  const seen = new Set<string>();
  return (specific.length ? specific : errors).filter((e) => {
    const k = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function describeError(e: ErrorObject, doc: Document, file: string, at: (a: number, b?: number) => Place, ids: RuleIds, source: string): Diagnostic {
  const path = pointerToPath(e.instancePath);
  const where = path.length ? path.join('.') : 'the top level';
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const range = keyRange(doc, path, key) ?? nodeRange(doc, path);
    return { ruleId: ids.unknownKey, severity: 'error', message: `unknown key "${key}" in ${where}`, hint: 'check the spelling; see the schema for the allowed keys', file, ...(range ? { place: at(range[0], range[1]) } : {}), source };
  }
  if (e.keyword === 'required') {
    const key = String((e.params as { missingProperty: string }).missingProperty);
    const range = nodeRange(doc, path);
    return { ruleId: ids.missing?.[key] ?? ids.invalid, severity: 'error', message: `${where} has no "${key}"`, hint: `add a "${key}:" key`, file, ...(range ? { place: at(range[0], range[1]) } : {}), source };
  }
  const range = nodeRange(doc, path);
  const allowed = e.keyword === 'enum' ? ` (allowed: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
  return { ruleId: ids.invalid, severity: 'error', message: `${where} ${e.message ?? 'is invalid'}${allowed}`, file, ...(range ? { place: at(range[0], range[1]) } : {}), source };
}

/** The YAML node at a JSON pointer such as ajv's instancePath (`/terms/3/en`). */
export function nodeAtPointer(doc: Document, pointer: string): YamlNode | undefined {
  const path = pointerToPath(pointer);
  const node = path.length ? doc.getIn(path, true) : doc.contents;
  return (node ?? undefined) as YamlNode | undefined;
}

function pointerToPath(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Source range of the node at `path` (falls back to the nearest existing ancestor). */
export function nodeRange(doc: Document, path: Array<string | number>): [number, number] | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as YamlNode | null | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return [node.range[0], node.range[1]];
  }
  return undefined;
}

function keyRange(doc: Document, path: Array<string | number>, key: string): [number, number] | undefined {
  const parent = (path.length ? doc.getIn(path, true) : doc.contents) as unknown;
  if (!isMap(parent)) return undefined;
  for (const pair of parent.items) {
    const k = pair.key as YamlNode | null;
    if (k && 'value' in k && (k as { value: unknown }).value === key && k.range) return [k.range[0], k.range[1]];
  }
  return undefined;
}

