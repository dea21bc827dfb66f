// Fuzz: glossary CSV imports. Mutated term lists (quotes, separators, line endings, BOM, formula
// prefixes, bad bytes) give entries and positioned diagnostics; `glossary import` exits 0, 1 or 2,
// writes only its --out file, and what it writes is a glossary diglot reads back with the same terms.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseGlossary, readGlossaryCsv, writeGlossaryCsv } from '../../src/glossary/index.js';
import { runDiglot } from '../helpers/cli.js';
import { entry } from '../glossary/helpers.js';
import { CLI_RUNS, encodedBytes, expectCleanExit, mutated, params, TIMEOUT } from './harness.js';
import { changedFiles, sandboxProject } from './project-sandbox.js';

const base = `${writeGlossaryCsv([entry('Bündnis', ['alliance', 'pact'], { note: 'Nato, EU', variants: ['Bündnisse'] }), entry('Gipfel', 'summit', { forbidden: ['peak'] }), entry('=Formel', '@home')])}english,german\nwar,Krieg\n`;
const SNIPPETS = [',', '"', '""', '\n', '\r\n', '\r', '|', '\\|', '\ufeff', "'", '=', '+', '-', '@', 'de,en\n', 'en,de\n', ',,,,,,,,,,', '1. Kurzbefehl 2. Beschleuniger', '(Anmerkung)', ';'];

describe('fuzz: glossary CSV', () => {
  it('the reader gives entries and diagnostics with positions inside the file', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(mutated(fc.constant(base), SNIPPETS), fc.boolean(), (text, splitSenses) => {
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const row of parseCsv(text)) for (const c of row) expect(c.line).toBeLessThanOrEqual(lines);
        const r = readGlossaryCsv(text, 'g.csv', { splitSenses });
        for (const e of r.entries) {
          expect(e.de.length).toBeGreaterThan(0);
          expect(e.en.length).toBeGreaterThan(0);
        }
        for (const d of r.diagnostics) expect(d.ruleId).toMatch(/^glossary-/);
      }),
      params(),
    );
  });

  it('`diglot glossary import` writes only --out, and the YAML reads back with the same terms', { timeout: TIMEOUT }, async () => {
    const box = sandboxProject('tests/fixtures/build/basic/input');
    try {
      await fc.assert(
        fc.asyncProperty(encodedBytes(mutated(fc.constant(base), SNIPPETS)), async (bytes) => {
          fs.writeFileSync(path.join(box.dir, 'terms.csv'), bytes);
          fs.rmSync(path.join(box.dir, 'out.yaml'), { force: true });
          const before = box.snapshot();
          const res = await runDiglot(['glossary', 'import', 'terms.csv', '--out', 'out.yaml'], { cwd: box.dir });
          expectCleanExit(res, [0, 1, 2]);
          expect(box.outside()).toEqual([]);
          const changed = changedFiles(before, box.snapshot());
          expect(changed.every((f) => f === 'out.yaml')).toBe(true);
          if (!changed.length) return;
          const csv = readGlossaryCsv(fs.readFileSync(path.join(box.dir, 'terms.csv'), 'utf8'), 'terms.csv');
          const back = parseGlossary(fs.readFileSync(path.join(box.dir, 'out.yaml'), 'utf8'), 'out.yaml');
          expect(back.diagnostics.filter((d) => d.ruleId === 'glossary-yaml-syntax')).toEqual([]);
          expect(back.entries.map((e) => [e.de, e.en])).toEqual(csv.entries.map((e) => [e.de, e.en]));
        }),
        params(CLI_RUNS),
      );
    } finally {
      box.remove();
    }
  });
});
