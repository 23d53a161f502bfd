import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { ResponseFlaggedV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { OutboxWriter, createEvent } from '@pb/messaging';
import { randomUUID } from 'node:crypto';
import { ResponseNotFoundError } from '../../../domain/response.errors';
import { FlagStore } from '../../ports/flag.store';
import { ResponseRepository } from '../../ports/response.repository';
import { FlagResponseCommand } from './flag-response.command';

/** A reader flags a public response: it goes back to the moderation queue (it stays visible until a moderator decides). */
@CommandHandler(FlagResponseCommand)
export class FlagResponseHandler implements ICommandHandler<FlagResponseCommand, void> {
  constructor(
    private readonly transactions: Transactions,
    private readonly responses: ResponseRepository,
    private readonly flags: FlagStore,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute({ responseId, reason, explanation, clientKey }: FlagResponseCommand): Promise<void> {
    const now = this.clock.now();
    await this.transactions.run(async (manager) => {
      const r = await this.responses.find(manager, responseId, { lock: true });
      if (!r || !r.isPubliclyVisible()) throw new ResponseNotFoundError();
      const added = await this.flags.add(manager, { id: randomUUID(), responseId, reason, explanation, clientKey, createdAt: now });
      if (!added) return; // the same reader flagging twice counts once
      r.flag();
      await this.responses.save(manager, r);
      await this.outbox.append(manager, [
        createEvent(ResponseFlaggedV1, { responseId, proposalId: r.proposalId, reason, flaggedAt: now.toISOString() }, { aggregateId: responseId, aggregateVersion: r.version, actor: { role: 'system', id: 'anonymous-reader' }, occurredAt: now }),
      ]);
    });
  }
}
