import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { Clock } from '@pb/kernel';
import { AmendmentNotFoundError } from '../../../domain/amendment.errors';
import { AmendmentRepository } from '../../ports/amendment.repository';
import { DecideAmendmentCommand } from './decide-amendment.command';

/** Accepts or declines a proposed amendment, once (the row is locked, so two decisions cannot both win). */
@CommandHandler(DecideAmendmentCommand)
export class DecideAmendmentHandler implements ICommandHandler<DecideAmendmentCommand, { id: string; status: string }> {
  constructor(
    private readonly transactions: Transactions,
    private readonly amendments: AmendmentRepository,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: DecideAmendmentCommand): Promise<{ id: string; status: string }> {
    return this.transactions.run(async (tx) => {
      const amendment = await this.amendments.findById(tx, cmd.id, { lock: true });
      if (!amendment) throw new AmendmentNotFoundError();
      amendment.decide(cmd.decision, cmd.reason, cmd.by, this.clock.now());
      await this.amendments.save(tx, amendment);
      return { id: cmd.id, status: cmd.decision };
    });
  }
}
