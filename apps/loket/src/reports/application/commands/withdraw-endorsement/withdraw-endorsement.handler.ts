import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EndorsementLinkNotValidError } from '../../../domain/endorsement.errors';
import { RegisterCrowd } from '../../ports/register-crowd';
import { EndorserMailer } from '../../support/endorser-mailer';
import { WithdrawEndorsementCommand } from './withdraw-endorsement.command';

/**
 * Deletes the endorsement with its contact: it no longer counts in the register. A used, older or
 * forged link is one 404. (No event: BarrierEndorsed v1 has no withdrawal counterpart yet, see the
 * loket README; the review's count is of endorsements made.)
 */
@CommandHandler(WithdrawEndorsementCommand)
export class WithdrawEndorsementHandler implements ICommandHandler<WithdrawEndorsementCommand, { reference: string }> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly crowd: RegisterCrowd,
    private readonly mailer: EndorserMailer,
  ) {}

  async execute({ token }: WithdrawEndorsementCommand): Promise<{ reference: string }> {
    const reference = await this.dataSource.transaction((manager) => this.crowd.withdraw(manager, this.mailer.withdrawalTokenHash(token)));
    if (!reference) throw new EndorsementLinkNotValidError();
    return { reference };
  }
}
