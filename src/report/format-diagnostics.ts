// Diagnostics → text (one `file:line:col: severity rule-id: message` line each, plus a summary),
// JSON (`{diagnostics, summary}`) or SARIF 2.1.0 (for code hosts' annotations: regions with end
// positions, related locations, waived findings as `suppressions`, rule metadata from the rule table).
import { formatDiagnostic, type Diagnostic, type Place } from '../model/diagnostic.js';
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

/** The catalogue's Markdown as plain text: code spans, emphasis and links unwrapped. */
function plainText(markdown: string): string {
  return markdown.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/`([^`]*)`/g, '$1').replace(/\*([^*]+)\*/g, '$1');
}

/** Rule metadata for the run's rule list: the rule table's description and level, and what to do. */
function ruleDescriptor(id: string, list: readonly Diagnostic[]): object {
  const info = ruleInfo(id);
  const hint = list.find((d) => d.ruleId === id && d.hint && !d.suppression)?.hint;
  const description = info ? plainText(info.description) : id;
  const help = `${description}${hint ? ` What to do: ${hint.replace(/\.?$/, '.')}` : ''} All rule ids: README → Messages.`;
  return {
    id,
    shortDescription: { text: description },
    ...(info ? { fullDescription: { text: description, markdown: info.description } } : {}),
    ...(info ? { defaultConfiguration: { level: LEVEL[info.severity] } } : {}),
    help: { text: help },
    properties: { stage: info?.stage ?? list.find((d) => d.ruleId === id)?.source ?? 'diglot' },
  };
}

/**
 * A SARIF 2.1.0 log with one run; columns are UTF-16 code units, paths relative to %SRCROOT%. A
 * finding a reviewed waiver covers keeps its real level and carries a `suppressions` entry (kind
 * `external`: the waiver is in a glossary file) with the reason, reviewer and date.
 */
export function toSarif(list: readonly Diagnostic[], opts: SarifOptions = {}): object {
  const ids = [...new Set(list.map((d) => d.ruleId))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => ruleDescriptor(id, list));
  const results = list.map((d) => {
    const s = d.suppression;
    const message = s ? d.message.replace(/^waived: /, '') : d.message;
    return {
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId),
      level: LEVEL[s ? s.severity : d.severity],
      message: { text: d.hint && !s ? `${message}\nHint: ${d.hint}` : message },
      ...(d.file ? { locations: [location(d.file, d.place)] } : {}),
      ...(d.related?.length
        ? { relatedLocations: d.related.map((r, i) => ({ id: i + 1, ...location(r.file, r.place), message: { text: r.message } })) }
        : {}),
      ...(s
        ? {
            suppressions: [
              {
                kind: s.kind,
                status: 'accepted',
                justification: s.justification,
                ...(s.file ? { location: location(s.file, s.place) } : {}),
                properties: { reviewer: s.by, ...(s.date ? { date: s.date } : {}) },
              },
            ],
          }
        : {}),
    };
  });
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

/**
 * A SARIF region. `charOffset` only when the offset is known: places built from a line and column
 * alone (glossary entries, waivers) carry offset 0, which is true only at the very start of a file.
 */
function region(p: Place): object {
  const known = p.start.offset > 0 || (p.start.line === 1 && p.start.column === 1);
  return {
    startLine: p.start.line,
    startColumn: p.start.column,
    ...(p.end ? { endLine: p.end.line, endColumn: p.end.column } : {}),
    ...(known ? { charOffset: p.start.offset } : {}),
    ...(known && p.end ? { charLength: Math.max(0, p.end.offset - p.start.offset) } : {}),
  };
}

function location(file: string, place: Place | undefined): { physicalLocation: object } {
  return {
    physicalLocation: {
      artifactLocation: { uri: relativeUri(file), uriBaseId: '%SRCROOT%' },
      ...(place ? { region: region(place) } : {}),
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
