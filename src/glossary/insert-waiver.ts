// Glossary YAML text + one waiver → the same text with the waiver added to its `waivers:` list and
// nothing else changed: the yaml Document API finds where (node ranges), the waiver is rendered by
// yaml and spliced in, so every other byte (comments, quoting, blank lines, CRLF, BOM) stays as it was.
import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { DiglotError } from '../model/diagnostic.js';
import { parseGlossary } from './parse-glossary.js';
import type { TermWaiver } from './types.js';

/** A waiver as written: the keys in schema order (`origin` is not written). */
export type WaiverFields = Omit<TermWaiver, 'origin'>;

const ORDER = ['term', 'rule', 'unit', 'document', 'de', 'en', 'occurrence', 'reason', 'reviewer', 'date'] as const;

function ordered(w: WaiverFields): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of ORDER) if (w[k] !== undefined) o[k] = w[k];
  return o;
}

/** The waiver as block-list item lines (`- term: …`), each prefixed with `indent`. */
function blockItem(w: WaiverFields, indent: string, eol: string): string {
  const yaml = new Document([ordered(w)]).toString({ lineWidth: 0 });
  return yaml
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => `${indent}${l}${eol}`)
    .join('');
}

function flowItem(w: WaiverFields): string {
  const doc = new Document(ordered(w));
  if (isMap(doc.contents)) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0 }).trim();
}

const lineStartOf = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

const fail = (file: string, message: string, hint: string): DiglotError =>
  new DiglotError({ ruleId: 'waive-unsupported-layout', severity: 'error', message, hint, file, source: 'waive' });

export interface InsertedWaiver {
  /** The new file text. */
  text: string;
  /** Exactly what was inserted, and where (UTF-16 offset into the new text). */
  inserted: string;
  offset: number;
}

/**
 * Inserts `waiver` into the glossary `text` (file name for messages). Throws a DiglotError when the
 * text is not a valid glossary or its layout cannot take a waiver without rewriting other lines.
 * The result is checked by parsing it again: the same entries and waivers plus the new one.
 */
export function insertWaiver(text: string, waiver: WaiverFields, file: string): InsertedWaiver {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const before = parseGlossary(text, file);
  const broken = before.diagnostics.filter((d) => d.severity === 'error');
  if (broken.length) throw new DiglotError(broken);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(body);
  const root = doc.contents;
  if (!isMap(root) || root.flow) throw fail(file, 'the glossary is written as a flow map ({ … }); diglot waive edits block-style files only', 'write the file in block style (one key per line), or add the waiver by hand');
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'waivers');
  let at: number;
  let insert: string;
  if (!pair) {
    // A new `waivers:` list at the end of the file, at the indentation of the top-level keys.
    const keyStart = (isScalar(root.items[0]?.key) ? root.items[0].key.range?.[0] : 0) ?? 0;
    const baseIndent = ' '.repeat(keyStart - lineStartOf(body, keyStart));
    at = body.length;
    insert = `${body === '' || body.endsWith('\n') ? '' : eol}${eol}${baseIndent}waivers:${eol}${blockItem(waiver, `${baseIndent}  `, eol)}`;
  } else if (isSeq(pair.value) && pair.value.flow) {
    // `waivers: [ … ]`: the new item goes after the last one (or between the brackets).
    const seq = pair.value;
    const last = seq.items[seq.items.length - 1] as { range?: [number, number, number] } | undefined;
    at = last?.range ? last.range[1] : body.lastIndexOf(']', (seq.range?.[1] ?? 1) - 1);
    insert = `${last?.range ? ', ' : ''}${flowItem(waiver)}`;
  } else if (isSeq(pair.value)) {
    const [start, valueEnd] = pair.value.range ?? [0, 0];
    const indent = ' '.repeat(start - lineStartOf(body, start));
    at = valueEnd;
    insert = `${body.slice(0, valueEnd).endsWith('\n') ? '' : eol}${blockItem(waiver, indent, eol)}`;
  } else {
    throw fail(file, '`waivers:` is not a list', 'make `waivers:` a list of waivers (see glossary/schema.json)');
  }
  const out = `${body.slice(0, at)}${insert}${body.slice(at)}`;
  const result = bom + out;
  verifyInsertion(before, parseGlossary(result, file), waiver, file);
  return { text: result, inserted: insert, offset: bom.length + at };
}

/** The edit must keep every entry and waiver and add exactly the new one; anything else is a bug. */
function verifyInsertion(before: ReturnType<typeof parseGlossary>, after: ReturnType<typeof parseGlossary>, waiver: WaiverFields, file: string): void {
  const strip = <T extends { origin?: unknown }>(xs: T[]) => xs.map(({ origin: _origin, ...rest }) => rest);
  // Key order differs between a parsed and a built object: compare with sorted keys.
  const canon = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canon(x)])) : v;
  const same = (a: unknown, b: unknown) => JSON.stringify(canon(a)) === JSON.stringify(canon(b));
  const added = after.waivers[after.waivers.length - 1];
  const ok =
    !after.diagnostics.some((d) => d.severity === 'error') &&
    same(strip(after.entries), strip(before.entries)) &&
    after.waivers.length === before.waivers.length + 1 &&
    same(strip(after.waivers.slice(0, -1)), strip(before.waivers)) &&
    added !== undefined &&
    same(strip([added])[0], ordered({ ...waiver, ...(waiver.term !== undefined ? { term: waiver.term.normalize('NFC').trim() } : {}) }));
  if (!ok) throw new Error(`inserting the waiver into ${file} would change other content; nothing was written`);
}
