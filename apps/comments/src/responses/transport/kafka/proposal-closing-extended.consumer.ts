import { Injectable } from '@nestjs/common';
import { EventEnvelope, ProposalClosingExtendedV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { RecordClosingExtendedCommand } from '../../application/commands/record-closing-extended/record-closing-extended.command';
import { RecordClosingExtendedHandler } from '../../application/commands/record-closing-extended/record-closing-extended.handler';

/** A later closing time: responses are taken until then, and the respondents hear of it. */
@Injectable()
export class ProposalClosingExtendedConsumer implements EventConsumer {
  readonly events = [ProposalClosingExtendedV1];

  constructor(private readonly recordExtended: RecordClosingExtendedHandler) {}

  async handle(event: EventEnvelope<ProposalClosingExtendedV1>, manager: EntityManager): Promise<void> {
    await this.recordExtended.execute(new RecordClosingExtendedCommand(event.payload.proposalId, new Date(event.payload.closesAt)), manager);
  }
}
