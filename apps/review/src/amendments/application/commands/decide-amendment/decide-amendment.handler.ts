import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { Transactions } from '../../../../shared/application/ports/transactions';
import { checkDecision } from '../../../domain/amendment';
import { AmendmentNotFoundError } from '../../../domain/amendment.errors';
import { AmendmentStore } from '../../ports/amendment-store';
import { DecideAmendmentCommand } from './decide-amendment.command';

/** Accepts or declines a proposed amendment, once (the row is locked, so two decisions cannot both win). */
@CommandHandler(DecideAmendmentCommand)
export class DecideAmendmentHandler implements ICommandHandler<DecideAmendmentCommand, { id: string; status: string }> {
  constructor(
    private readonly transactions: Transactions,
    private readonly amendments: AmendmentStore,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: DecideAmendmentCommand): Promise<{ id: string; status: string }> {
    return this.transactions.run(async (tx) => {
      const status = await this.amendments.lockStatus(tx, cmd.id);
      if (status === null) throw new AmendmentNotFoundError();
      checkDecision(status);
      await this.amendments.recordDecision(tx, cmd.id, { status: cmd.decision, reason: cmd.reason, by: cmd.by, at: this.clock.now() });
      return { id: cmd.id, status: cmd.decision };
    });
  }
}
