import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { AmendmentDecidedV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { OutboxWriter, createEvent } from '@pb/messaging';
import { AmendmentNotFoundError } from '../../../domain/amendment.errors';
import { AmendmentRepository } from '../../ports/amendment.repository';
import { DecideAmendmentCommand } from './decide-amendment.command';

/**
 * Accepts or declines a proposed amendment, once (the row is locked, so two decisions cannot both
 * win); AmendmentDecided goes into the outbox in the same transaction. The reason stays here.
 */
@CommandHandler(DecideAmendmentCommand)
export class DecideAmendmentHandler implements ICommandHandler<DecideAmendmentCommand, { id: string; status: string }> {
  constructor(
    private readonly transactions: Transactions,
    private readonly amendments: AmendmentRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: DecideAmendmentCommand): Promise<{ id: string; status: string }> {
    return this.transactions.run(async (tx) => {
      const amendment = await this.amendments.findById(tx, cmd.id, { lock: true });
      if (!amendment) throw new AmendmentNotFoundError();
      const now = this.clock.now();
      amendment.decide(cmd.decision, cmd.reason, cmd.by, now);
      await this.amendments.save(tx, amendment);
      const { year } = amendment.toProps();
      await this.outbox.append(tx, [
        createEvent(AmendmentDecidedV1, { amendmentId: cmd.id, year, decision: cmd.decision, decidedAt: now.toISOString() }, { aggregateId: cmd.id, aggregateVersion: 2, actor: { role: 'coordinator', id: cmd.by }, occurredAt: now }),
      ]);
      return { id: cmd.id, status: cmd.decision };
    });
  }
}
