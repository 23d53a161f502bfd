import type { Tx } from '@pb/persistence';

/** A reporter's verdict on one answer to their report: whether it helped (no reason text). */
export interface SatisfactionFact {
  reportId: string;
  round: number;
  satisfied: boolean;
  outcome: string;
}

/** `report_satisfaction`: the verdicts per report and answer round, for the monitor (port). */
export abstract class ReportSatisfaction {
  /** Records a verdict in the consumer's transaction; the same round again keeps the latest word. */
  abstract record(tx: Tx, fact: SatisfactionFact): Promise<void>;
}
