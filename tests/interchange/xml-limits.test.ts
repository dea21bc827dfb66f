// Hostile XML costs linear time and stops with a clear error: nesting deeper than 256 (libxml2's
// default), more elements or characters than the limits; the readers never overflow the stack.
import { describe, expect, it } from 'vitest';
import { readInterchange, readTbx } from '../../src/interchange/index.js';
import { parseXml, XML_LIMITS } from '../../src/interchange/xml-tree.js';
import { thrownDiglotError } from '../helpers/diglot-error.js';

const failure = thrownDiglotError;

const nested = (open: string, close: string, n: number, inner = 'x') => open.repeat(n) + inner + close.repeat(n);
const tmx = (seg: string) => `<tmx version="1.4"><header srclang="de" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body><tu><tuv xml:lang="de"><seg>${seg}</seg></tuv><tuv xml:lang="en"><seg>y</seg></tuv></tu></body></tmx>`;
const xliff2 = (groups: number) => `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en"><file id="f">${Array.from({ length: groups }, (_, i) => `<group id="g${i}">`).join('')}<unit id="u"><segment><source>x</source><target>y</target></segment></unit>${'</group>'.repeat(groups)}</file></xliff>`;
const xliff12 = (inner: string) => `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="de" target-language="en" datatype="plaintext"><body><trans-unit id="1"><source>${inner}</source><target>y</target></trans-unit></body></file></xliff>`;

describe('XML limits', () => {
  it('refuses 100,000 nested elements at the 257th level, with its position', () => {
    const e = failure(() => parseXml(nested('<a>', '</a>', 100_000), 'deep.xml'));
    expect(e.diagnostics).toHaveLength(1);
    expect(e.diagnostics[0]).toMatchObject({ ruleId: 'xml-too-deep', file: 'deep.xml', place: { start: { line: 1, column: 256 * 3 + 1 } } });
    expect(e.diagnostics[0].message).toContain('nested more than 256 deep');
  });

  it('reads files nested up to the limit without overflowing the stack in any reader', () => {
    const depth = XML_LIMITS.maxDepth;
    // tmx > body > tu > tuv > seg: five levels above the inline codes
    expect(readInterchange(tmx(nested('<hi>', '</hi>', depth - 6)), 'x.tmx').units[0].source).toBe('x');
    expect(readInterchange(xliff2(depth - 6), 'x.xlf').units[0].target).toBe('y');
    expect(readInterchange(xliff12(nested('<g id="1">', '</g>', depth - 8)), 'x.xlf').units).toHaveLength(1);
    expect(failure(() => readInterchange(tmx(nested('<hi>', '</hi>', depth)), 'x.tmx')).diagnostics[0].ruleId).toBe('xml-too-deep');
    expect(failure(() => readInterchange(xliff2(depth), 'x.xlf')).diagnostics[0].ruleId).toBe('xml-too-deep');
    expect(failure(() => readTbx(nested('<tbx>', '</tbx>', depth + 1), 'x.tbx')).diagnostics[0].ruleId).toBe('xml-too-deep');
  });

  it('refuses more elements or characters than the limits', () => {
    const many = `<r>${'<a/>'.repeat(101)}</r>`;
    expect(parseXml(many, 'x', { ...XML_LIMITS, maxElements: 102 }).root.children).toHaveLength(101);
    const tooMany = failure(() => parseXml(many, 'x', { ...XML_LIMITS, maxElements: 101 })).diagnostics[0];
    expect(tooMany).toMatchObject({ ruleId: 'xml-too-large', place: { start: { line: 1, column: 4 + 100 * 4 } } });
    const tooLong = failure(() => parseXml(many, 'x', { ...XML_LIMITS, maxChars: many.length - 1 })).diagnostics[0];
    expect(tooLong.ruleId).toBe('xml-too-large');
    expect(tooLong.message).toContain(`the file has ${many.length} characters`);
  });
});
