// formatCoverageJsonParts: coverage.json in parts (a build writes it part by part) must be the bytes
// of JSON.stringify(report, null, 2) and a newline, for any report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCoverageJson, formatCoverageJsonParts, type CoverageReport } from '../../src/report/index.js';

const reference = (r: unknown) => `${JSON.stringify(r, null, 2)}\n`;

describe('formatCoverageJsonParts', () => {
  it('gives the bytes of JSON.stringify(report, null, 2) for any report-shaped value', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    const report = fc.record(
      { total: value, documents: fc.array(value, { maxLength: 5 }), other: fc.option(value, { nil: undefined }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(report, (r) => {
        const parts = [...formatCoverageJsonParts(r as unknown as CoverageReport)];
        expect(parts.join('')).toBe(reference(r));
        expect(formatCoverageJson(r as unknown as CoverageReport)).toBe(reference(r));
      }),
      { numRuns: 500 },
    );
  });

  it('gives one part per document (a build never holds the whole text)', () => {
    const doc = (n: number) => ({ path: `locales/de/a${n}.md`, slug: `a${n}`, sections: [{ title: '„Zitat“\nzwei Zeilen', segments: n }] });
    const r = { total: { segments: 3 }, documents: [doc(1), doc(2), doc(3)] };
    const parts = [...formatCoverageJsonParts(r as unknown as CoverageReport)];
    expect(parts.join('')).toBe(reference(r));
    expect(parts.filter((p) => p.includes('"slug"'))).toHaveLength(3);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(reference(r).length / 2);
  });
});
