// XML text (or bytes, decoded by their BOM / declaration) → a small element tree with 1-based
// line/column per element, parsed by saxes (strict, non-validating). DTDs are never loaded and entity
// declarations are refused, so XXE cannot happen; depth, element count and size are capped, so a
// hostile file costs linear time and bounded memory and stops with a clear error.
import type { RuleId } from '../model/rules.js';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { DiglotError, type Place } from '../model/diagnostic.js';
import { createLineIndex, type LineIndex } from '../util/line-index.js';
import { decodeXml } from './xml-encoding.js';

export interface XmlLimits {
  readonly maxDepth: number;
  readonly maxElements: number;
  /** UTF-16 code units of the decoded text. */
  readonly maxChars: number;
}

/**
 * Limits (README → Input limits and encodings). Depth: libxml2's default; saxes keeps namespace
 * scopes as a prototype chain, so each look-up costs the depth, and the readers recurse.
 */
export const XML_LIMITS: XmlLimits = { maxDepth: 256, maxElements: 2_000_000, maxChars: 64 * 1024 * 1024 };

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface XmlAttribute {
  /** Qualified name as written (`xml:lang`, `my:attr`, `id`). */
  name: string;
  local: string;
  prefix: string;
  /** Namespace URI ('' for unprefixed attributes). */
  uri: string;
  value: string;
}

export interface XmlElement {
  type: 'element';
  name: string;
  local: string;
  prefix: string;
  uri: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  parent?: XmlElement;
  /** Position of the `<` that opens the element. */
  line: number;
  column: number;
  offset: number;
}

export interface XmlText {
  type: 'text';
  text: string;
  /** True for a CDATA section. */
  cdata: boolean;
}

export type XmlNode = XmlElement | XmlText;

export interface XmlDocument {
  root: XmlElement;
  /** The DOCTYPE declaration's body, if any (never processed). */
  doctype?: string;
  lines: LineIndex;
}

/**
 * Parses `input` (text with an optional leading BOM, or the file's bytes). Malformed XML, entity
 * declarations and files over the limits throw a `DiglotError` (`xml-malformed`,
 * `xml-entity-declaration`, `xml-too-deep`, `xml-too-large`, `xml-encoding`) with file, line and column.
 */
export function parseXml(input: string | Uint8Array, file: string, limits: XmlLimits = XML_LIMITS): XmlDocument {
  const text = typeof input === 'string' ? input : decodeXml(input, file);
  if (text.length > limits.maxChars) {
    throw new DiglotError({
      ruleId: 'xml-too-large',
      severity: 'error',
      message: `the file has ${text.length} characters; diglot reads XML files of at most ${limits.maxChars} characters (64 Mi by default)`,
      hint: 'split it (one document per file)',
      file,
      place: { start: { line: 1, column: 1, offset: 0 } },
      source: 'interchange',
    });
  }
  const lines = createLineIndex(text);
  let elements = 0;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - body.length;
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: undefined });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let doctype: string | undefined;
  let failure: DiglotError | undefined;

  const fail = (ruleId: RuleId, message: string, offset: number, hint?: string): DiglotError => {
    const start = lines.pointAt(offset + shift);
    const place: Place = { start };
    return new DiglotError({ ruleId, severity: 'error', message, hint, file, place, source: 'interchange' });
  };

  parser.on('error', (err) => {
    // saxes prefixes its message with its own (Unicode-column) position: ours is in UTF-16 units.
    const message = err.message.replace(/^\d+:\d+:\s*/, '').replace(/\.$/, '');
    failure ??= fail('xml-malformed', `malformed XML: ${message}`, Math.max(0, parser.position - 1));
    throw failure;
  });
  parser.on('doctype', (dt) => {
    if (/<!ENTITY/i.test(dt)) {
      failure ??= fail(
        'xml-entity-declaration',
        'the DOCTYPE declares entities; diglot never expands DTD entities (XXE protection)',
        Math.max(0, body.indexOf('<!DOCTYPE')),
        'remove the internal DTD subset; interchange files need no entities',
      );
      throw failure;
    }
    doctype = dt;
  });
  parser.on('opentagstart', () => {
    // position is just past the tag name; the `<` is the last one before it
    const start = body.lastIndexOf('<', parser.position - 1);
    if (stack.length >= limits.maxDepth) {
      failure ??= fail('xml-too-deep', `elements are nested more than ${limits.maxDepth} deep`, start, 'interchange files nest a few levels; this file is broken or hostile');
      throw failure;
    }
    if (++elements > limits.maxElements) {
      failure ??= fail('xml-too-large', `the file has more than ${limits.maxElements} elements`, start, 'split it (one document per file)');
      throw failure;
    }
    stack.push(placeholderElement(start + shift, lines));
  });
  parser.on('opentag', (tag) => {
    const el = stack[stack.length - 1];
    fillElement(el, tag as SaxesTagNS);
    const parent = stack[stack.length - 2];
    if (parent) {
      el.parent = parent;
      parent.children.push(el);
    } else root = el;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) appendText(top, t, false);
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (top) appendText(top, t, true);
  });

  try {
    parser.write(body).close();
  } catch (e) {
    if (failure) throw failure;
    throw e;
  }
  if (!root) throw fail('xml-malformed', 'malformed XML: no root element', 0);
  return { root, doctype, lines };
}

function placeholderElement(offset: number, lines: LineIndex): XmlElement {
  const p = lines.pointAt(offset);
  return { type: 'element', name: '', local: '', prefix: '', uri: '', attributes: [], children: [], line: p.line, column: p.column, offset };
}

function fillElement(el: XmlElement, tag: SaxesTagNS): void {
  el.name = tag.name;
  el.local = tag.local;
  el.prefix = tag.prefix;
  el.uri = tag.uri;
  el.attributes = Object.values(tag.attributes)
    .filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns')
    .map((a) => ({ name: a.name, local: a.local, prefix: a.prefix, uri: a.uri, value: a.value }));
}

function appendText(el: XmlElement, text: string, cdata: boolean): void {
  const last = el.children[el.children.length - 1];
  if (last && last.type === 'text' && last.cdata === cdata) last.text += text;
  else el.children.push({ type: 'text', text, cdata });
}

/** Value of an attribute by local name and namespace ('' = no namespace). */
export function attr(el: XmlElement, local: string, uri = ''): string | undefined {
  for (const a of el.attributes) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/** Child elements, optionally filtered by namespace and local name. */
export function childElements(el: XmlElement, uri?: string, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    if (uri !== undefined && c.uri !== uri) continue;
    if (local !== undefined && c.local !== local) continue;
    out.push(c);
  }
  return out;
}

/** First child element with that namespace and local name. */
export function firstChild(el: XmlElement, uri: string, local: string): XmlElement | undefined {
  for (const c of el.children) if (c.type === 'element' && c.uri === uri && c.local === local) return c;
  return undefined;
}

/** All text below an element, in document order. */
export function textContent(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += c.type === 'text' ? c.text : textContent(c);
  return out;
}

/** True when the element has non-whitespace text directly inside it. */
export function hasOwnText(el: XmlElement): boolean {
  return el.children.some((c) => c.type === 'text' && /[^\t\n\r ]/.test(c.text));
}

/** Inherited attribute value (e.g. `xml:lang`, `xml:space`), nearest ancestor first. */
export function inheritedAttr(el: XmlElement | undefined, local: string, uri = ''): string | undefined {
  for (let e = el; e; e = e.parent) {
    const v = attr(e, local, uri);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** A diagnostic place for an element. */
export function placeOf(el: XmlElement): Place {
  return { start: { line: el.line, column: el.column, offset: el.offset } };
}
