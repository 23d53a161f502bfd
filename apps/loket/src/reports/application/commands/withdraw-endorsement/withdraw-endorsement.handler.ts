import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { BarrierEndorsementWithdrawnV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { createEvent, OutboxWriter } from '@pb/messaging';
import { Transactions } from '@pb/persistence';
import { EndorsementLinkNotValidError } from '../../../domain/endorsement.errors';
import { RegisterCrowd } from '../../ports/register-crowd';
import { EndorserMailer } from '../../support/endorser-mailer';
import { WithdrawEndorsementCommand } from './withdraw-endorsement.command';

/**
 * Deletes the endorsement with its contact, so it no longer counts in the register, and publishes
 * BarrierEndorsementWithdrawn (ids only) in the same transaction: the review counts endorsements
 * and must uncount this one. A used, older or forged link is one 404.
 */
@CommandHandler(WithdrawEndorsementCommand)
export class WithdrawEndorsementHandler implements ICommandHandler<WithdrawEndorsementCommand, { reference: string }> {
  constructor(
    private readonly transactions: Transactions,
    private readonly crowd: RegisterCrowd,
    private readonly outbox: OutboxWriter,
    private readonly mailer: EndorserMailer,
    private readonly clock: Clock,
  ) {}

  async execute({ token }: WithdrawEndorsementCommand): Promise<{ reference: string }> {
    const withdrawn = await this.transactions.run(async (manager) => {
      const gone = await this.crowd.withdraw(manager, this.mailer.withdrawalTokenHash(token));
      if (!gone) return null;
      const { endorsementId, reportId, version } = gone;
      // The actor is the endorsement, as in BarrierEndorsed: the endorser has no other id outside the loket.
      await this.outbox.append(manager, [
        createEvent(BarrierEndorsementWithdrawnV1, { endorsementId, reportId }, { aggregateId: reportId, aggregateVersion: version, actor: { role: 'reporter', id: endorsementId }, occurredAt: this.clock.now() }),
      ]);
      return gone;
    });
    if (!withdrawn) throw new EndorsementLinkNotValidError();
    return { reference: withdrawn.reference };
  }
}
