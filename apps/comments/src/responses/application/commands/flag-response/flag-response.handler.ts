import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { ResponseFlaggedV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { OutboxWriter, createEvent } from '@pb/messaging';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { isPubliclyVisible } from '../../../domain/response-rules';
import { ResponseNotFoundError } from '../../../domain/response.errors';
import { ResponseStore } from '../../../infrastructure/response.store';
import { FlagResponseCommand } from './flag-response.command';

/** A reader flags a public response: it goes back to the moderation queue (it stays visible until a moderator decides). */
@CommandHandler(FlagResponseCommand)
export class FlagResponseHandler implements ICommandHandler<FlagResponseCommand, void> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly responses: ResponseStore,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute({ responseId, reason, explanation, clientKey }: FlagResponseCommand): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const r = await this.responses.find(manager, responseId, true);
      if (!r || !isPubliclyVisible(r)) throw new ResponseNotFoundError();
      const inserted = await manager.query(
        `INSERT INTO flags (id, response_id, reason, explanation, client_key, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (response_id, client_key) DO NOTHING RETURNING id`,
        [randomUUID(), responseId, reason, explanation, clientKey, now],
      );
      if (!inserted.length) return; // the same reader flagging twice counts once
      const { version } = await this.responses.bumpVersion(manager, responseId, 'flag');
      await this.outbox.append(manager, [
        createEvent(ResponseFlaggedV1, { responseId, proposalId: r.proposalId, reason, flaggedAt: now.toISOString() }, { aggregateId: responseId, aggregateVersion: version, actor: { role: 'system', id: 'anonymous-reader' }, occurredAt: now }),
      ]);
    });
  }
}
