import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DiglotError } from '../../src/model/diagnostic.js';
import { readInterchange, writeTmx, writeXliff12, writeXliff21, type ExportDocument } from '../../src/interchange/index.js';
import { findInvalidXmlChar } from '../../src/interchange/xml-chars.js';
import { fixtures, makeDoc, md, sampleDoc } from './helpers.js';

const writers = { tmx: writeTmx, xliff21: writeXliff21, xliff12: writeXliff12 } as const;
type Fmt = keyof typeof writers;

function roundTrip(fmt: Fmt, doc: ExportDocument) {
  const text = writers[fmt]([doc]);
  const read = readInterchange(text, `x.${fmt}`);
  expect(read.diagnostics).toEqual([]);
  return read;
}

/** Text built from hostile pieces: markup characters, CDATA end, controls, surrogates, emoji, RTL, placeholders. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom('<', '>', '&', '&amp;', ']]>', '"', "'", '\r', '\r\n', '\t', '  ', '\u00a0', '\u00ad', '<1>', '</1>', '<2/>', '<3>', '<1/>', '<01>'),
      fc.constantFrom('\u0000', '\u0007', '\u001b', '\ufffe', '\uffff', '\ud800', '\udfff', '😀', '👩‍👩‍👧', 'שלום', 'مرحبا', '\u202e', 'ß', 'e\u0301'),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''));

describe('round trip export → import', () => {
  for (const fmt of Object.keys(writers) as Fmt[]) {
    it(`${fmt}: keys and English come back exactly, placeholders included`, () => {
      const doc = sampleDoc();
      const read = roundTrip(fmt, doc);
      expect(read.units.map((u) => u.source)).toEqual(doc.units.map((u) => u.segment.key));
      expect(read.units.map((u) => u.target)).toEqual(doc.units.map((u) => u.en));
      expect(read.units.map((u) => u.document)).toEqual(doc.units.map(() => 'locales/de/article.md'));
      expect(read.units.every((u) => u.base && /^[0-9a-f]{16}$/.test(u.base))).toBe(true);
    });

    it(`${fmt}: property: any text survives, or XML 1.0's limits give a clear error`, () => {
      fc.assert(
        fc.property(hostile, fc.option(hostile, { nil: null }), (key, en) => {
          const doc = makeDoc([{ key, en, markup: [md.strong(1), md.image(2, 'Bild', 'a.png')] }]);
          const carriable = findInvalidXmlChar(key) === undefined && (en === null || findInvalidXmlChar(en) === undefined);
          if (fmt !== 'xliff21' && !carriable) {
            expect(() => writers[fmt]([doc])).toThrow(DiglotError);
            try {
              writers[fmt]([doc]);
            } catch (e) {
              expect((e as DiglotError).diagnostics[0].ruleId).toBe('interchange-invalid-char');
              expect((e as DiglotError).diagnostics[0].file).toBe('locales/de/article.md');
            }
            return;
          }
          const [u] = readInterchange(writers[fmt]([doc]), 'p').units;
          expect(u.source).toBe(key);
          expect(u.target).toBe(en);
        }),
        { numRuns: 250 },
      );
    });
  }

  it('xliff21 encodes characters XML cannot carry as <cp> and restores them', () => {
    const doc = makeDoc([{ key: 'Glocke\u0007 und \ud800 halb', en: 'bell\u0007' }]);
    const xml = writeXliff21([doc]);
    expect(xml).toContain('<cp hex="0007"/>');
    expect(xml).toContain('<cp hex="D800"/>');
    expect(readInterchange(xml, 'x.xlf').units[0]).toMatchObject({ source: 'Glocke\u0007 und \ud800 halb', target: 'bell\u0007' });
  });

  it('a literal "<5>" that the markup does not declare is escaped text, and stays text', () => {
    const doc = makeDoc([{ key: 'Wert <5> und <1>fett</1>', en: 'value <5> and <1>bold</1>', markup: [md.strong(1)] }]);
    for (const fmt of Object.keys(writers) as Fmt[]) {
      const xml = writers[fmt]([doc]);
      expect(xml).toContain('Wert &lt;5&gt; und');
      expect(readInterchange(xml, 'x').units[0]).toMatchObject({ source: 'Wert <5> und <1>fett</1>', target: 'value <5> and <1>bold</1>' });
    }
  });

  it('a repeated declared tag: the first is the code, the second text; the key still round-trips exactly', () => {
    const doc = makeDoc([{ key: 'a <1>b</1> <1>c</1>', en: 'a <1>b</1> <1>c</1>', markup: [md.strong(1)] }]);
    const xml = writeXliff21([doc]);
    expect(xml).toContain('&lt;1&gt;c&lt;/1&gt;');
    expect(readInterchange(xml, 'x').units[0]).toMatchObject({ source: 'a <1>b</1> <1>c</1>' });
  });

  it('misnested placeholders become isolated codes and round-trip', () => {
    const doc = makeDoc([{ key: '<1>a<2>b</1>c</2>', en: '</1>x<1>', markup: [md.strong(1), md.emphasis(2)] }]);
    expect(writeXliff21([doc])).toContain('isolated="yes"');
    expect(writeXliff12([doc])).toContain('<bx id="1"');
    expect(writeTmx([doc])).toContain('<it pos="begin"');
    for (const fmt of Object.keys(writers) as Fmt[]) expect(roundTrip(fmt, doc).units[0]).toMatchObject({ source: '<1>a<2>b</1>c</2>', target: '</1>x<1>' });
  });
});

describe('what each format says', () => {
  it('TMX: one <tu> per unit, srclang, xml:lang per tuv, document/section/status properties, bpt/ept/ph with Markdown', () => {
    const tmx = writeTmx([sampleDoc()], { creationDate: '20240131T120000Z' });
    expect(tmx.match(/<tu /g)).toHaveLength(6);
    expect(tmx).toContain('srclang="de"');
    expect(tmx).toContain('creationdate="20240131T120000Z"');
    expect(tmx).toContain('<tuv xml:lang="en">');
    expect(tmx).toContain('<prop type="x-document">locales/de/article.md</prop>');
    expect(tmx).toContain('<prop type="x-section">lede</prop>');
    expect(tmx).toContain('<prop type="x-status">stale</prop>');
    expect(tmx).toContain('<bpt i="1" x="1" type="bold">**</bpt>heute<ept i="1">**</ept>');
    expect(tmx).toContain('<ph x="2" type="image">![Karte](map.png)</ph>');
    expect(tmx).toContain('](https://example.org/a?b=1&amp;c=2)</ept>');
  });

  it('TMX honours de-CH / en-GB', () => {
    const tmx = writeTmx([makeDoc([{ key: 'Strasse', en: 'street' }], { sourceLang: 'de-CH', targetLang: 'en-GB' })]);
    expect(tmx).toContain('srclang="de-CH"');
    expect(tmx).toContain('<tuv xml:lang="en-GB">');
    expect(readInterchange(tmx, 'x.tmx').units[0]).toMatchObject({ sourceLang: 'de-CH', targetLang: 'en-GB' });
  });

  it('XLIFF 2.1: unit per block, segment per sentence, states, old English as mtc:match, glossary as gls:', () => {
    const xml = writeXliff21([sampleDoc()]);
    expect(xml.match(/<unit /g)).toHaveLength(4);
    expect(xml.match(/<segment /g)).toHaveLength(6);
    expect(xml).toContain('version="2.1" srcLang="de" trgLang="en"');
    expect(xml).toMatch(/state="final" subState="diglot:reviewed"/);
    expect(xml).toMatch(/state="translated" subState="diglot:translated"/);
    expect(xml).toMatch(/state="initial" subState="diglot:stale"/);
    expect(xml).toMatch(/state="initial" subState="diglot:missing"/);
    expect(xml).toMatch(/<mtc:match ref="#s[0-9a-f]+" similarity="88" type="tm" origin="diglot:stale">\s*<source>Der Entscheid fiel sehr knapp aus.<\/source>\s*<target>The decision was very close.<\/target>/);
    expect(xml).toMatch(/<gls:term source="diglot glossary">Schweiz<\/gls:term>\s*<gls:translation>Switzerland<\/gls:translation>/);
    expect(xml).toContain('<pc id="1-1" dataRefStart="d1-1" dataRefEnd="d1-1e" type="fmt" subType="xlf:b">heute</pc>');
    expect(xml).toContain('<data id="d2-2" xml:space="preserve">![Karte](map.png)</data>');
    const stale = readInterchange(xml, 'x.xlf').units[3];
    expect(stale).toMatchObject({ state: 'initial', status: 'untranslated', target: null });
  });

  it('XLIFF 1.2: file per document, group per block, g/x codes, alt-trans for stale, glossary notes', () => {
    const two = [sampleDoc(), makeDoc([{ key: 'Zweites Dokument', en: 'Second document' }], { path: 'locales/de/b.md', slug: 'b' })];
    const xml = writeXliff12(two);
    expect(xml.match(/<file /g)).toHaveLength(2);
    expect(xml.match(/<group /g)).toHaveLength(5);
    expect(xml).toContain('<g id="1" ctype="bold">heute</g>');
    expect(xml).toContain('<x id="2" ctype="image" equiv-text="![Karte](map.png)"/>');
    expect(xml).toContain('<target state="final">Switzerland decided');
    expect(xml).toMatch(/<alt-trans match-quality="88" origin="diglot-stale">\s*<source>Der Entscheid fiel sehr knapp aus.<\/source>/);
    expect(xml).toContain('<note from="diglot-glossary" annotates="source">Schweiz → Switzerland</note>');
    const read = readInterchange(xml, 'x.xlf');
    expect(read.units.map((u) => u.document)).toContain('locales/de/b.md');
    expect(read.units[1].status).toBe('reviewed');
  });
});

describe('reading files diglot did not write', () => {
  it('TMX from another tool: language matching is case-insensitive, codes numbered, <hi> text kept, TMX 1.1 lang', () => {
    const read = readInterchange(fs.readFileSync(path.join(fixtures, 'foreign.tmx'), 'utf8'), 'foreign.tmx');
    expect(read.units[0]).toMatchObject({ source: 'Klicken Sie <7>hier</7> <1/>', target: 'Click <7>here</7> <1/>', sourceLang: 'DE-CH', status: 'translated', base: undefined });
    expect(read.units[1]).toMatchObject({ source: 'Nur hervorgehoben und <3>offen', target: 'Only highlighted and <3>open' });
  });

  it('XLIFF 1.2 with seg-source: one unit per mrk, whitespace collapsed (xml:space default), drafts recognised', () => {
    const read = readInterchange(fs.readFileSync(path.join(fixtures, 'segmented-1.2.xlf'), 'utf8'), 'seg.xlf');
    expect(read.format).toBe('xliff12');
    expect(read.units.map((u) => [u.id, u.source, u.target, u.status])).toEqual([
      ['p1/1', 'Erster Satz.', 'First sentence.', 'translated'],
      ['p1/2', 'Zweiter Satz mit <5>Fett</5>.', 'Second sentence with <5>bold</5>.', 'translated'],
      ['p2', 'Noch offen.', 'Noch offen.', 'draft'],
    ]);
  });

  it('XLIFF 2.0 with sc/ec across segments, ignorables, annotations and cp', () => {
    const read = readInterchange(fs.readFileSync(path.join(fixtures, 'sc-ec-2.0.xlf'), 'utf8'), 'sc.xlf');
    expect(read.format).toBe('xliff20');
    expect(read.diagnostics).toEqual([]);
    expect(read.units.map((u) => [u.source, u.target, u.status])).toEqual([
      ['<1>Fett über', '<1>Bold across', 'reviewed'],
      ['zwei Sätze.</1> Begriff \u0007', 'two sentences.</1> term \u0007', 'draft'],
    ]);
  });

  it('an invalid XLIFF 2.1 file gives error diagnostics with places, not a crash', () => {
    const read = readInterchange(fs.readFileSync(path.join(fixtures, 'invalid-2.1.xlf'), 'utf8'), 'bad.xlf');
    const messages = read.diagnostics.map((d) => `${d.place?.start.line}:${d.ruleId}:${d.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^5:xliff-attribute:state="done"/),
        expect.stringMatching(/^6:xliff-reference:dataRefStart="nope"/),
        expect.stringMatching(/^7:xliff-lang:a <target> needs trgLang/),
      ]),
    );
  });

  it('an unknown root is a clear error', () => {
    expect(() => readInterchange('<html/>', 'x.html')).toThrow(/neither TMX nor XLIFF/);
  });
});
