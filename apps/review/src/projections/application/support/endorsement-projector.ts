import { Injectable } from '@nestjs/common';
import type { Tx } from '@pb/persistence';
import { endorsementFigureKeys } from '../../../shared/domain/endorsement-figures';
import { dutchYear } from '../../../shared/domain/figure-key';
import { FigureLedger } from '../ports/figure-ledger';
import { ReportEndorsements } from '../ports/report-endorsements';
import { ReportFacts } from '../ports/report-facts';

/**
 * "This is my barrier too": each endorsement counts once, under its report's theme, from its
 * BarrierEndorsed until its BarrierEndorsementWithdrawn, whatever is delivered twice or first. The
 * report's fact is opened (and locked) first, so a triage of the same report in another
 * transaction cannot move the report's endorsements at the same time (ReportProjector moves them).
 */
@Injectable()
export class EndorsementProjector {
  constructor(
    private readonly facts: ReportFacts,
    private readonly endorsements: ReportEndorsements,
    private readonly ledger: FigureLedger,
  ) {}

  /** Announces the reports a batch's endorsements belong to: their facts and endorsements are read in one statement each. */
  expect(tx: Tx, reportIds: string[]): void {
    this.facts.expect(tx, reportIds);
    this.endorsements.expect(tx, reportIds);
  }

  async endorsed(tx: Tx, e: { endorsementId: string; reportId: string; occurredAt: string }): Promise<void> {
    const report = await this.facts.open(tx, e.reportId);
    const year = dutchYear(e.occurredAt);
    if (!(await this.endorsements.endorsed(tx, { endorsementId: e.endorsementId, reportId: e.reportId, year }))) return;
    await this.ledger.move(tx, e.endorsementId, [], endorsementFigureKeys(year, report));
  }

  async withdrawn(tx: Tx, e: { endorsementId: string; reportId: string }): Promise<void> {
    const report = await this.facts.open(tx, e.reportId);
    const was = await this.endorsements.withdrawn(tx, e);
    if (!was) return;
    await this.ledger.move(tx, e.endorsementId, endorsementFigureKeys(was.year, report), []);
  }
}
