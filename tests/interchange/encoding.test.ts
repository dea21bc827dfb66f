// XML imports are decoded by their BOM and encoding declaration (ISO-8859-1, windows-1252, UTF-16 LE/BE
// with or without a BOM), or refused with a message that names the encoding: never read as mojibake.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInterchange, readTbx } from '../../src/interchange/index.js';
import { decodeWindows1252, decodeXml, detectXmlEncoding } from '../../src/interchange/xml-encoding.js';
import { runCli } from '../../src/cli/main.js';
import { readMemory } from '../../src/project/index.js';
import { fakeIO, fixtures } from './helpers.js';
import { copyProject } from '../helpers/project.js';
import { thrownDiglotError } from '../helpers/diglot-error.js';

const dir = path.join(fixtures, 'encodings');
const bytes = (name: string) => fs.readFileSync(path.join(dir, name));

const LATIN = [
  ['Die Kosten steigen.', 'Café costs rise by £5.'],
  ['Größere Brücken über die Straße.', 'Bigger bridges: «déjà vu».'],
];
const CP1252 = [...LATIN, ['Das kostet 5 € – „teuer“.', 'That costs €5 – “expensive”.']];

const FORMATS = [
  { name: 'tmx', ext: 'tmx', format: 'tmx' },
  { name: 'xliff21', ext: 'xlf', format: 'xliff21' },
  { name: 'xliff12', ext: 'xliff12.xlf', format: 'xliff12' },
] as const;

const failure = thrownDiglotError;

describe('XML imports in other encodings', () => {
  for (const f of FORMATS) {
    for (const [enc, expected] of [['iso-8859-1', LATIN], ['windows-1252', CP1252], ['utf-16le', CP1252], ['utf-16be', CP1252]] as const) {
      it(`reads ${f.name} saved as ${enc} exactly`, () => {
        const read = readInterchange(bytes(`${f.name}.${enc}.${f.ext}`), `${f.name}.${enc}.${f.ext}`);
        expect(read.format).toBe(f.format);
        expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(read.units.map((u) => [u.source, u.target])).toEqual(expected);
      });
    }
  }

  it('reads UTF-16 without a byte-order mark (XML 1.0 appendix F)', () => {
    expect(detectXmlEncoding(bytes('tmx.utf-16le-no-bom.tmx'), 'x')).toEqual({ encoding: 'utf-16le', bom: false, declared: 'UTF-16' });
    expect(readInterchange(bytes('tmx.utf-16le-no-bom.tmx'), 'x.tmx').units.map((u) => u.target)).toEqual(LATIN.map((p) => p[1]));
  });

  it('reads TBX in every encoding to the same entries', () => {
    const note = (enc: string) => readTbx(bytes(`tbx.${enc}.tbx`), `tbx.${enc}.tbx`).entries.map((e) => [e.de, e.en.join('|'), e.note ?? '']);
    expect(note('iso-8859-1')).toEqual([['Größe', 'size', ''], ['Brücke', 'bridge', 'Café-Brücke, £5']]);
    for (const enc of ['windows-1252', 'utf-16le', 'utf-16be']) {
      expect(note(enc)).toEqual([['Größe', 'size', ''], ['Brücke', 'bridge', 'Café-Brücke, £5 – 5 € „teuer“']]);
    }
  });

  it('decodes ISO-8859-1 the way browsers do (windows-1252), and keeps a BOM-less text exact', () => {
    expect(detectXmlEncoding(bytes('tmx.iso-8859-1.tmx'), 'x').encoding).toBe('windows-1252');
    const text = decodeXml(bytes('tmx.iso-8859-1.tmx'), 'x');
    expect(text.startsWith('<?xml version="1.0" encoding="ISO-8859-1"?>')).toBe(true);
    expect(text).toContain('Café costs rise by £5.');
    // Node ≥ 20.18.3 decodes windows-1252 as Latin-1 (nodejs/node#60888): diglot's own table is used
    expect(decodeWindows1252(Uint8Array.of(0x41, 0x80, 0x81, 0x84, 0x92, 0x93, 0x96, 0x9f, 0xa3, 0xe9, 0xff))).toBe('A€\u0081„’“–Ÿ£éÿ');
    // a UTF-16 BOM stays in the text (offsets index the file as read); the XML reader skips it
    expect(decodeXml(bytes('tmx.utf-16le.tmx'), 'x').charCodeAt(0)).toBe(0xfeff);
  });

  it('refuses what it cannot decode, naming the encoding', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['refused.utf-16-declared-8bit.tmx', 'xml-encoding', /encoding="UTF-16".*no byte-order mark/],
      ['refused.unknown-encoding.tmx', 'xml-encoding', /encoding="x-klingon".*not an encoding diglot knows/],
      ['refused.utf-32.tmx', 'xml-encoding', /UTF-32/],
      ['refused.utf-16le-lone-surrogate.tmx', 'xml-encoding', /not valid UTF-16LE: an unpaired surrogate/],
      ['refused.latin1-declared-utf-8.tmx', 'input-not-utf8', /not valid UTF-8: byte 0xE9 \("é" in Latin-1\)/],
    ];
    for (const [name, ruleId, message] of cases) {
      const e = failure(() => readInterchange(bytes(name), name));
      expect(e.diagnostics).toHaveLength(1);
      expect(e.diagnostics[0]).toMatchObject({ ruleId, file: name });
      expect(e.diagnostics[0].message).toMatch(message);
    }
    // the first bad byte is placed exactly: "Café" on line 7 of the TMX
    const bad = failure(() => readInterchange(bytes('refused.latin1-declared-utf-8.tmx'), 'x.tmx')).diagnostics[0];
    expect(bad.place?.start).toMatchObject({ line: 7, column: 37 });
    const lone = failure(() => readInterchange(bytes('refused.utf-16le-lone-surrogate.tmx'), 'x.tmx')).diagnostics[0];
    expect(lone.place?.start.line).toBe(7);
  });

  it('the UTF-8 declaration of a text already decoded is not re-read', () => {
    const utf16 = decodeXml(bytes('xliff21.utf-16le.xlf'), 'x');
    expect(readInterchange(utf16, 'x.xlf').units).toHaveLength(3);
  });
});

describe('diglot import of a Latin-1 file', () => {
  it('writes the English in UTF-8 exactly as the translator typed it, and archives what does not match', async () => {
    const dir = copyProject(path.join(fixtures, 'project'));
    const f = fakeIO(dir);
    const code = await runCli(['import', path.join(fixtures, 'encodings/xliff12.iso-8859-1.xliff12.xlf'), '--prefer', 'file'], f.io);
    expect(code, f.err()).toBe(0);
    const resource = JSON.parse(fs.readFileSync(path.join(dir, 'locales/en/mini.json'), 'utf8')) as Record<string, string | null>;
    expect(resource['Die Kosten steigen.']).toBe('Café costs rise by £5.');
    const orphans = fs.readFileSync(path.join(dir, '.diglot/locales/en/mini.orphans.json'), 'utf8');
    // the German of the second unit is not in the article: kept in the archive, umlauts intact
    expect(orphans).toContain('"de":"Größere Brücken über die Straße.","en":"Bigger bridges: «déjà vu».","reason":"unmatched-update"');
    // the local English it replaced is archived, not lost
    expect(orphans).toContain('"en":"Costs are rising.","reason":"superseded"');
  });
});

describe('a translation memory in another encoding', () => {
  it('a UTF-16 or Latin-1 TMX in match.memory gives its English with every character intact', () => {
    for (const file of ['encodings/tmx.iso-8859-1.tmx', 'encodings/tmx.utf-16be.tmx']) {
      const memory = readMemory(fixtures, [file]);
      expect(memory.diagnostics).toEqual([]);
      expect(memory.index.search('Größere Brücken über die Straße.', { threshold: 90 }).map((h) => h.entry.en)).toEqual(['Bigger bridges: «déjà vu».']);
    }
  });
});
