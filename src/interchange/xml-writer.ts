// A small XML writer: element descriptions in, indented UTF-8 XML text out. Elements that hold text
// (mixed content) are written on one line so no whitespace is added to translatable content.
import { DiglotError } from '../model/diagnostic.js';
import { escapeAttr, escapeText, findInvalidXmlChar, formatCodePoint } from './xml-chars.js';

export interface XmlOut {
  name: string;
  attrs: Array<[string, string]>;
  children: XmlChild[];
}

export type XmlChild = XmlOut | string;

/**
 * Builds an element. Attributes whose value is `undefined` are left out, so optional data reads
 * naturally at the call site; attribute order is the order given.
 */
export function el(name: string, attrs: Record<string, string | number | undefined> = {}, children: XmlChild[] = []): XmlOut {
  const list: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) list.push([k, String(v)]);
  return { name, attrs: list, children };
}

/** Thrown when text holds a character XML 1.0 cannot carry; writers turn it into a diagnostic. */
export class XmlCharError extends DiglotError {
  constructor(
    readonly code: number,
    readonly index: number,
    readonly text: string,
  ) {
    super({
      ruleId: 'interchange-invalid-char',
      severity: 'error',
      message: `${formatCodePoint(code)} at offset ${index} of "${text.slice(0, 40)}" cannot be written in XML 1.0`,
      source: 'interchange',
    });
    this.name = 'XmlCharError';
  }
}

/** Throws `XmlCharError` for the first character XML 1.0 can't represent. */
export function assertXmlText(text: string): void {
  const bad = findInvalidXmlChar(text);
  if (bad) throw new XmlCharError(bad.code, bad.index, text);
}

/** Serialises a document: XML declaration, optional DOCTYPE, root, final newline. */
export function serializeXml(root: XmlOut, opts: { doctype?: string } = {}): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  if (opts.doctype) out.push(`${opts.doctype}\n`);
  writeElement(root, 0, out);
  out.push('\n');
  return out.join('');
}

function writeElement(node: XmlOut, depth: number, out: string[]): void {
  out.push(`<${node.name}`);
  for (const [k, v] of node.attrs) {
    assertXmlText(v);
    out.push(` ${k}="${escapeAttr(v)}"`);
  }
  if (node.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  const mixed = node.children.some((c) => typeof c === 'string');
  if (mixed) {
    for (const c of node.children) writeInline(c, out);
  } else {
    const pad = '  '.repeat(depth + 1);
    for (const c of node.children) {
      out.push(`\n${pad}`);
      writeElement(c as XmlOut, depth + 1, out);
    }
    out.push(`\n${'  '.repeat(depth)}`);
  }
  out.push(`</${node.name}>`);
}

function writeInline(c: XmlChild, out: string[]): void {
  if (typeof c === 'string') {
    assertXmlText(c);
    out.push(escapeText(c));
    return;
  }
  out.push(`<${c.name}`);
  for (const [k, v] of c.attrs) {
    assertXmlText(v);
    out.push(` ${k}="${escapeAttr(v)}"`);
  }
  if (c.children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of c.children) writeInline(child, out);
  out.push(`</${c.name}>`);
}
