// CoverageReport + gate options → the gates that failed, each with the reason to print (CI exit 1).
import type { CoverageReport } from './coverage.js';

export type FailOnStatus = 'stale' | 'fuzzy' | 'missing';

export interface CoverageGates {
  /** Total percentage translated must be ≥ this. */
  min?: number;
  /** Every document's percentage must be ≥ this. */
  minDocument?: number;
  /** Any unit with one of these statuses fails. */
  failOn?: readonly FailOnStatus[];
}

export interface GateFailure {
  gate: 'min' | 'min-document' | 'fail-on' | 'require';
  message: string;
}

/** Evaluates the gates; an empty list means every gate passed. */
export function evaluateGates(report: CoverageReport, gates: CoverageGates): GateFailure[] {
  const out: GateFailure[] = [];
  if (gates.min !== undefined && report.total.percent < gates.min) {
    out.push({ gate: 'min', message: `total coverage ${report.total.percent} % is below --min ${gates.min} %` });
  }
  if (gates.minDocument !== undefined) {
    for (const d of report.documents) {
      if (d.percent < gates.minDocument) out.push({ gate: 'min-document', message: `${d.path}: coverage ${d.percent} % is below --min-document ${gates.minDocument} %` });
    }
  }
  for (const status of gates.failOn ?? []) {
    for (const d of report.documents) {
      const n = d[status];
      if (!n) continue;
      const where = d.sections.filter((s) => s[status] > 0).map((s) => s.title ?? s.id);
      out.push({ gate: 'fail-on', message: `${d.path}: ${n} ${status} segment${n === 1 ? '' : 's'} (--fail-on ${status}) in ${where.join(', ')}` });
    }
  }
  return out;
}
