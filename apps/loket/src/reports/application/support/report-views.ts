import type { BarrierReportState } from '../../domain/barrier-report.aggregate';

/** What every view of a report shows of it — the official's and the reporter's alike. */
export function reportSummary(s: Readonly<BarrierReportState>) {
  return { reference: s.reference, status: s.status, title: s.title, description: s.description, regulation: s.regulation, technology: s.technology, sector: s.sector };
}

/** The outcome of a resolved report, or null while it is not resolved. */
export function outcomeView(s: Readonly<Pick<BarrierReportState, 'outcome' | 'explanation' | 'resolvedAt'>>) {
  return s.outcome ? { outcome: s.outcome, explanation: s.explanation, resolvedAt: s.resolvedAt?.toISOString() } : null;
}
