// CoverageReport → text table, JSON (the `diglot coverage` / dist/coverage.json shape), Markdown
// (a PR comment) or JUnit XML (one test case per document and section, for CI dashboards).
import type { Counts, CoverageInput, CoverageReport, DocumentCoverage } from './coverage.js';

/** The JSON shape: `{total:{segments,translated,missing,stale,percent,…}, documents:[{path,…,sections:[…]}]}`. */
export function formatCoverageJson(report: CoverageReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * formatCoverageJson's text in parts, one per document: the same bytes (property-tested against it),
 * without the whole text as one string (tens of megabytes for 10,000 articles, which a build writes
 * part by part).
 */
export function* formatCoverageJsonParts(report: CoverageReport): Generator<string> {
  // a value as JSON.stringify(…, null, 2) writes it `depth` levels down: cut from a wrapper stringified
  // natively (a replace of every newline in every document cost more than the rest)
  const at = (value: unknown, depth: number) => {
    const open = depth === 1 ? '{\n  "v": ' : '{\n  "v": [\n    ';
    const close = depth === 1 ? '\n}' : '\n  ]\n}';
    const text = JSON.stringify({ v: depth === 1 ? value : [value] }, null, 2);
    return text.slice(open.length, text.length - close.length);
  };
  const keys = Object.keys(report).filter((k) => (report as unknown as Record<string, unknown>)[k] !== undefined);
  if (!keys.length) {
    yield '{}\n';
    return;
  }
  yield '{';
  for (const [i, key] of keys.entries()) {
    const value = (report as unknown as Record<string, unknown>)[key];
    yield `${i ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (key === 'documents' && Array.isArray(value) && value.length) {
      yield '[';
      for (const [k, d] of value.entries()) yield `${k ? ',' : ''}\n    ${at(d, 2)}`;
      yield '\n  ]';
    } else yield at(value, 1);
  }
  yield '\n}\n';
}

/** Block kinds shown as extra rows under each document: the parts a newsroom asks about. */
const PARTS: ReadonlyArray<[string, string]> = [
  ['caption', 'captions'],
  ['quotation', 'quotations'],
];

/** A readable table: one line per document, per section and per part (captions, quotations), then the total. */
export function formatCoverageText(report: CoverageReport): string {
  const rows: string[][] = [['', 'segments', 'translated', 'stale', 'fuzzy', 'missing', 'words', '%']];
  const line = (label: string, c: Counts) => [label, String(c.segments), String(c.translated), String(c.stale), String(c.fuzzy), String(c.missing), `${c.words.translated}/${c.words.total}`, c.percent.toFixed(1)];
  for (const d of report.documents) {
    rows.push(line(d.path, d));
    for (const s of d.sections) rows.push(line(`  ${s.complete ? '✓' : '✗'} ${s.title ?? s.id}`, s));
    for (const [kind, label] of PARTS) if (d.kinds[kind]) rows.push(line(`  · ${label}`, d.kinds[kind]));
  }
  rows.push(line('total', report.total));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return `${rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd()).join('\n')}\n`;
}

/** A Markdown summary for a pull-request comment: a table per document and the sections not ready. */
export function formatCoverageMarkdown(report: CoverageReport): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const row = (label: string, c: Counts) => `| ${label} | ${c.segments} | ${c.translated} | ${c.stale} | ${c.fuzzy} | ${c.missing} | ${c.words.translated}/${c.words.total} | ${c.percent.toFixed(1)} |`;
  const out = [
    `### diglot coverage: ${report.total.percent.toFixed(1)} % translated`,
    '',
    `${report.total.translated} of ${report.total.segments} segments (${report.total.words.translated} of ${report.total.words.total} words) · ${report.total.stale} stale · ${report.total.fuzzy} fuzzy · ${report.total.missing} missing`,
    '',
    '| | segments | translated | stale | fuzzy | missing | words | % |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const notReady: string[] = [];
  for (const d of report.documents) {
    out.push(row(`**${cell(d.path)}**`, d));
    for (const s of d.sections) {
      out.push(row(`${s.complete ? '✅' : '❌'} ${cell(s.title ?? s.id)}`, s));
      if (!s.complete) notReady.push(`- ${cell(d.path)} › ${cell(s.title ?? s.id)}: ${pending(s)}`);
    }
    for (const [kind, label] of PARTS) if (d.kinds[kind]) out.push(row(`· ${label}`, d.kinds[kind]));
  }
  out.push(row('**total**', report.total), '');
  if (notReady.length) out.push('**Not ready to publish** (shown German-only or hidden by the publish policy):', '', ...notReady, '');
  else out.push('Every section is complete.', '');
  return out.join('\n');
}

export interface JunitOptions {
  /** The units behind the report, to list the untranslated segments in each failure. */
  documents?: readonly CoverageInput[];
  /** A document case fails below this percentage (default: any untranslated segment fails it). */
  minDocument?: number;
}

/** JUnit XML: a suite per document; a case for the document and one per section; incomplete = failure. */
export function formatCoverageJunit(report: CoverageReport, opts: JunitOptions = {}): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  report.documents.forEach((d, i) => {
    const units = opts.documents?.[i]?.units ?? [];
    const cases: string[] = [];
    let suiteFailures = 0;
    const add = (name: string, failed: boolean, message: string, body: string) => {
      tests++;
      if (failed) {
        failures++;
        suiteFailures++;
        cases.push(`    <testcase classname="${xml(d.path)}" name="${xml(name)}">\n      <failure type="incomplete" message="${xml(message)}">${xml(body)}</failure>\n    </testcase>`);
      } else cases.push(`    <testcase classname="${xml(d.path)}" name="${xml(name)}"/>`);
    };
    const docFailed = opts.minDocument !== undefined ? d.percent < opts.minDocument : d.translated < d.segments;
    add('document', docFailed, `${d.percent.toFixed(1)} % translated${opts.minDocument !== undefined ? ` (minimum ${opts.minDocument} %)` : ''}: ${pending(d)}`, listOpen(units));
    for (const s of d.sections) {
      add(`section ${s.id}${s.title ? `: ${s.title}` : ''}`, !s.complete, `${s.segments - s.translated} of ${s.segments} segments not translated: ${pending(s)}`, listOpen(units.filter((u) => u.section === s.id)));
    }
    suites.push(`  <testsuite name="${xml(d.path)}" tests="${cases.length}" failures="${suiteFailures}">\n${cases.join('\n')}\n  </testsuite>`);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="diglot coverage" tests="${tests}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
}

function pending(c: Counts | DocumentCoverage): string {
  const parts = [c.stale && `${c.stale} stale`, c.fuzzy && `${c.fuzzy} fuzzy`, c.missing && `${c.missing} missing`].filter(Boolean);
  return parts.length ? parts.join(', ') : 'complete';
}

function listOpen(units: CoverageInput['units']): string {
  return units
    .filter((u) => u.status !== 'translated' && u.status !== 'reviewed')
    .map((u) => `${u.segment.line}:${u.segment.column} ${u.status}: ${u.segment.key}`)
    .join('\n');
}

/** XML text/attribute escaping; characters XML 1.0 forbids are dropped. */
function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
}
