// Diagnostics → text (one `file:line:col: severity rule-id: message` line each, plus a summary),
// JSON (`{diagnostics, summary}`) or SARIF 2.1.0 (for code hosts' annotations).
import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { ruleInfo } from '../check/rules.js';

export interface DiagnosticSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(list: readonly Diagnostic[]): DiagnosticSummary {
  return {
    errors: list.filter((d) => d.severity === 'error').length,
    warnings: list.filter((d) => d.severity === 'warning').length,
    infos: list.filter((d) => d.severity === 'info').length,
  };
}

export function formatDiagnosticsText(list: readonly Diagnostic[]): string {
  const s = summarize(list);
  const lines = list.map((d) => `${formatDiagnostic(d)}\n`).join('');
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${lines}${list.length ? '\n' : ''}${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'note')}\n`;
}

export function formatDiagnosticsJson(list: readonly Diagnostic[]): string {
  return `${JSON.stringify({ diagnostics: list, summary: summarize(list) }, null, 2)}\n`;
}

export interface SarifOptions {
  /** Absolute project root, as a `file://` base for the relative paths (optional). */
  root?: string;
  toolVersion?: string;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A SARIF 2.1.0 log with one run; columns are UTF-16 code units, paths relative to %SRCROOT%. */
export function toSarif(list: readonly Diagnostic[], opts: SarifOptions = {}): object {
  const ids = [...new Set(list.map((d) => d.ruleId))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const info = ruleInfo(id);
    return {
      id,
      shortDescription: { text: info?.description ?? id },
      ...(info ? { defaultConfiguration: { level: LEVEL[info.severity] }, properties: { stage: info.source } } : {}),
    };
  });
  const results = list.map((d) => ({
    ruleId: d.ruleId,
    ruleIndex: index.get(d.ruleId),
    level: LEVEL[d.severity],
    message: { text: d.hint ? `${d.message}\nHint: ${d.hint}` : d.message },
    ...(d.file ? { locations: [location(d)] } : {}),
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'diglot', version: opts.toolVersion ?? '0.1.0', rules } },
        ...(opts.root ? { originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(opts.root) } } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatDiagnosticsSarif(list: readonly Diagnostic[], opts: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(list, opts), null, 2)}\n`;
}

function location(d: Diagnostic): object {
  const p = d.place;
  const region = p
    ? {
        startLine: p.start.line,
        startColumn: p.start.column,
        ...(p.end ? { endLine: p.end.line, endColumn: p.end.column } : {}),
        charOffset: p.start.offset,
        ...(p.end ? { charLength: Math.max(0, p.end.offset - p.start.offset) } : {}),
      }
    : undefined;
  return {
    physicalLocation: {
      artifactLocation: { uri: relativeUri(d.file ?? ''), uriBaseId: '%SRCROOT%' },
      ...(region ? { region } : {}),
    },
  };
}

function relativeUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function pathToFileUri(abs: string): string {
  const parts = abs.split(/[\\/]/).map(encodeURIComponent).join('/');
  return `file://${parts.startsWith('/') ? '' : '/'}${parts}${parts.endsWith('/') ? '' : '/'}`;
}
