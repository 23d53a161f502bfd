import { Injectable } from '@nestjs/common';
import { BarrierResolvedV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { TellEndorsersHandler } from '../../application/commands/tell-endorsers/tell-endorsers.handler';

/**
 * The loket's own BarrierResolved, read back: the endorsers of a register entry hear a new outcome.
 * Through Kafka rather than inside the resolve handler, so resolving stays one report's transaction
 * (however many companies endorsed it) and the endorsers' mails follow from the published fact.
 */
@Injectable()
export class BarrierResolvedEndorsersConsumer implements EventConsumer {
  readonly events = [BarrierResolvedV1];

  constructor(private readonly tell: TellEndorsersHandler) {}

  async handle(event: EventEnvelope<BarrierResolvedV1>, manager: EntityManager): Promise<void> {
    await this.tell.execute(manager, event.payload.reportId);
  }
}
