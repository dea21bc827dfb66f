// Parses one glossary YAML file: validates it against glossary/schema.json (ajv) and returns entries
// and waivers, with every problem as a Diagnostic placed at file:line:col from the YAML node ranges.
import type { RuleId } from '../model/rules.js';
import fs from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { schemaValidator } from '../util/precompiled-validator.js';
import { LineCounter, isMap, isScalar, parseDocument, type Node } from 'yaml';
import type { Diagnostic, Place } from '../model/diagnostic.js';
import type { GlossaryEntry, MatchPolicy } from '../model/glossary.js';
import type { TermWaiver } from './types.js';
import { nodeAtPointer, yamlToJs } from '../util/yaml-validate.js';

export interface ParsedGlossary {
  entries: GlossaryEntry[];
  waivers: TermWaiver[];
  diagnostics: Diagnostic[];
  /** The file's `name:` and `description:`, kept so exports can carry them. */
  name?: string;
  description?: string;
}

/** Path of the published JSON Schema of glossary files. */
export const GLOSSARY_SCHEMA_URL = new URL('../../glossary/schema.json', import.meta.url);

let validator: ValidateFunction | undefined;
function validate(data: unknown): ErrorObject[] {
  if (!validator) {
    const schema = JSON.parse(fs.readFileSync(GLOSSARY_SCHEMA_URL, 'utf8')) as Record<string, unknown>;
    validator = schemaValidator('glossary', schema);
  }
  return validator(data) ? [] : (validator.errors ?? []);
}

function placeOf(lc: LineCounter, range: readonly number[] | null | undefined): Place | undefined {
  if (!range) return undefined;
  const s = lc.linePos(range[0]);
  const e = lc.linePos(range[1] ?? range[0]);
  return { start: { line: s.line, column: s.col, offset: range[0] }, end: { line: e.line, column: e.col, offset: range[1] ?? range[0] } };
}

/** What is wrong with a waiver's `rule` or `occurrence`, in the words of the two kinds of waiver. */
function describeWaiverError(e: ErrorObject, where: string, value: unknown): string {
  const branch = /^#\/(then|else)\//.exec(e.schemaPath)?.[1];
  if (e.keyword === 'enum' && branch === 'then') return `waiver ${where}: "${String(value)}" is no term rule: a waiver with "term" waives term-missing-in-target or term-forbidden (drop "term" to waive ${String(value)})`;
  if (e.keyword === 'enum' && branch === 'else') return `waiver ${where}: "${String(value)}" is a term rule: name the glossary term it waives ("term")`;
  if (e.keyword === 'enum') return `waiver ${where}: "${String(value)}" cannot be waived: waivers cover term QA and the QA checks of diglot check (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`;
  if (e.keyword === 'false schema') return `waiver ${where}: "occurrence" counts the occurrences of a term, so only a waiver with "term" has one`;
  return `waiver ${where} ${e.message ?? 'is invalid'}`;
}

/** The value at a JSON pointer of the data (for messages). */
function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const part of pointer.split('/').slice(1)) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return v;
}

/** Stable rule id and message for one schema error (`value`: the data at its path). */
function describe(e: ErrorObject, value?: unknown): { ruleId: RuleId; message: string; key?: string } {
  const inWaiver = e.instancePath.startsWith('/waivers');
  const where = e.instancePath || '(top level)';
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    return { ruleId: 'glossary-unknown-key', message: `unknown key "${key}" in ${where === '(top level)' ? 'the glossary file' : where}`, key };
  }
  if (e.keyword === 'required') {
    const prop = String((e.params as { missingProperty: string }).missingProperty);
    if (inWaiver && prop === 'rule') return { ruleId: 'glossary-invalid-waiver', message: `waiver ${where} has neither "term" nor "rule": name the glossary term it waives (term QA) or the QA rule (entity-extra, number-mismatch …)` };
    if (inWaiver) return { ruleId: 'glossary-invalid-waiver', message: `waiver ${where} has no "${prop}"` };
    const ruleId: RuleId = prop === 'en' ? 'glossary-missing-en' : prop === 'de' ? 'glossary-missing-de' : prop === 'terms' ? 'glossary-missing-terms' : 'glossary-invalid-value';
    return { ruleId, message: `${where === '(top level)' ? 'the glossary file' : `entry ${where}`} has no "${prop}"` };
  }
  if (inWaiver) return { ruleId: 'glossary-invalid-waiver', message: describeWaiverError(e, where, value) };
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.join(', ');
    return { ruleId: 'glossary-invalid-value', message: `${where} must be one of ${allowed}` };
  }
  if (e.keyword === 'pattern' || e.keyword === 'minLength') return { ruleId: 'glossary-invalid-value', message: `${where} must not be empty` };
  return { ruleId: 'glossary-invalid-value', message: `${where} ${e.message ?? 'is invalid'}` };
}

const asList = (v: unknown): string[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]).map((s) => s.normalize('NFC').trim()).filter(Boolean);

/** Parses and validates the text of one glossary file (`file` is used in messages and origins). */
export function parseGlossary(text: string, file: string): ParsedGlossary {
  const diagnostics: Diagnostic[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  // The BOM was dropped before parsing: shift nothing, since LineCounter columns start after it anyway.
  for (const err of [...doc.errors, ...doc.warnings]) {
    diagnostics.push({
      ruleId: 'glossary-yaml-syntax',
      severity: doc.errors.includes(err as never) ? 'error' : 'warning',
      message: err.message.split('\n')[0],
      file,
      place: placeOf(lc, err.pos),
      source: 'glossary',
    });
  }
  if (doc.errors.length) return { entries: [], waivers: [], diagnostics };
  const js = yamlToJs(doc);
  if (!js.ok) {
    diagnostics.push({ ruleId: 'glossary-yaml-syntax', severity: 'error', message: js.message, hint: js.hint, file, place: placeOf(lc, js.range), source: 'glossary' });
    return { entries: [], waivers: [], diagnostics };
  }
  const data = js.value;
  if (data === null || data === undefined) {
    diagnostics.push({ ruleId: 'glossary-missing-terms', severity: 'error', message: 'the glossary file is empty (expected a `terms:` list)', file, source: 'glossary' });
    return { entries: [], waivers: [], diagnostics };
  }
  const invalidEntries = new Set<number>();
  const invalidWaivers = new Set<number>();
  const errors = validate(data);
  // An unknown rule also fails the term/QA branch of if/then/else: report it once, as unknown.
  const unknownRule = new Set(errors.filter((e) => e.keyword === 'enum' && e.instancePath.startsWith('/waivers') && e.schemaPath === '#/properties/rule/enum').map((e) => e.instancePath));
  for (const e of errors) {
    // anyOf reports each branch; the `required` children say it better. `if` only says a branch failed.
    if (e.keyword === 'anyOf' && e.instancePath.startsWith('/terms')) continue;
    if (e.keyword === 'required' && e.schemaPath.includes('/anyOf/')) continue;
    if (e.keyword === 'if') continue;
    if (e.keyword === 'enum' && /^#\/(then|else)\//.test(e.schemaPath) && unknownRule.has(e.instancePath)) continue;
    const d =
      e.keyword === 'anyOf' && e.instancePath.startsWith('/waivers')
        ? { ruleId: 'glossary-invalid-waiver' as const, message: `waiver ${e.instancePath} needs "unit", "de" or "document" (a waiver covers chosen findings, never a term or a rule everywhere)` }
        : describe(e, valueAt(data, e.instancePath));
    let node = nodeAtPointer(doc, e.instancePath);
    if ('key' in d && d.key && node && isMap(node)) node = (node.items.find((p) => isScalar(p.key) && p.key.value === d.key)?.key as Node | undefined) ?? node;
    diagnostics.push({ ruleId: d.ruleId, severity: 'error', message: d.message, file, place: placeOf(lc, node?.range), source: 'glossary' });
    const m = /^\/(terms|waivers)\/(\d+)/.exec(e.instancePath);
    if (m) (m[1] === 'terms' ? invalidEntries : invalidWaivers).add(Number(m[2]));
  }
  const root = (typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  const entries: GlossaryEntry[] = [];
  const terms = Array.isArray(root.terms) ? root.terms : [];
  terms.forEach((raw, i) => {
    if (invalidEntries.has(i) || !raw || typeof raw !== 'object') return;
    const r = raw as Record<string, unknown>;
    const place = placeOf(lc, nodeAtPointer(doc, `/terms/${i}`)?.range);
    const entry: GlossaryEntry = {
      de: String(r.de).normalize('NFC').trim().replace(/\s+/g, ' '),
      en: asList(r.en),
      forbidden: asList(r.forbidden),
      variants: asList(r.variants),
      match: (r.match as MatchPolicy | undefined) ?? 'inflect',
      origin: { file, line: place?.start.line ?? 1, column: place?.start.column ?? 1 },
    };
    for (const k of ['note', 'readerNote', 'pos', 'status', 'domain'] as const) if (typeof r[k] === 'string') entry[k] = (r[k] as string).trim();
    if (r.audience === 'reader' || r.audience === 'translator' || r.audience === 'both') entry.audience = r.audience;
    for (const k of ['compound', 'feminine'] as const) if (typeof r[k] === 'boolean') entry[k] = r[k] as boolean;
    entries.push(entry);
  });
  const waivers: TermWaiver[] = [];
  const rawWaivers = Array.isArray(root.waivers) ? root.waivers : [];
  rawWaivers.forEach((raw, i) => {
    if (invalidWaivers.has(i) || !raw || typeof raw !== 'object') return;
    const r = raw as Record<string, string>;
    const place = placeOf(lc, nodeAtPointer(doc, `/waivers/${i}`)?.range);
    const w: TermWaiver = { ...(typeof r.term === 'string' ? { term: r.term.normalize('NFC').trim() } : {}), reason: r.reason, reviewer: r.reviewer, date: String(r.date), origin: { file, line: place?.start.line ?? 1, column: place?.start.column ?? 1 } };
    for (const k of ['rule', 'unit', 'de', 'en', 'document'] as const) if (typeof r[k] === 'string') (w as unknown as Record<string, string>)[k] = r[k].normalize('NFC');
    if (typeof (raw as Record<string, unknown>).occurrence === 'number') w.occurrence = (raw as Record<string, number>).occurrence;
    waivers.push(w);
  });
  diagnostics.push(...checkEntries(entries, file));
  const meta = (k: 'name' | 'description') => (typeof root[k] === 'string' ? { [k]: root[k] as string } : {});
  return { entries, waivers, diagnostics, ...meta('name'), ...meta('description') };
}

/** The identity of a German term: two entries with the same key are the same term (case and ß/ss folded). */
export const termKey = (de: string): string => de.normalize('NFC').toLowerCase().replace(/ß/g, 'ss');

/** Consistency checks inside one file: duplicate terms, forbidden renderings that are also approved. */
function checkEntries(entries: GlossaryEntry[], file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, GlossaryEntry>();
  const at = (e: GlossaryEntry): Place => ({ start: { line: e.origin?.line ?? 1, column: e.origin?.column ?? 1, offset: 0 } });
  for (const e of entries) {
    const key = termKey(e.de);
    const first = seen.get(key);
    if (first) {
      out.push({
        ruleId: 'glossary-duplicate-term',
        severity: 'error',
        message: `"${e.de}" is already defined at ${file}:${first.origin?.line}:${first.origin?.column}`,
        hint: 'merge the two entries (list several English renderings under one `en`)',
        file,
        place: at(e),
        source: 'glossary',
      });
    } else seen.set(key, e);
    const approved = new Set(e.en.map((x) => x.toLowerCase()));
    for (const f of e.forbidden) {
      if (approved.has(f.toLowerCase())) {
        out.push({ ruleId: 'glossary-forbidden-approved', severity: 'error', message: `"${f}" is both approved and forbidden for "${e.de}"`, file, place: at(e), source: 'glossary' });
      }
    }
  }
  return out;
}
