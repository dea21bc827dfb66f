// Glossary CSV in the layouts translators' tools import: a round trip per dialect and separator keeps
// the German, every approved and forbidden rendering and the note (what each layout can carry);
// OmegaT's headerless tab-separated list is recognised; a BOM is written on request, and formula
// escaping holds in every layout.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_DIALECTS, parseCsv, readGlossaryCsv, writeGlossaryCsvDialect, type CsvDialect } from '../../src/glossary/index.js';
import type { GlossaryEntry } from '../../src/model/glossary.js';

const entries: GlossaryEntry[] = [
  { de: 'Bundesrat', en: ['Federal Council', 'federal government'], forbidden: ['Federal Assembly', 'Senate'], variants: [], match: 'inflect', note: 'Swiss executive, "seven members"', domain: 'politics', pos: 'noun' },
  { de: 'Schwatzfest', en: ['talking shop'], forbidden: [], variants: [], match: 'inflect' },
  { de: '=Formel', en: ['-formula; x', '@handle'], forbidden: [], variants: [], match: 'inflect', note: 'a; b' },
];

/** What a tool layout carries: German, renderings, forbidden ones, the note (and domain/pos where it has a column). */
const carried = (e: GlossaryEntry, dialect: CsvDialect) => ({
  de: e.de,
  en: e.en,
  forbidden: e.forbidden,
  note: e.note,
  ...(dialect === 'memoq' ? { domain: e.domain } : {}),
  ...(dialect === 'crowdin' || dialect === 'diglot' ? { pos: e.pos } : {}),
  ...(dialect === 'diglot' ? { domain: e.domain } : {}),
});

describe('glossary CSV dialects', () => {
  for (const dialect of CSV_DIALECTS) {
    for (const delimiter of [',', ';', '\t'] as const) {
      it(`${dialect} with ${JSON.stringify(delimiter)}: what the layout carries comes back, without warnings`, () => {
        const text = writeGlossaryCsvDialect(entries, { dialect, delimiter });
        const back = readGlossaryCsv(text, 'g.csv');
        expect(back.diagnostics).toEqual([]);
        expect(back.entries).toHaveLength(entries.length);
        expect(back.entries.map((e) => carried(e, dialect))).toEqual(entries.map((e) => carried(e, dialect)));
      });
    }
  }

  it('writes each tool’s header (none for OmegaT) and one rendering per row where the tool expects it', () => {
    const first = (d: CsvDialect) => writeGlossaryCsvDialect(entries, { dialect: d }).split('\n')[0];
    expect(first('weblate')).toBe('"source","target","developer_comments"');
    expect(first('crowdin')).toBe('Term [de],Part of Speech [de],Description [de],Term [en]');
    expect(first('memoq')).toBe('Entry_Domain,Entry_Note,German,English,English');
    expect(first('omegat')).toBe('Bundesrat\tFederal Council\tSwiss executive, "seven members"; Do not use: Federal Assembly | Senate');
    const rows = (d: CsvDialect) => parseCsv(writeGlossaryCsvDialect(entries, { dialect: d }), d === 'omegat' ? '\t' : ',').length;
    expect([rows('weblate'), rows('crowdin'), rows('memoq'), rows('omegat'), rows('diglot')]).toEqual([6, 6, 4, 5, 4]);
  });

  it('starts with a BOM for Excel only when asked, and keeps formula cells inert in every layout', () => {
    for (const dialect of CSV_DIALECTS) {
      expect(writeGlossaryCsvDialect(entries, { dialect, bom: true }).charCodeAt(0)).toBe(0xfeff);
      const text = writeGlossaryCsvDialect(entries, { dialect });
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text).toContain("'=Formel");
      expect(text).toContain("'-formula; x");
      expect(text).not.toMatch(/(^|[,;\t])"?[=+\-@]/m);
    }
  });

  it('reads OmegaT’s headerless tab-separated glossary (source, target, comment)', () => {
    const r = readGlossaryCsv('Bündnis\talliance\tNato\nBündnis\tpact\t\n', 'g.utf8');
    expect(r.entries.map(({ origin, ...e }) => e)).toEqual([{ de: 'Bündnis', en: ['alliance', 'pact'], forbidden: [], variants: [], match: 'inflect', note: 'Nato' }]);
  });

  it('property: any terms survive every dialect and separator', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'ü', 'ß', ' ', '"', ';', ',', '=', '-', "'", '|', 'x', 'É'), minLength: 1, maxLength: 12 }).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0 && !s.includes('|') && !/^'*$/.test(s));
    const entry = fc.record({ de: word, en: fc.uniqueArray(word, { minLength: 1, maxLength: 3 }) });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { minLength: 1, maxLength: 5, selector: (e) => e.de.toLowerCase().replace(/ß/g, 'ss') }), fc.constantFrom(...CSV_DIALECTS), fc.constantFrom(',', ';', '\t'), (list, dialect, delimiter) => {
        const es: GlossaryEntry[] = list.map((e) => ({ ...e, forbidden: [], variants: [], match: 'inflect' }));
        const back = readGlossaryCsv(writeGlossaryCsvDialect(es, { dialect, delimiter: delimiter as ',' }), 'p.csv');
        expect(back.entries).toHaveLength(es.length);
        expect(back.entries.map((e) => [e.de, e.en])).toEqual(es.map((e) => [e.de, e.en.filter((x, i) => e.en.findIndex((y) => y.toLowerCase() === x.toLowerCase()) === i)]));
      }),
      { numRuns: 80 },
    );
  });
});
