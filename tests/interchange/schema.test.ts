import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkTbxBasic, parseXml, writeTbx, writeTmx, writeXliff12, writeXliff21 } from '../../src/interchange/index.js';
import { findInvalidXmlChar } from '../../src/interchange/xml-chars.js';
import type { GlossaryEntry } from '../../src/model/glossary.js';
import { makeDoc, md, sampleDoc } from './helpers.js';
import { schemas, validationSkipReason, xmllint } from './xmllint.js';

const skip = validationSkipReason();
if (skip) console.warn(`[interchange] SKIPPING schema validation with xmllint: ${skip}`);

const entries: GlossaryEntry[] = [
  { de: 'Bundesrat', en: ['Federal Council', 'federal government'], forbidden: ['Federal Assembly'], variants: ['Bundesrats'], match: 'inflect', pos: 'noun', domain: 'politics', note: 'Swiss executive' },
  { de: 'Schwatzfest', en: ['talking shop'], forbidden: [], variants: [], match: 'exact', pos: 'Substantiv', status: 'approved' },
  { de: 'einen Keil treiben', en: ['drive a wedge'], forbidden: [], variants: [], match: 'inflect', pos: 'verb phrase' },
];

/** Documents with hostile but XML-legal text, for validating many shapes at once. */
function randomDocs(): ReturnType<typeof makeDoc>[] {
  const text = fc.string({ unit: 'binary', maxLength: 30 }).filter((s) => findInvalidXmlChar(s) === undefined);
  const withTags = fc.tuple(text, text, text).map(([a, b, c]) => `${a}<1>${b}</1>${c}<2/>`);
  return fc.sample(fc.tuple(withTags, fc.option(withTags, { nil: null })), { numRuns: 25, seed: 4711 }).map(([key, en], i) =>
    makeDoc([{ key, en, markup: [md.strong(1), md.image(2, 'a&b', 'x.png')], blockIndex: i % 3 }], { sourceLang: 'de-CH', targetLang: 'en-GB' }),
  );
}

describe.skipIf(!!skip)('exports validate against the official schemas (xmllint)', () => {
  it('TMX 1.4b against tmx14.dtd', () => {
    const r = xmllint('tmx', [writeTmx([sampleDoc()], { creationDate: '20240131T120000Z' }), ...randomDocs().map((d) => writeTmx([d]))]);
    expect(r.output).not.toMatch(/error|fails/i);
    expect(r.ok).toBe(true);
  });

  it('XLIFF 2.1 against xliff_core_2.0.xsd + matches, glossary, metadata modules', () => {
    const two = [sampleDoc(), makeDoc([{ key: 'Zwei', en: 'Two' }], { path: 'b.md', slug: 'b' })];
    const control = makeDoc([{ key: 'Glocke\u0007', en: 'bell\u0007\ud800' }]);
    const r = xmllint('xliff21', [writeXliff21(two), writeXliff21([control]), writeXliff21([makeDoc([])]), ...randomDocs().map((d) => writeXliff21([d]))]);
    expect(r.output).not.toMatch(/error|fails/i);
    expect(r.ok).toBe(true);
  });

  it('XLIFF 1.2 against xliff-core-1.2-strict.xsd', () => {
    const r = xmllint('xliff12', [writeXliff12([sampleDoc()], { creationDate: '20240131T120000Z' }), writeXliff12([makeDoc([])]), ...randomDocs().map((d) => writeXliff12([d]))]);
    expect(r.output).not.toMatch(/error|fails/i);
    expect(r.ok).toBe(true);
  });

  it('TBX-Basic against the TBX core RNG, plus the DCA dialect rules', () => {
    const tbx = writeTbx(entries, { sourceLang: 'de-CH', targetLang: 'en-GB' });
    const r = xmllint('tbx-core', [tbx]);
    expect(r.output).not.toMatch(/error|fails/i);
    expect(r.ok).toBe(true);
    expect(checkTbxBasic(parseXml(tbx, 'g.tbx').root)).toEqual([]);
  });

  it('the validation itself can fail: a broken file is rejected', () => {
    const broken = writeXliff21([sampleDoc()]).replace('state="final"', 'state="done"');
    expect(xmllint('xliff21', [broken]).ok).toBe(false);
    expect(xmllint('tmx', [writeTmx([sampleDoc()]).replace(/ srclang="de"/, '')]).ok).toBe(false);
  });
});

describe('TBX-Basic dialect check', () => {
  it('accepts the LTAC example, rejects wrong categories, picklist values and levels', () => {
    const example = path.join(schemas, 'schema_tbx_basic/LTAC-Global+TBX-Basic_dialect/DCA/Example_Astronomy_DCA_VALID.tbx');
    if (fs.existsSync(example)) expect(checkTbxBasic(parseXml(fs.readFileSync(example, 'utf8'), 'ex.tbx').root)).toEqual([]);
    const bad = writeTbx(entries)
      .replace('<descrip type="subjectField">', '<descrip type="color">')
      .replace('>noun<', '>Nomen<');
    const found = checkTbxBasic(parseXml(bad, 'bad.tbx').root).map((d) => d.message);
    expect(found.some((m) => m.includes('descrip type="color"'))).toBe(true);
    expect(found.some((m) => m.includes('partOfSpeech "Nomen"'))).toBe(true);
    const misplaced = writeTbx(entries).replace(/(<langSec xml:lang="de">)/, '$1<descrip type="subjectField">x</descrip>');
    expect(checkTbxBasic(parseXml(misplaced, 'm.tbx').root).map((d) => d.message)).toEqual([expect.stringContaining('subjectField may only appear at conceptEntry level')]);
  });
});
