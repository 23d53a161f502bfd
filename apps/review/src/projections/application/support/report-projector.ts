import { Injectable } from '@nestjs/common';
import type { Tx } from '@pb/persistence';
import { endorsementFigureKeys } from '../../../shared/domain/endorsement-figures';
import { themeRef } from '../../../shared/domain/figure-key';
import { ReportFact, reportFigureKeys } from '../../../shared/domain/report-figures';
import { FigureLedger } from '../ports/figure-ledger';
import { ReportEndorsements } from '../ports/report-endorsements';
import { ReportDetails, ReportFacts } from '../ports/report-facts';

/**
 * Applies one loket event to a report's fact and moves the report between figures accordingly,
 * all in the consumer's transaction (the facts store and the ledger batch their writes per
 * transaction, so only the net effect of a consumer's batch is written). The report's endorsements
 * count under its theme, so a change of theme moves them too.
 */
@Injectable()
export class ReportProjector {
  constructor(
    private readonly facts: ReportFacts,
    private readonly ledger: FigureLedger,
    private readonly endorsements: ReportEndorsements,
  ) {}

  /**
   * Announces the reports a batch's events are about to change, so their facts are read and locked
   * in one statement (and, where a triage may move its endorsements, those read in one too).
   */
  expect(tx: Tx, reportIds: string[], { themeMayChange = false } = {}): void {
    this.facts.expect(tx, reportIds);
    if (themeMayChange) this.endorsements.expect(tx, reportIds);
  }

  async apply(tx: Tx, reportId: string, change: (fact: ReportFact) => ReportFact, details: ReportDetails = {}): Promise<void> {
    const before = await this.facts.open(tx, reportId);
    const after = change({ ...before });
    await this.facts.save(tx, after, details);
    await this.ledger.move(tx, reportId, reportFigureKeys(before), reportFigureKeys(after));
    // Only a triage changes the theme: the endorsements are read then, not on every event.
    if (themeRef(before.theme, before.strategyVersion) === themeRef(after.theme, after.strategyVersion)) return;
    for (const e of await this.endorsements.counting(tx, reportId)) {
      await this.ledger.move(tx, e.endorsementId, endorsementFigureKeys(e.year, before), endorsementFigureKeys(e.year, after));
    }
  }
}
