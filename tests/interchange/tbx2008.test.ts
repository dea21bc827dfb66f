// TBX-Basic 2008 (`martif`), the glossary dialect Translate Toolkit, OmegaT and Weblate read: one
// termEntry per entry with only approved renderings, one per forbidden rendering (deprecated, with a
// "Do not use" note), TBX-Basic data categories at the right levels; read back into the same entries.
import { describe, expect, it } from 'vitest';
import { checkTbxBasic, parseXml, readTbx, writeGlossaryTbx, writeTbx2008 } from '../../src/interchange/index.js';
import type { GlossaryEntry } from '../../src/model/glossary.js';

const entries: GlossaryEntry[] = [
  { de: 'Bundesrat', en: ['Federal Council', 'federal government'], forbidden: ['Federal Assembly', 'Senate'], variants: ['Bundesrats'], match: 'inflect', pos: 'noun', domain: 'politics', note: 'Swiss executive; "A & B" <ok>' },
  { de: 'Schwatzfest', en: ['talking shop'], forbidden: [], variants: [], match: 'exact', pos: 'Substantiv', status: 'approved' },
  { de: 'USA', en: ['US'], forbidden: ['USA'], variants: [], match: 'case' },
];

describe('TBX-Basic 2008', () => {
  const tbx = writeTbx2008(entries, { sourceLang: 'de-CH', targetLang: 'en-GB', title: 'Politik' });

  it('writes martif without a namespace, a termEntry per entry and one per forbidden rendering', () => {
    expect(tbx).toContain('<martif type="TBX-Basic" xml:lang="en-GB">');
    expect(tbx).toContain('<p type="XCSURI">TBXBasicXCSV02.xcs</p>');
    expect(tbx.match(/<termEntry id="[^"]+">/g)).toEqual(['<termEntry id="c1">', '<termEntry id="c1-f1">', '<termEntry id="c1-f2">', '<termEntry id="c2">', '<termEntry id="c3">', '<termEntry id="c3-f1">']);
    // the entry's own termEntry holds no deprecated term (tools mark a whole unit obsolete for one)
    const c1 = tbx.slice(tbx.indexOf('<termEntry id="c1">'), tbx.indexOf('<termEntry id="c1-f1">'));
    expect(c1).not.toContain('deprecatedTerm');
    expect(c1).toContain('<note>Do not use: Federal Assembly | Senate</note>');
    expect(tbx).toMatch(/<termEntry id="c1-f1">\s*<note>Do not use: Federal Assembly \(use: Federal Council \| federal government\)<\/note>/);
    expect(tbx).toMatch(/<term>Senate<\/term>\s*<termNote type="partOfSpeech">noun<\/termNote>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts/);
  });

  it('follows the TBX-Basic data-category and level rules', () => {
    expect(checkTbxBasic(parseXml(tbx, 'g.tbx').root)).toEqual([]);
    const misplaced = tbx.replace('<langSet xml:lang="de-CH">', '<langSet xml:lang="de-CH"><descrip type="subjectField">x</descrip>');
    expect(checkTbxBasic(parseXml(misplaced, 'm.tbx').root).map((d) => d.message)).toEqual([expect.stringContaining('subjectField may only appear at conceptEntry level')]);
  });

  it('reads back every field of every entry, the forbidden renderings folded into their entry, the readable note dropped', () => {
    const back = readTbx(tbx, 'g.tbx', { sourceLang: 'de', targetLang: 'en' });
    expect(back.diagnostics).toEqual([]);
    expect(back.entries.map(({ origin, ...e }) => e)).toEqual(entries);
  });

  it('is the default of the glossary export; v3 on request', () => {
    expect(writeGlossaryTbx(entries)).toContain('<martif type="TBX-Basic"');
    expect(writeGlossaryTbx(entries, { version: 'v3' })).toContain('<tbx type="TBX-Basic" style="dca"');
    const v3 = readTbx(writeGlossaryTbx(entries, { version: 'v3' }), 'v3.tbx');
    expect(v3.entries.map(({ origin, ...e }) => e)).toEqual(entries);
  });

  it('keeps a "Do not use" note that says more than the forbidden renderings', () => {
    const edited = tbx.replace('<note>Do not use: Federal Assembly | Senate</note>', '<note>Do not use: Federal Assembly | Senate | Parliament</note>');
    expect(readTbx(edited, 'e.tbx').entries[0].note).toBe('Swiss executive; "A & B" <ok>\nDo not use: Federal Assembly | Senate | Parliament');
  });
});
