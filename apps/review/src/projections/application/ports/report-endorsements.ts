import type { Tx } from '@pb/persistence';

/** An endorsement that counts: the year it was made in (its figure's year). */
export interface CountingEndorsement {
  endorsementId: string;
  year: number;
}

/** `report_endorsements`: which endorsements the review knows of, per report, and which were withdrawn (port). */
export abstract class ReportEndorsements {
  /**
   * Records an endorsement in the consumer's transaction; true when it counts from now on, false
   * when it was known already (a redelivery) or withdrawn before its BarrierEndorsed arrived.
   */
  abstract endorsed(tx: Tx, e: { endorsementId: string; reportId: string; year: number }): Promise<boolean>;
  /**
   * Records a withdrawal; the endorsement as it counted until now, or null when it did not count
   * (withdrawn already, or not known yet: then it is remembered as withdrawn).
   */
  abstract withdrawn(tx: Tx, e: { endorsementId: string; reportId: string }): Promise<CountingEndorsement | null>;
  /** The endorsements of a report that count now. */
  abstract counting(tx: Tx, reportId: string): Promise<CountingEndorsement[]>;
  /**
   * Announces reports whose counting endorsements this transaction may ask for: the first
   * `counting` that has to read then reads them for all of these in one statement. Outside a
   * consumer's transaction it does nothing.
   */
  abstract expect(tx: Tx, reportIds: string[]): void;
}
