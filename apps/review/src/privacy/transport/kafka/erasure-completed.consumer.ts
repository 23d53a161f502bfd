import { Inject, Injectable } from '@nestjs/common';
import { ErasureCompletedV1, EventEnvelope } from '@pb/contracts';
import { EventConsumer, MESSAGING_LOGGER } from '@pb/messaging';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { RecordErasureAnswerCommand } from '../../application/commands/record-erasure-answer/record-erasure-answer.command';
import { RecordErasureAnswerHandler } from '../../application/commands/record-erasure-answer/record-erasure-answer.handler';

/** Translates each service's ErasureCompleted into the answer it records, in the inbox's transaction. */
@Injectable()
export class ErasureCompletedConsumer implements EventConsumer {
  readonly events = [ErasureCompletedV1];

  constructor(
    private readonly answers: RecordErasureAnswerHandler,
    @Inject(MESSAGING_LOGGER) private readonly logger: Logger,
  ) {}

  async handle(event: EventEnvelope<ErasureCompletedV1>, manager: EntityManager): Promise<void> {
    const { erasureId, service, erased } = event.payload;
    const recorded = await this.answers.execute(manager, new RecordErasureAnswerCommand(erasureId, service, erased, new Date(event.occurredAt)));
    // Not asked for here (another deployment sharing the cluster): nothing to record.
    if (!recorded) this.logger.warn({ erasureId, service }, 'an erasure answer for an unknown request is ignored');
  }
}
