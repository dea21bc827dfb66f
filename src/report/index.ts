export { computeCoverage, countUnits, countWords, type Counts, type CoverageReport, type DocumentCoverage, type SectionCoverage, type CoverageInput } from './coverage.js';
export { formatCoverageJson, formatCoverageText } from './format-coverage.js';
