import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { ErasureRequestedV1 } from '@pb/contracts';
import { Clock, keyedHash, normaliseEmailAddress } from '@pb/kernel';
import { OutboxWriter, createEvent } from '@pb/messaging';
import { randomUUID } from 'node:crypto';
import { ErasureRequests } from '../../ports/erasure-requests';
import { PrivacySettings } from '../../ports/privacy.settings';
import { RequestErasureCommand } from './request-erasure.command';

/**
 * Records an erasure request and tells every service, in one transaction (outbox). The address is
 * hashed here and then forgotten: neither the table nor the event ever holds it, so the request
 * itself leaves no trace of the person it erases — not in this database, not in Kafka's log.
 */
@CommandHandler(RequestErasureCommand)
export class RequestErasureHandler implements ICommandHandler<RequestErasureCommand, { id: string }> {
  constructor(
    private readonly transactions: Transactions,
    private readonly requests: ErasureRequests,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    private readonly settings: PrivacySettings,
  ) {}

  async execute({ email, by }: RequestErasureCommand): Promise<{ id: string }> {
    const id = randomUUID();
    const subjectHash = keyedHash(this.settings.pseudonymSecret, 'email', normaliseEmailAddress(email));
    const now = this.clock.now();
    await this.transactions.run(async (tx) => {
      await this.requests.insert(tx, { id, subjectHash, requestedBy: by, requestedAt: now });
      await this.outbox.append(tx, [
        createEvent(ErasureRequestedV1, { erasureId: id, subjectHash }, { aggregateId: id, aggregateVersion: 1, actor: { role: 'admin', id: by }, occurredAt: now }),
      ]);
    });
    return { id };
  }
}
