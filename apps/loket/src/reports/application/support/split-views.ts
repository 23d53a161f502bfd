import type { BarrierReport } from '../../domain/barrier-report.aggregate';
import { outcomeView } from './report-views';

/**
 * How a split report and its parts show (issue 10 item 6). For officials: each part's status,
 * department, handler, deadline and outcome. The reporter's view adds the messages meant for them
 * (see GetReporterViewHandler) and never shows a handler.
 */
export function splitPartView(part: BarrierReport, now: Date) {
  const s = part.snapshot();
  return {
    reference: s.reference,
    status: s.status,
    department: s.triage?.department ?? '',
    handler: s.triage?.handlerId ?? null,
    answerBy: part.deadlines(now).answerBy,
    outcome: outcomeView(s),
  };
}

export function splitOriginalView(original: BarrierReport | null) {
  return original ? { reference: original.reference, status: original.status } : null;
}
