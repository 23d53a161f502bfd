import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReportFact, reportFigureKeys } from '../../shared/domain/report-figures';
import { FigureLedger } from './ports/figure-ledger';
import { ReportDetails, ReportFacts } from './ports/report-facts';

/**
 * Applies one loket event to a report's fact and moves the report between figures accordingly,
 * all in the consumer's transaction (the facts store and the ledger batch their writes per
 * transaction, so only the net effect of a consumer's batch is written).
 */
@Injectable()
export class ReportProjector {
  constructor(
    private readonly facts: ReportFacts,
    private readonly ledger: FigureLedger,
  ) {}

  async apply(tx: EntityManager, reportId: string, change: (fact: ReportFact) => ReportFact, details: ReportDetails = {}): Promise<void> {
    const before = await this.facts.open(tx, reportId);
    const after = change({ ...before });
    await this.facts.save(tx, after, details);
    await this.ledger.move(tx, reportId, reportFigureKeys(before), reportFigureKeys(after));
  }
}
