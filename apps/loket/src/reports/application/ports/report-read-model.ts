import type { Outcome, Priority, Technology } from '@pb/contracts';
import type { KeysetPage, PageRequest } from '@pb/kernel';
import type { ReportStatus } from '../../domain/report-status';

export interface QueueFilters {
  status?: ReportStatus;
  theme?: string;
  technology?: Technology;
  department?: string;
  regulation?: string;
  overdue?: boolean;
  q?: string;
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
  /** How many reported this barrier: the original and its linked duplicates. */
  clusterSize: number;
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
}

export interface MessageView {
  id: string;
  at: string;
  from: 'official' | 'reporter';
  authorId: string;
  internal: boolean;
  body: string;
}

/** Queries for screens; the write side never depends on it. */
export abstract class ReportReadModel {
  abstract queue(filters: QueueFilters, now: Date): Promise<QueuePage>;
  /** Newest resolution first, keyset on (resolvedAt, reference); `total` counts the whole register. */
  abstract register(page: PageRequest): Promise<KeysetPage<RegisterEntry> & { total: number }>;
  abstract messages(reportId: string, includeInternal: boolean): Promise<MessageView[]>;
  /** The most recent other reports with a signature: the corpus duplicates are ranked in. */
  abstract candidatesFor(reportId: string, limit: number): Promise<CandidateRow[]>;
  abstract signatureOf(reportId: string): Promise<unknown>;
  abstract linkedDuplicates(originalId: string): Promise<{ reference: string; status: ReportStatus }[]>;
  abstract referenceOf(id: string): Promise<string | null>;
}
