import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTbx, writeTbx } from '../../src/interchange/index.js';
import type { GlossaryEntry } from '../../src/model/glossary.js';
import { fixtures, hasShared, sharedDir } from './helpers.js';

const entries: GlossaryEntry[] = [
  { de: 'Bundesrat', en: ['Federal Council', 'federal government'], forbidden: ['Federal Assembly'], variants: ['Bundesrats'], match: 'inflect', pos: 'noun', domain: 'politics', note: 'Swiss executive; "A & B" <ok>' },
  { de: 'Schwatzfest', en: ['talking shop'], forbidden: [], variants: [], match: 'exact', pos: 'Substantiv', status: 'approved' },
  { de: 'USA', en: ['US'], forbidden: ['USA'], variants: [], match: 'case' },
];

describe('TBX', () => {
  it('writes German/English language sections with preferred, admitted and deprecated terms', () => {
    const tbx = writeTbx(entries, { sourceLang: 'de-CH', targetLang: 'en-GB' });
    expect(tbx).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en-GB" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(tbx).toMatch(/<langSec xml:lang="de-CH">\s*<termSec>\s*<term>Bundesrat<\/term>/);
    expect(tbx).toMatch(/<term>Federal Assembly<\/term>\s*<termNote type="partOfSpeech">noun<\/termNote>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts/);
    expect(tbx).toMatch(/<term>Bundesrats<\/term>[\s\S]*?<termNote type="termType">variant<\/termNote>/);
    expect(tbx).toContain('<descrip type="subjectField">politics</descrip>');
    expect(tbx).toContain('Swiss executive; "A &amp; B" &lt;ok&gt;');
  });

  it('round-trips every field of the glossary model', () => {
    const back = readTbx(writeTbx(entries), 'g.tbx');
    expect(back.diagnostics).toEqual([]);
    expect(back.entries.map(({ origin, ...e }) => e)).toEqual(
      entries.map((e) => ({ ...e, note: e.note, pos: e.pos, status: e.status, domain: e.domain })),
    );
    expect(back.entries[0].origin).toMatchObject({ file: 'g.tbx' });
  });

  it('reads TBX v2 (martif) written en → de, mapping languages so entries are de → en', () => {
    const r = readTbx(fs.readFileSync(path.join(fixtures, 'martif-v2.tbx'), 'utf8'), 'm.tbx');
    expect(r.entries).toEqual([
      expect.objectContaining({ de: 'Bundesrat', en: ['Federal Council'], forbidden: ['Federal Assembly'], pos: 'noun', note: 'The executive body of Switzerland.', match: 'inflect' }),
    ]);
    expect(r.diagnostics.map((d) => [d.ruleId, d.place?.start.line])).toEqual([['tbx-entry-incomplete', 15]]);
  });

  const gnome = path.join(sharedDir, 'data/glossaries/glossary_gnome_de/gnome_glossary_en_de.tbx');
  if (!hasShared) console.warn('[interchange] SKIPPING the GNOME TBX test: ../shared is absent');
  it.skipIf(!hasShared || !fs.existsSync(gnome))('reads the GNOME glossary (889 concepts, en → de) as de → en entries', () => {
    const r = readTbx(fs.readFileSync(gnome, 'utf8'), 'gnome.tbx');
    expect(r.entries).toHaveLength(889);
    expect(r.diagnostics).toEqual([]);
    expect(r.entries[0]).toMatchObject({ de: 'abbrechen', en: ['abort'], forbidden: [], variants: [] });
    expect(r.entries[0].note).toMatch(/^To terminate abruptly/);
    expect(r.entries.find((e) => e.en[0] === 'Accelerator')?.de).toBe('1. Kurzbefehl 2. Beschleuniger');
  });
});
