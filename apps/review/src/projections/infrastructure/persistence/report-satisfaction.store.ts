import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReportSatisfaction, SatisfactionFact } from '../../application/ports/report-satisfaction';

@Injectable()
export class ReportSatisfactionStore extends ReportSatisfaction {
  async record(tx: EntityManager, f: SatisfactionFact): Promise<void> {
    await tx.query(
      `INSERT INTO report_satisfaction (report_id, round, satisfied, outcome) VALUES ($1, $2, $3, $4)
       ON CONFLICT (report_id, round) DO UPDATE SET satisfied = EXCLUDED.satisfied, outcome = EXCLUDED.outcome`,
      [f.reportId, f.round, f.satisfied, f.outcome],
    );
  }
}
