// CoverageReport → text table or JSON (the `diglot coverage` and dist/coverage.json shapes).
import type { Counts, CoverageReport } from './coverage.js';

/** The JSON shape: `{total:{segments,translated,missing,stale,percent,…}, documents:[{path,…,sections:[…]}]}`. */
export function formatCoverageJson(report: CoverageReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A readable table: one line per document and per section, then the total. */
export function formatCoverageText(report: CoverageReport): string {
  const rows: string[][] = [['', 'segments', 'translated', 'stale', 'fuzzy', 'missing', 'words', '%']];
  const line = (label: string, c: Counts) => [label, String(c.segments), String(c.translated), String(c.stale), String(c.fuzzy), String(c.missing), `${c.words.translated}/${c.words.total}`, c.percent.toFixed(1)];
  for (const d of report.documents) {
    rows.push(line(d.path, d));
    for (const s of d.sections) rows.push(line(`  ${s.complete ? '✓' : '✗'} ${s.title ?? s.id}`, s));
  }
  rows.push(line('total', report.total));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return `${rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd()).join('\n')}\n`;
}
