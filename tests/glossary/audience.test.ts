// Glossary entries decide who sees them in the edition (`audience`) and carry a note for readers
// apart from the translators' note; both survive a YAML write → parse round trip.
import { describe, expect, it } from 'vitest';
import { parseGlossary, writeGlossaryYaml } from '../../src/glossary/index.js';

const yaml = `terms:
  - de: Schwatzfest
    en: talking shop
    note: Pejorative; the matcher also finds "Schwatzfeste".
    audience: both
    readerNote: A meeting that produces talk but no action.
  - de: Bündnis
    en: alliance
  - de: Eklat
    en: row
    audience: reader
`;

describe('glossary audience and reader note', () => {
  it('parses audience and readerNote; an entry without audience leaves it unset (translator by default)', () => {
    const { entries, diagnostics } = parseGlossary(yaml, 'g.yaml');
    expect(diagnostics).toEqual([]);
    expect(entries.map((e) => [e.de, e.audience, e.readerNote])).toEqual([
      ['Schwatzfest', 'both', 'A meeting that produces talk but no action.'],
      ['Bündnis', undefined, undefined],
      ['Eklat', 'reader', undefined],
    ]);
    expect(entries[0].note).toBe('Pejorative; the matcher also finds "Schwatzfeste".');
  });

  it('rejects an unknown audience at its position, with the allowed values', () => {
    const { diagnostics } = parseGlossary('terms:\n  - de: Gipfel\n    en: summit\n    audience: everyone\n', 'g.yaml');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'glossary-invalid-value', file: 'g.yaml', place: { start: { line: 4, column: 15 } } });
    expect(diagnostics[0].message).toMatch(/reader, translator, both/);
  });

  it('rejects an empty reader note', () => {
    const { diagnostics } = parseGlossary('terms:\n  - de: Gipfel\n    en: summit\n    readerNote: ""\n', 'g.yaml');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['glossary-invalid-value']);
  });

  it('writes both fields back (YAML round trip)', () => {
    const { entries } = parseGlossary(yaml, 'g.yaml');
    const again = parseGlossary(writeGlossaryYaml(entries), 'h.yaml').entries;
    expect(again.map(({ origin: _o, ...e }) => e)).toEqual(entries.map(({ origin: _o, ...e }) => e));
  });
});
