import type { components, operations } from './generated/loket';

/** The loket's answers as the pages read them: the generated types of its OpenAPI document (docs/openapi/loket.json). */
type Schemas = components['schemas'];

/** A report as its reporter reads it (GET /api/loket/reports/{reference}?token=…). */
export type ReportView = Schemas['ReporterViewDto'];
/** A report as an official reads it: the reporter's view plus what only staff see. */
export type OfficialReport = Schemas['OfficialReportDto'];
export type ResolutionView = Schemas['OutcomeDto'];
export type TimelineEntry = Schemas['ReporterTimelineEntryDto'] | Schemas['OfficialTimelineEntryDto'];

/** The officials' work queue: one page of reports, nearest deadline first. */
export type QueueResponse = Schemas['QueuePageDto'];
export type QueueItem = Schemas['QueueItemDto'];
/** The queue's filters, paging included. */
export type QueueQuery = NonNullable<operations['ReportsController_queue']['parameters']['query']>;

/** One page of a report's audit log, oldest first; a line carries codes and pseudonymous ids only. */
export type AuditPage = Schemas['AuditTrailDto'];
export type AuditItem = Schemas['AuditEntryDto'];

/** A resolved barrier in the public register (no personal data), and one page of them. */
export type RegisterEntry = Schemas['RegisterEntryDto'];
export type RegisterPage = Schemas['RegisterPageDto'];

export function resolutionOf(report: { outcome: ResolutionView | null }): ResolutionView | undefined {
  return report.outcome ?? undefined;
}

/** The register's filters and paging (GET /api/loket/register). */
export type RegisterQuery = NonNullable<operations['RegisterController_register']['parameters']['query']>;

/** A published entry like the barrier being reported (the report form's check step), and why it was found. */
export type SimilarEntry = Schemas['SimilarEntryDto'];
