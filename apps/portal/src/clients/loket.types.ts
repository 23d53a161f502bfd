import type { Suggestion } from './suggestion.types';
/** The loket's answers as the pages read them (api.md); fields the loket may add are optional. */
export interface TimelineEntry {
  at: string;
  status: string;
  by?: string;
  note?: string;
}

export interface ReportMessage {
  id?: string;
  at?: string;
  createdAt?: string;
  from?: string;
  author?: string;
  body: string;
  internal?: boolean;
}

export interface ResolutionView {
  outcome: string;
  explanation?: string;
  at?: string;
}

export interface ReportView {
  reference: string;
  title?: string;
  description?: string;
  status: string;
  theme?: string | null;
  priority?: string | null;
  department?: string | null;
  handler?: string | null;
  technology?: string;
  sector?: string;
  regulation?: { name?: string; article?: string; bwbId?: string };
  submittedAt?: string;
  receivedAt?: string;
  deadlines?: { triageBy?: string; answerBy?: string };
  overdue?: boolean;
  timeline?: TimelineEntry[];
  messages?: ReportMessage[];
  resolution?: ResolutionView | null;
  outcome?: ResolutionView | string | null;
  explanation?: string | null;
  duplicateOf?: string | null;
  duplicates?: { reference: string; title?: string; score?: number; reason?: string }[];
  possibleDuplicates?: { reference: string; title?: string; score?: number; reason?: string }[];
  company?: { name?: string; kvkNumber?: string; sizeClass?: string };
  contact?: { name?: string; email?: string; phone?: string };
  impact?: string;
  suggestedSolution?: string;
  /** Reporter's view: until when the private link works. */
  linkExpiresAt?: string;
  /** Reporter's view: resolved, so they are asked whether the answer helped. */
  satisfactionAsked?: boolean;
  reopenCount?: number;
}

export interface QueuePage {
  items: ReportView[];
  total?: number;
  page?: number;
  pageSize?: number;
}

export function resolutionOf(report: ReportView): ResolutionView | undefined {
  if (report.resolution) return report.resolution;
  if (report.outcome && typeof report.outcome === 'object') return report.outcome;
  if (typeof report.outcome === 'string') return { outcome: report.outcome, explanation: report.explanation ?? undefined };
  return undefined;
}

/** The officials' work queue: one page of reports, nearest deadline first. */
export interface QueueResponse {
  items: ReportView[];
  total: number;
  page: number;
  pageSize: number;
  overdueCount?: number;
}

/** A report as an official reads it: the reporter's view plus what only staff see. */
export interface OfficialReport extends ReportView {
  /** The loket's theme/department suggestion (issue 10, item 1). */
  suggestion?: Suggestion | null;
  originalReference?: string | null;
  duplicates?: { reference: string; status?: string }[];
  possibleDuplicates?: { reference: string; title?: string; status?: string; score?: number; reasons?: string[] }[];
  consent?: { contact: boolean; publish: boolean };
  paused?: boolean;
}

/** One line of a report's audit log (codes and pseudonymous ids only). */
export interface AuditItem {
  at: string;
  actor: { role: string; id: string };
  action: string;
  details: Record<string, string>;
}

/** One page of a report's audit log, oldest first. */
export interface AuditPage {
  reference: string;
  items: AuditItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** A resolved barrier in the public register (no personal data). */
export interface RegisterEntry {
  reference: string;
  title: string;
  regulation: { name: string; article?: string; bwbId?: string };
  technology: string;
  theme: string | null;
  outcome: string;
  explanation: string;
  resolvedAt: string;
  clusterSize: number;
}
