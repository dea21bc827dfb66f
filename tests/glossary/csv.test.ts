import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, readGlossaryCsv, splitSenses, writeGlossaryCsv } from '../../src/glossary/index.js';
import { entry } from './helpers.js';

const shared = path.resolve(process.cwd(), '../shared/data/glossaries');
const hasShared = fs.existsSync(shared);
if (!hasShared) console.warn('[skip] ../shared is absent: GNOME/Zulip import tests are skipped');

describe('glossary CSV', () => {
  it('parses quotes, doubled quotes, CRLF, BOM and embedded line breaks with cell positions', () => {
    const rows = parseCsv('\ufeffde,en\r\n"Bünd,nis","a ""b""\nc"\r\nKrieg,war\n');
    expect(rows.map((r) => r.map((c) => c.value))).toEqual([['de', 'en'], ['Bünd,nis', 'a "b"\nc'], ['Krieg', 'war']]);
    expect(rows[2][1]).toMatchObject({ line: 4, column: 7 });
  });

  it('round-trips every CSV field losslessly', () => {
    const text = fc.string({ minLength: 1, maxLength: 10, unit: fc.constantFrom('a', 'ß', 'Ü', ',', '"', '|', '\\', ' ', 'x', '\n') }).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
    const ent = fc.record({ de: text, en: fc.array(text, { minLength: 1, maxLength: 3 }), forbidden: fc.array(text, { maxLength: 2 }), variants: fc.array(text, { maxLength: 2 }), match: fc.constantFrom('inflect', 'exact', 'case' as const), note: fc.option(text, { nil: undefined }), pos: fc.option(text, { nil: undefined }), status: fc.option(text, { nil: undefined }), domain: fc.option(text, { nil: undefined }) });
    fc.assert(
      fc.property(fc.uniqueArray(ent, { maxLength: 6, selector: (e) => e.de.toLowerCase().replace(/ß/g, 'ss') }), (list) => {
        const entries = list.map(({ de, en, forbidden, variants, match, ...opt }) => {
          const e = entry(de, en, { forbidden, variants, match });
          for (const [k, v] of Object.entries(opt)) if (v !== undefined) (e as unknown as Record<string, string>)[k] = v;
          return e;
        });
        const back = readGlossaryCsv(writeGlossaryCsv(entries), 'g.csv');
        expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(back.entries.map(({ origin: _o, ...e }) => e)).toEqual(entries);
      }),
      { numRuns: 80 },
    );
  });

  it('maps foreign column names and reports rows without English', () => {
    const r = readGlossaryCsv('english,german,definition,colour\nsummit,Gipfel,a meeting,red\nwar,,x,y\n,Krieg,,\n', 'f.csv');
    expect(r.entries).toEqual([expect.objectContaining({ de: 'Gipfel', en: ['summit'], note: 'a meeting' })]);
    expect(r.diagnostics.map((d) => `${d.ruleId}@${d.place?.start.line}`)).toEqual(['glossary-csv-unknown-column@1', 'glossary-missing-de@3', 'glossary-missing-en@4']);
  });

  it('splits messy senses on request', () => {
    expect(splitSenses('1. Kurzbefehl 2. Beschleuniger')).toEqual([{ de: 'Kurzbefehl' }, { de: 'Beschleuniger' }]);
    expect(splitSenses('Benutzerkonto (user), Account (root, etc.)')).toEqual([{ de: 'Benutzerkonto', note: '(user)' }, { de: 'Account', note: '(root, etc.)' }]);
  });

  it.skipIf(!hasShared)('imports the public GNOME glossary (889 rows)', () => {
    const text = fs.readFileSync(path.join(shared, 'glossary_gnome_de/gnome_glossary_en_de.csv'), 'utf8');
    expect(parseCsv(text).length - 1).toBe(889);
    const r = readGlossaryCsv(text, 'gnome.csv');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Rows with the same German merge their English: "abbrechen" is abort, Cancel and Kill.
    expect(r.entries.find((e) => e.de === 'abbrechen')?.en).toEqual(['abort', 'Cancel', 'Kill']);
    expect(r.entries.length).toBeGreaterThan(850);
    const split = readGlossaryCsv(text, 'gnome.csv', { splitSenses: true });
    expect(split.entries.find((e) => e.de === 'Kurzbefehl')?.en).toContain('Accelerator');
  });

  it.skipIf(!hasShared)('imports the Zulip CSV and reports its real conflict', () => {
    const r = readGlossaryCsv(fs.readFileSync(path.join(shared, 'glossary_zulip_de/zulip_german_terms_en_de.csv'), 'utf8'), 'zulip.csv');
    expect(r.entries).toHaveLength(30);
    expect(r.entries[0]).toMatchObject({ de: 'Nachricht', en: ['Message'], domain: 'Terms (Begriffe)' });
    const conflict = r.diagnostics.find((d) => d.ruleId === 'glossary-csv-conflict');
    expect(conflict?.message).toContain('"View"');
    expect(conflict?.message).toContain('zulip.csv:13:');
  });
});
