// Reports: coverage counts (project, document, section, part) in text, JSON, Markdown and JUnit,
// the CI gates, and diagnostics as text, JSON or SARIF 2.1.0.
export { computeCoverage, computeDocumentCoverage, combineCoverage, sumCounts, countUnits, countWords, type Counts, type CoverageReport, type DocumentCoverage, type SectionCoverage, type CoverageInput } from './coverage.js';
export { formatCoverageJson, formatCoverageJsonParts, formatCoverageText, formatCoverageMarkdown, formatCoverageJunit, type JunitOptions } from './format-coverage.js';
export { evaluateGates, type CoverageGates, type GateFailure, type FailOnStatus } from './gates.js';
export { formatDiagnosticsText, formatDiagnosticsJson, formatDiagnosticsSarif, toSarif, summarize, type DiagnosticSummary, type SarifOptions } from './format-diagnostics.js';
