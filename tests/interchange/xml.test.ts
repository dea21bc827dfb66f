import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DiglotError } from '../../src/model/diagnostic.js';
import { escapeAttr, escapeText, findInvalidXmlChar } from '../../src/interchange/xml-chars.js';
import { attr, parseXml, textContent } from '../../src/interchange/xml-tree.js';
import { el, serializeXml } from '../../src/interchange/xml-writer.js';
import { readInterchange } from '../../src/interchange/index.js';
import { fixtures } from './helpers.js';
import { thrownDiglotError } from '../helpers/diglot-error.js';

const thrown = thrownDiglotError;

describe('xml tree', () => {
  it('records 1-based line and UTF-16 column of each element, after a BOM and CRLF', () => {
    const text = '\uFEFF<r>\r\n  😀<a x="1"/>\r\n<b>t</b></r>';
    const { root } = parseXml(text, 'x.xml');
    const [a, b] = root.children.filter((c) => c.type === 'element');
    expect(a.type === 'element' && [a.line, a.column]).toEqual([2, 5]);
    expect(b.type === 'element' && [b.line, b.column, text.slice(b.offset, b.offset + 3)]).toEqual([3, 1, '<b>']);
    expect(a.type === 'element' && attr(a, 'x')).toBe('1');
  });

  it('keeps CDATA and character references as text', () => {
    const { root } = parseXml('<r>a<![CDATA[<b>&amp;]]>&#x1F600;&#xD;</r>', 'x.xml');
    expect(textContent(root)).toBe('a<b>&amp;😀\r');
  });

  it('reports malformed XML with file, line and column, as a DiglotError', () => {
    const e = thrown(() => readInterchange(fs.readFileSync(path.join(fixtures, 'malformed.tmx'), 'utf8'), 'malformed.tmx'));
    expect(e.diagnostics[0].ruleId).toBe('xml-malformed');
    expect(e.diagnostics[0].file).toBe('malformed.tmx');
    expect(e.diagnostics[0].place?.start.line).toBe(6);
    expect(e.diagnostics[0].place?.start.column).toBeGreaterThan(30);
  });

  it('never resolves an external entity (XXE): the secret file does not leak', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-xxe-'));
    const secret = path.join(dir, 'secret.txt');
    fs.writeFileSync(secret, 'TOP-SECRET-4711');
    const text = fs.readFileSync(path.join(fixtures, 'xxe.xlf'), 'utf8').replace('SECRET_PATH', secret);
    const e = thrown(() => readInterchange(text, 'xxe.xlf'));
    expect(e.diagnostics[0].ruleId).toBe('xml-entity-declaration');
    expect(JSON.stringify(e.diagnostics)).not.toContain('TOP-SECRET');
    expect(e.diagnostics[0].place?.start.line).toBe(2);
  });

  it('never resolves an external entity even without DOCTYPE entity declaration (undefined entity)', () => {
    const e = thrown(() => parseXml('<!DOCTYPE r SYSTEM "file:///etc/passwd"><r>&passwd;</r>', 'x.xml'));
    expect(e.diagnostics[0].ruleId).toBe('xml-malformed');
    expect(e.diagnostics[0].message).toMatch(/entity/);
  });

  it('rejects characters XML 1.0 forbids in the input', () => {
    expect(thrown(() => parseXml('<r>a\u0001b</r>', 'x.xml')).diagnostics[0].place?.start.column).toBe(5);
  });
});

describe('escaping', () => {
  it('escapes markup characters, ]]> and CR in text; quotes and whitespace in attributes', () => {
    expect(escapeText('a<b & c]]>\r\n')).toBe('a&lt;b &amp; c]]&gt;&#xD;\n');
    expect(escapeAttr('"a"\t<b>\n&')).toBe('&quot;a&quot;&#x9;&lt;b&gt;&#xA;&amp;');
  });

  it('finds controls, U+FFFE and lone surrogates but accepts pairs', () => {
    expect(findInvalidXmlChar('ok 😀 \t\n')).toBeUndefined();
    expect(findInvalidXmlChar('a\u0008')).toEqual({ index: 1, code: 8 });
    expect(findInvalidXmlChar('\uFFFE')).toEqual({ index: 0, code: 0xfffe });
    expect(findInvalidXmlChar('x\uD83D')).toEqual({ index: 1, code: 0xd83d });
    expect(findInvalidXmlChar('\uDE00y')).toEqual({ index: 0, code: 0xde00 });
  });

  it('property: any XML-legal text and attribute value survive writer → parser unchanged', () => {
    const legal = fc.string({ unit: 'binary' }).filter((s) => findInvalidXmlChar(s) === undefined);
    fc.assert(
      fc.property(legal, legal, (text, value) => {
        const xml = serializeXml(el('r', { v: value }, [text]));
        const { root } = parseXml(xml, 'p.xml');
        return textContent(root) === text && attr(root, 'v') === value;
      }),
      { numRuns: 300 },
    );
  });

  it('refuses to write a character XML 1.0 cannot carry, with a rule id', () => {
    const e = thrown(() => serializeXml(el('r', {}, ['a\u0000'])));
    expect(e.diagnostics[0].ruleId).toBe('interchange-invalid-char');
    expect(e.message).toContain('U+0000');
  });
});
