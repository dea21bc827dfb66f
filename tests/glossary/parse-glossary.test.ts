import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_SCHEMA_URL, loadGlossaries, parseGlossary, writeGlossaryYaml } from '../../src/glossary/index.js';
import fc from 'fast-check';
import { entry } from './helpers.js';

const dir = fileURLToPath(new URL('../fixtures/glossary/files/', import.meta.url));
const read = (f: string) => fs.readFileSync(`${dir}${f}`, 'utf8');
const at = (d: { file?: string; place?: { start: { line: number; column: number } } }) => `${d.file}:${d.place?.start.line}:${d.place?.start.column}`;

describe('parseGlossary', () => {
  it('reads entries, lists, defaults and origins', () => {
    const p = parseGlossary(read('a.yaml'), 'glossary/a.yaml');
    expect(p.diagnostics).toEqual([]);
    expect(p.entries[0]).toMatchObject({ de: 'Bündnis', en: ['alliance'], forbidden: [], variants: [], match: 'inflect', note: 'Military or political alliance.', origin: { file: 'glossary/a.yaml', line: 3, column: 5 } });
    expect(p.entries[2].en).toEqual(['sanction', 'penalty']);
    expect(p.waivers).toEqual([expect.objectContaining({ term: 'Gipfel', unit: 'lede-2', rule: 'term-missing-in-target', reviewer: 'A. Editor', date: '2025-03-01' })]);
  });

  it('reports every schema problem with file:line:col and a rule id', () => {
    const p = parseGlossary(read('invalid.yaml'), 'g.yaml');
    const found = p.diagnostics.map((d) => `${at(d)} ${d.severity} ${d.ruleId}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'g.yaml:4:5 error glossary-unknown-key',
        'g.yaml:5:5 error glossary-missing-en',
        'g.yaml:8:12 error glossary-invalid-value',
        'g.yaml:11:5 error glossary-forbidden-approved',
        'g.yaml:15:5 error glossary-invalid-waiver',
      ]),
    );
    expect(p.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('reads waivers of QA checks (rule, no term) beside term waivers', () => {
    const p = parseGlossary(read('qa-waivers.yaml'), 'glossary/qa.yaml');
    expect(p.diagnostics).toEqual([]);
    expect(p.waivers.map(({ origin: _o, ...w }) => w)).toEqual([
      { rule: 'entity-extra', unit: 'sa516a8b4', reason: 'Gloss for English readers.', reviewer: 'A. Editor', date: '2026-12-07' },
      { rule: 'number-mismatch', de: 'Es kamen 200 Menschen', en: '2,000', reason: "The paper's figure, corrected in the English.", reviewer: 'A. Editor', date: '2026-12-07' },
      { term: 'Gipfel', rule: 'term-missing-in-target', document: 'gipfel', occurrence: 2, reason: 'Word play.', reviewer: 'B. Reviewer', date: '2026-12-07' },
    ]);
    expect(p.waivers[0].origin).toEqual({ file: 'glossary/qa.yaml', line: 6, column: 5 });
  });

  it('says what is wrong with a waiver: no term nor rule, a rule that cannot be waived, term and QA rules mixed up, occurrence without term', () => {
    const p = parseGlossary(read('qa-waivers-invalid.yaml'), 'g.yaml');
    expect(p.diagnostics.map((d) => `${at(d)} ${d.ruleId} ${d.message}`)).toEqual([
      'g.yaml:5:5 glossary-invalid-waiver waiver /waivers/0 has neither "term" nor "rule": name the glossary term it waives (term QA) or the QA rule (entity-extra, number-mismatch …)',
      expect.stringMatching(/^g\.yaml:9:11 glossary-invalid-waiver waiver \/waivers\/1\/rule: "translation-missing" cannot be waived: waivers cover term QA and the QA checks of diglot check \(term-missing-in-target, term-forbidden, number-mismatch, .*punctuation-mismatch\)$/),
      'g.yaml:15:11 glossary-invalid-waiver waiver /waivers/2/rule: "entity-extra" is no term rule: a waiver with "term" waives term-missing-in-target or term-forbidden (drop "term" to waive entity-extra)',
      'g.yaml:20:11 glossary-invalid-waiver waiver /waivers/3/rule: "term-forbidden" is a term rule: name the glossary term it waives ("term")',
      'g.yaml:27:17 glossary-invalid-waiver waiver /waivers/4/occurrence: "occurrence" counts the occurrences of a term, so only a waiver with "term" has one',
      'g.yaml:31:5 glossary-invalid-waiver waiver /waivers/5 needs "unit", "de" or "document" (a waiver covers chosen findings, never a term or a rule everywhere)',
    ]);
    // the invalid waivers are dropped, the valid one is kept
    expect(p.waivers.map((w) => w.reason)).toEqual(['the one valid waiver']);
  });

  it('reports a duplicate term inside one file', () => {
    const p = parseGlossary('terms:\n  - de: Krieg\n    en: war\n  - de: krieg\n    en: war\n', 'g.yaml');
    expect(p.diagnostics.map((d) => `${at(d)} ${d.ruleId}`)).toEqual(['g.yaml:4:5 glossary-duplicate-term']);
  });

  it('reports YAML syntax errors with a position', () => {
    const p = parseGlossary(read('broken.yaml'), 'broken.yaml');
    expect(p.diagnostics[0]).toMatchObject({ ruleId: 'glossary-yaml-syntax', severity: 'error', file: 'broken.yaml' });
    expect(p.diagnostics[0].place?.start.line).toBeGreaterThan(0);
  });

  it('rejects unknown top-level keys but allows name, description and waivers', () => {
    expect(parseGlossary('name: x\ndescription: y\nterms: []\nwaivers: []\n', 'g.yaml').diagnostics).toEqual([]);
    expect(parseGlossary('terms: []\nversion: 2\n', 'g.yaml').diagnostics[0]).toMatchObject({ ruleId: 'glossary-unknown-key', place: { start: { line: 2, column: 1 } } });
  });

  it('publishes a JSON Schema', () => {
    const schema = JSON.parse(fs.readFileSync(GLOSSARY_SCHEMA_URL, 'utf8'));
    expect(schema.required).toEqual(['terms']);
    expect(Object.keys(schema.definitions.entry.properties)).toEqual(['de', 'en', 'forbidden', 'variants', 'match', 'compound', 'feminine', 'note', 'audience', 'readerNote', 'pos', 'status', 'domain']);
  });

  it('writeGlossaryYaml round-trips through parseGlossary', () => {
    const text = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
    const ent = fc.record({
      de: text,
      en: fc.array(text, { minLength: 1, maxLength: 3 }),
      forbidden: fc.array(text, { maxLength: 2 }),
      variants: fc.array(text, { maxLength: 2 }),
      match: fc.constantFrom('inflect', 'exact', 'case' as const),
      note: fc.option(text, { nil: undefined }),
      compound: fc.option(fc.boolean(), { nil: undefined }),
      feminine: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(ent, { maxLength: 5 }), (list) => {
        const entries = list.map((e, i) => {
          const x = entry(`${e.de}${i}`, e.en, { forbidden: e.forbidden.filter((f) => !e.en.some((y) => y.toLowerCase() === f.toLowerCase())), variants: e.variants, match: e.match });
          if (e.compound !== undefined) x.compound = e.compound;
          if (e.feminine !== undefined) x.feminine = e.feminine;
          if (e.note) x.note = e.note;
          return x;
        });
        const back = parseGlossary(writeGlossaryYaml(entries), 'g.yaml');
        expect(back.diagnostics.filter((d) => d.ruleId !== 'glossary-duplicate-term')).toEqual([]);
        expect(back.entries.map(({ origin: _o, ...e }) => e)).toEqual(entries.map((e) => ({ ...e, de: e.de.normalize('NFC'), en: e.en.map((s) => s.normalize('NFC')), forbidden: e.forbidden.map((s) => s.normalize('NFC')), variants: e.variants.map((s) => s.normalize('NFC')) })));
      }),
      { numRuns: 60 },
    );
  });
});

describe('loadGlossaries', () => {
  it('merges files; reports a conflict with both locations', () => {
    const l = loadGlossaries([`${dir}a.yaml`, `${dir}b.yaml`]);
    expect(l.glossary.entries.map((e) => e.de)).toEqual(['Bündnis', 'Gipfel', 'Sanktion', 'Aussenminister']);
    const conflict = l.diagnostics.find((d) => d.ruleId === 'glossary-conflict');
    expect(conflict).toMatchObject({ severity: 'error', file: `${dir}b.yaml`, place: { start: { line: 4 } } });
    expect(conflict?.message).toContain(`${dir}a.yaml:6:5`);
    expect(l.diagnostics.find((d) => d.ruleId === 'glossary-duplicate-term')).toMatchObject({ severity: 'warning' });
    expect(l.waivers).toHaveLength(1);
  });

  it('reports an unreadable file', () => {
    const l = loadGlossaries([`${dir}missing.yaml`]);
    expect(l.diagnostics[0]).toMatchObject({ ruleId: 'glossary-unreadable', severity: 'error' });
  });
});
