import type { Outcome, Priority, Technology } from '@pb/contracts';
import type { KeysetPage, PageRequest } from '@pb/kernel';
import type { ReportStatus } from '../../domain/report-status';
import type { ReportScope } from '../support/report-scope';
import type { AuditAction, AuditDetails } from './report-audit-log';

export interface QueueFilters {
  status?: ReportStatus;
  theme?: string;
  technology?: Technology;
  department?: string;
  regulation?: string;
  overdue?: boolean;
  q?: string;
  /** Only the reports this handler (a pseudonymous id) handles: "my reports". */
  handler?: string;
  /** Only the reports a routing rule gave this handler group, while they are in the department it sent them to. */
  group?: string;
  page: number;
  pageSize: number;
}

export interface QueueItem {
  reference: string;
  title: string;
  status: ReportStatus;
  technology: Technology;
  regulation: { name: string; article?: string; bwbId?: string };
  theme: string | null;
  priority: Priority | null;
  department: string | null;
  handler: string | null;
  /** The handler group of the routing rule that sent the report to its department (absent: none, or since moved to another department). */
  handlerGroup?: string;
  receivedAt: string;
  deadlines: { triageBy: string; answerBy: string };
  overdue: boolean;
}

export interface QueuePage {
  items: QueueItem[];
  total: number;
  page: number;
  pageSize: number;
  /** How many reports matching the other filters are overdue. */
  overdueCount: number;
}

/** What a reader narrows the register to; every filter optional, all given ones must hold. */
export interface RegisterFilters {
  /** Words in the title or the explanation (Dutch full-text search: stems, no stop words). */
  text?: string;
  bwbId?: string;
  theme?: string;
  outcome?: Outcome;
  /** The year of resolution (Dutch calendar). */
  year?: number;
}

export interface RegisterEntry {
  reference: string;
  title: string;
  regulation: { name: string; article?: string; bwbId?: string };
  technology: Technology;
  sector: string;
  theme: string | null;
  strategyVersion: string | null;
  outcome: Outcome;
  explanation: string;
  resolvedAt: string;
  /** How many companies reported this barrier: the original, its linked duplicates and its endorsements ("this is my barrier too"). */
  clusterSize: number;
}

/** A numbered page (the queue and a report's audit log: short lists a person pages through by number). */
export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CandidateRow {
  id: string;
  reference: string;
  title: string;
  status: ReportStatus;
  receivedAt: Date;
  signature: unknown;
  regulation: { name: string; article?: string; bwbId?: string };
  technology: string;
  /** Whether the asking staff member may open it: only those are suggested. */
  inScope: boolean;
}

export interface MessageView {
  id: string;
  at: string;
  from: 'official' | 'reporter';
  authorId: string;
  internal: boolean;
  body: string;
}

export interface AuditEntryView {
  at: string;
  actor: { role: string; id: string };
  action: AuditAction;
  details: AuditDetails;
}

/** Queries for screens; the write side never depends on it. */
/** Another report named on an official's page; `inScope`: the caller may open it. */
export interface ScopedReportLink {
  reference: string;
  status: ReportStatus;
  inScope: boolean;
}

export abstract class ReportReadModel {
  /** Only reports within `scope`: the page, the total and the overdue count alike. */
  abstract queue(filters: QueueFilters, scope: ReportScope, now: Date): Promise<QueuePage>;
  /** Newest resolution first, keyset on (resolvedAt, reference); `total` counts the whole register. */
  abstract register(page: PageRequest, filters?: RegisterFilters): Promise<KeysetPage<RegisterEntry> & { total: number }>;
  /** One entry of the public register; null when the reference is not (or not publicly) in it. */
  abstract registerEntry(reference: string): Promise<RegisterEntry | null>;
  abstract messages(reportId: string, includeInternal: boolean): Promise<MessageView[]>;
  /**
   * The most recent other reports with a signature: the corpus duplicates are ranked in. All of
   * them count for the term statistics (so a score does not depend on who asks); `inScope` says
   * which may be suggested.
   */
  abstract candidatesFor(reportId: string, limit: number, scope: ReportScope): Promise<CandidateRow[]>;
  abstract signatureOf(reportId: string): Promise<unknown>;
  /**
   * The reports linked to `originalId` as duplicates, and (below) one report by id, as a link on an
   * official's page: `inScope` says whether the caller may open it, so a page never links to a
   * report that answers them 404 (a part split off to another ministry, a duplicate handed on).
   */
  abstract linkedDuplicates(originalId: string, scope: ReportScope): Promise<ScopedReportLink[]>;
  abstract linkOf(id: string, scope: ReportScope): Promise<ScopedReportLink | null>;
  /** The audit log of one report, oldest first; null for an unknown reference. */
  /** Null for an unknown report and for one outside `scope` alike. */
  abstract auditTrail(reference: string, page: number, pageSize: number, scope: ReportScope): Promise<Paged<AuditEntryView> | null>;
}
