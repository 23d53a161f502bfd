import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { BarrierEndorsedV1 } from '@pb/contracts';
import { Clock, keyedHash, normaliseEmailAddress } from '@pb/kernel';
import { createEvent, OutboxWriter } from '@pb/messaging';
import { Transactions } from '@pb/persistence';
import { randomUUID } from 'node:crypto';
import { LoketEnv } from '../../../../config/loket.env';
import { ReportNotFoundError } from '../../../domain/barrier-report.errors';
import { RegisterCrowd } from '../../ports/register-crowd';
import { EndorserMailer } from '../../support/endorser-mailer';
import { EndorseBarrierCommand } from './endorse-barrier.command';

/**
 * Stores the endorsement with the company's contact (here only, like a reporter's), publishes
 * BarrierEndorsed (ids only) and mails the endorser the entry's outcome with a withdrawal link — all
 * in one transaction. The same address again for the same entry changes nothing and mails nothing,
 * and is answered exactly like the first time: the answer must not tell who endorsed what.
 */
@CommandHandler(EndorseBarrierCommand)
export class EndorseBarrierHandler implements ICommandHandler<EndorseBarrierCommand, { reference: string }> {
  constructor(
    private readonly transactions: Transactions,
    private readonly crowd: RegisterCrowd,
    private readonly outbox: OutboxWriter,
    private readonly mailer: EndorserMailer,
    private readonly clock: Clock,
    private readonly env: LoketEnv,
  ) {}

  async execute({ reference, endorser, language }: EndorseBarrierCommand): Promise<{ reference: string }> {
    const now = this.clock.now();
    return this.transactions.run(async (manager) => {
      const entry = await this.crowd.endorsable(manager, reference);
      if (!entry) throw new ReportNotFoundError();
      const id = randomUUID();
      const withdrawal = this.mailer.newWithdrawalToken();
      const added = await this.crowd.add(manager, {
        id,
        reportId: entry.reportId,
        emailHash: keyedHash(this.env.PSEUDONYM_SECRET, 'email', normaliseEmailAddress(endorser.contact.email)),
        email: endorser.contact.email.trim(),
        contactName: endorser.contact.name.trim(),
        companyName: endorser.company.name.trim(),
        kvkNumber: endorser.company.kvkNumber,
        companySizeClass: endorser.company.sizeClass,
        language,
        endorsedAt: now,
        withdrawTokenHash: withdrawal.hash,
        notifiedOutcome: entry.outcome,
      });
      if (!added) return { reference };
      await this.outbox.append(manager, [
        createEvent(BarrierEndorsedV1, { endorsementId: id, reportId: entry.reportId }, { aggregateId: entry.reportId, aggregateVersion: entry.version, actor: { role: 'reporter', id }, occurredAt: now }),
      ]);
      await this.mailer.send(manager, { to: endorser.contact.email.trim(), language }, entry, 'endorsed', withdrawal.token);
      return { reference };
    });
  }
}
