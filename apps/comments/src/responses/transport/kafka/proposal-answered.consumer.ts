import { Injectable } from '@nestjs/common';
import { EventEnvelope, ProposalAnsweredV1 } from '@pb/contracts';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { RecordProposalAnsweredCommand } from '../../application/commands/record-proposal-answered/record-proposal-answered.command';
import { RecordProposalAnsweredHandler } from '../../application/commands/record-proposal-answered/record-proposal-answered.handler';

/** The consultation report is out: the projection records it and the respondents hear of it. */
@Injectable()
export class ProposalAnsweredConsumer implements EventConsumer {
  readonly events = [ProposalAnsweredV1];

  constructor(private readonly recordAnswered: RecordProposalAnsweredHandler) {}

  async handle(event: EventEnvelope<ProposalAnsweredV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.recordAnswered.execute(new RecordProposalAnsweredCommand(p.proposalId, p.title, new Date(p.answeredAt)), manager);
  }
}
