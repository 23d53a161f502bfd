import { Injectable } from '@nestjs/common';
import { BarrierSatisfactionGivenV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { ReportSatisfaction } from '../../application/ports/report-satisfaction';

/** Whether an answer helped, per report and round: the monitor's satisfaction per theme. */
@Injectable()
export class BarrierSatisfactionGivenConsumer implements EventConsumer {
  readonly events = [BarrierSatisfactionGivenV1];

  constructor(private readonly satisfaction: ReportSatisfaction) {}

  async handle(event: EventEnvelope<BarrierSatisfactionGivenV1>, manager: EntityManager): Promise<void> {
    const { reportId, round, satisfied, outcome } = event.payload;
    await this.satisfaction.record(manager, { reportId, round, satisfied, outcome });
  }
}
