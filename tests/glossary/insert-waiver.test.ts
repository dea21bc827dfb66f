// insertWaiver: the glossary text with one waiver added and every other byte unchanged, in every
// layout a hand-written glossary has (no list, empty list, flow list, zero indent, BOM + CRLF).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertWaiver, parseGlossary, type WaiverFields } from '../../src/glossary/index.js';
import { DiglotError } from '../../src/model/diagnostic.js';
import { repoRoot } from '../helpers/project.js';

const dir = path.join(repoRoot, 'tests/fixtures/glossary/waive');
const fixture = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
const waiver: WaiverFields = { term: 'Gipfel', rule: 'term-missing-in-target', unit: 's79374947', occurrence: 2, reason: 'Word play: "Gipfel der Hoffnung" # not a comment', reviewer: 'A. Editor', date: '2025-03-01' };

/** The new text is the old one with exactly `inserted` put in at `offset`. */
function expectOnlyInserted(before: string, r: { text: string; inserted: string; offset: number }): void {
  expect(r.inserted.length).toBeGreaterThan(0);
  expect(r.text.slice(r.offset, r.offset + r.inserted.length)).toBe(r.inserted);
  expect(r.text.slice(0, r.offset) + r.text.slice(r.offset + r.inserted.length)).toBe(before);
}

function lastWaiver(text: string, file = 'g.yaml') {
  const parsed = parseGlossary(text, file);
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const { origin: _o, ...w } = parsed.waivers[parsed.waivers.length - 1];
  return { w, count: parsed.waivers.length, entries: parsed.entries.length };
}

describe('insertWaiver', () => {
  it('appends after the last waiver of a block list, before a trailing comment, comments and layout kept', () => {
    const before = fixture('../../workflow/project/glossary/politics.yaml');
    const r = insertWaiver(before, waiver, 'politics.yaml');
    expectOnlyInserted(before, r);
    expect(r.inserted.startsWith('  - term: Gipfel\n    rule: term-missing-in-target\n')).toBe(true);
    const { w, count, entries } = lastWaiver(r.text);
    expect(w).toEqual(waiver);
    expect([count, entries]).toEqual([3, 3]);
  });

  it('adds a waivers: list at the end of a file that has none (and no final newline)', () => {
    const before = fixture('no-waivers.yaml');
    expect(before.endsWith('\n')).toBe(false);
    const r = insertWaiver(before, waiver, 'g.yaml');
    expectOnlyInserted(before, r);
    expect(r.inserted.startsWith('\n\nwaivers:\n  - term: Gipfel')).toBe(true);
    expect(lastWaiver(r.text).w).toEqual(waiver);
  });

  it('writes a waiver of a QA check (rule, no term) the same way, rule first', () => {
    const qa: WaiverFields = { rule: 'entity-extra', de: 'Machthaber Trump, Putin.', reason: 'Gloss for English readers: whose leaders they are.', reviewer: 'diglot maintainers', date: '2026-12-07' };
    for (const name of ['no-waivers.yaml', '../../workflow/project/glossary/politics.yaml']) {
      const before = fixture(name);
      const r = insertWaiver(before, qa, name);
      expectOnlyInserted(before, r);
      expect(r.inserted).toMatch(/^(\n\nwaivers:\n)? {2}- rule: entity-extra\n {4}de: Machthaber Trump, Putin\.\n {4}reason: /);
      expect(lastWaiver(r.text).w).toEqual(qa);
    }
  });

  it('refuses a file the schema rejects, e.g. an empty `waivers:` key (the project could not load it either)', () => {
    try {
      insertWaiver(fixture('empty-waivers.yaml'), waiver, 'g.yaml');
      expect.unreachable();
    } catch (e) {
      expect((e as DiglotError).diagnostics.map((d) => d.ruleId)).toContain('glossary-invalid-waiver');
    }
  });

  it('extends flow lists, empty or not', () => {
    for (const name of ['flow-waivers.yaml', 'flow-empty.yaml']) {
      const before = fixture(name);
      const r = insertWaiver(before, waiver, name);
      expectOnlyInserted(before, r);
      expect(r.inserted).toMatch(/^(, )?\{ term: Gipfel, rule: term-missing-in-target/);
      expect(lastWaiver(r.text).w).toEqual(waiver);
    }
  });

  it('keeps zero-indented lists zero-indented, and BOM + CRLF files BOM + CRLF', () => {
    const zero = fixture('zero-indent.yaml');
    const z = insertWaiver(zero, waiver, 'z.yaml');
    expectOnlyInserted(zero, z);
    expect(z.inserted.startsWith('- term: Gipfel\n  rule:')).toBe(true);
    const crlf = fixture('bom-crlf.yaml');
    const c = insertWaiver(crlf, waiver, 'c.yaml');
    expectOnlyInserted(crlf, c);
    expect(c.text.startsWith('\uFEFF')).toBe(true);
    expect(c.inserted.split('\r\n').length).toBeGreaterThan(5);
    expect(c.inserted.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(lastWaiver(c.text).w).toEqual(waiver);
  });

  it('refuses a flow-style root and an invalid glossary (DiglotError, nothing returned)', () => {
    expect(() => insertWaiver(fixture('flow-root.yaml'), waiver, 'f.yaml')).toThrowError(DiglotError);
    try {
      insertWaiver(fixture('flow-root.yaml'), waiver, 'f.yaml');
    } catch (e) {
      expect((e as DiglotError).diagnostics[0].ruleId).toBe('waive-unsupported-layout');
    }
    expect(() => insertWaiver('terms:\n  - de: X\n', waiver, 'bad.yaml')).toThrowError(DiglotError);
  });

  it('property: any reason, reviewer and German text round-trips, the rest of the file is untouched', () => {
    const before = fixture('../../workflow/project/glossary/politics.yaml');
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => /\S/.test(s));
    fc.assert(
      fc.property(text, text, text, fc.integer({ min: 1, max: 9 }), (reason, reviewer, de, occurrence) => {
        const w: WaiverFields = { term: 'Gipfel', de, occurrence, reason, reviewer, date: '2025-01-31' };
        const r = insertWaiver(before, w, 'p.yaml');
        expectOnlyInserted(before, r);
        expect(lastWaiver(r.text).w).toEqual({ ...w, de: de.normalize('NFC') });
      }),
      { numRuns: 150 },
    );
  });
});
