import type { Tx } from '@pb/persistence';
import type { ReviewSnapshot } from '../../domain/review-builder';
import type { FigureDefinition, ThemeSection } from '../../domain/review-content';

export type ReviewJobStatus = 'queued' | 'running' | 'completed' | 'failed';

export interface ReviewJobRecord {
  id: string;
  year: number;
  status: ReviewJobStatus;
  step: number;
  totalSteps: number;
  revision: number | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What a running job keeps between its steps: the snapshot and the theme sections still to build. */
export type ReviewJobPartial = Partial<{ snapshot: ReviewSnapshot; refs: string[] }>;

export interface ReviewJobPart {
  section: ThemeSection;
  figures: Record<string, FigureDefinition>;
}

/**
 * `review_jobs` and their finished steps, `review_job_parts` (port). Methods with a transaction
 * handle run in the caller's transaction; the others on their own.
 */
export abstract class ReviewJobs {
  /** Serialises compile requests for the year until the transaction ends. */
  abstract lockYear(tx: Tx, year: number): Promise<void>;
  /** The year's queued or running job, if any. */
  abstract activeJob(tx: Tx, year: number): Promise<string | null>;
  abstract queue(tx: Tx, job: { id: string; year: number; requestedBy: string }): Promise<void>;
  abstract find(id: string): Promise<ReviewJobRecord | null>;
  /**
   * Claims the oldest job that is queued or whose lease ran out (a process that died mid-way), for
   * `leaseSeconds`; null when there is none. Skips jobs another process holds.
   */
  abstract claim(leaseSeconds: number): Promise<string | null>;
  /** The job with what it kept, locked until the transaction ends. */
  abstract lockForStep(tx: Tx, id: string): Promise<(ReviewJobRecord & { partial: ReviewJobPartial }) | null>;
  abstract keepPartial(tx: Tx, id: string, partial: ReviewJobPartial): Promise<void>;
  /** Records progress and extends the lease. */
  abstract advance(tx: Tx, id: string, step: number, totalSteps: number, leaseSeconds: number): Promise<void>;
  abstract addPart(tx: Tx, id: string, step: number, part: ReviewJobPart): Promise<void>;
  /** The finished parts in step order. */
  abstract parts(tx: Tx, id: string): Promise<ReviewJobPart[]>;
  /** Done: points at the revision and drops what the steps kept. */
  abstract complete(tx: Tx, id: string, revision: number): Promise<void>;
  abstract fail(id: string, error: string): Promise<void>;
}
