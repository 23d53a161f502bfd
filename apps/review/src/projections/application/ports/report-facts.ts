import type { Tx } from '@pb/persistence';
import type { ReportFact } from '../../../shared/domain/report-figures';

/** Extra columns kept for open data and drill-downs; none identifies a person. */
export interface ReportDetails {
  reference?: string;
  regulationName?: string;
  /** The article of the cited regulation, as the report gave it (v3) or named it (v1/v2). */
  regulationArticle?: string;
  companySizeClass?: string;
  /** The answer-by deadline (ISO date) the loket set at intake. */
  answerBy?: string;
  priority?: string;
  department?: string;
  published?: boolean;
  publishConsent?: boolean;
  /** When the resolution happened (the event's occurredAt, so a replay writes the same). */
  resolvedAt?: string;
}

/** What the review knows of each barrier report (`report_facts`). */
export abstract class ReportFacts {
  /**
   * A report's fact as this transaction sees it, under a row lock (a placeholder when the report
   * is not known yet). In a consumer's transaction a report is read and locked once however many
   * of its events the batch holds.
   */
  abstract open(tx: Tx, reportId: string): Promise<ReportFact>;

  /**
   * Announces reports this transaction is about to open: the first `open` that has to read then
   * reads and locks all of them in one statement, in id order, instead of one statement each.
   * Outside a consumer's transaction it does nothing.
   */
  abstract expect(tx: Tx, reportIds: string[]): void;

  /**
   * Records the report's fact after an event, with the details the event carried (a detail an
   * event does not carry keeps what was there). In a consumer's transaction every report it
   * touched is written in one statement before it commits; elsewhere at once.
   */
  abstract save(tx: Tx, fact: ReportFact, details: ReportDetails): Promise<void>;
}
