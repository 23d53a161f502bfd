import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { ResponseModeratedV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { MailOutbox } from '@pb/mail';
import { OutboxWriter, createEvent } from '@pb/messaging';
import type { DataSource } from 'typeorm';
import { NotModeratableError, ResponseNotFoundError } from '../../../domain/response.errors';
import { ProposalProjectionStore } from '../../../infrastructure/proposal-projection.store';
import { ResponseStore } from '../../../infrastructure/response.store';
import { moderationMail } from '../../mail/response-mails';
import { ModerateResponseCommand } from './moderate-response.command';

/**
 * A moderator publishes or rejects a response; the author hears the decision and, for a
 * rejection, the reason. A rejected response is hidden from every public view but stays in the
 * record (report, review). A moderator may reverse an earlier decision.
 */
@CommandHandler(ModerateResponseCommand)
export class ModerateResponseHandler implements ICommandHandler<ModerateResponseCommand, { id: string; status: string }> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly responses: ResponseStore,
    private readonly proposals: ProposalProjectionStore,
    private readonly outbox: OutboxWriter,
    private readonly mail: MailOutbox,
    private readonly clock: Clock,
  ) {}

  async execute({ responseId, decision, reason, moderatorId }: ModerateResponseCommand): Promise<{ id: string; status: string }> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const r = await this.responses.find(manager, responseId, true);
      // An erased author's response is out of moderation too: publishing it would show nothing and change the figures.
      if (!r || r.erasedAt) throw new ResponseNotFoundError();
      if (r.status === 'awaiting-verification') throw new NotModeratableError();
      const status = decision === 'publish' ? 'published' : 'rejected';
      const version = await this.responses.setStatus(manager, r.id, {
        status,
        moderatedAt: now,
        moderationReason: decision === 'reject' ? reason : null,
        publishedAt: decision === 'publish' ? (r.publishedAt ?? now) : r.publishedAt,
        needsReview: false,
      });
      await this.outbox.append(manager, [
        createEvent(
          ResponseModeratedV1,
          { responseId: r.id, proposalId: r.proposalId, decision, reason: decision === 'reject' ? reason : null, moderatedAt: now.toISOString() },
          { aggregateId: r.id, aggregateVersion: version, actor: { role: 'moderator', id: moderatorId }, occurredAt: now },
        ),
      ]);
      // Tell the author when something changes for them (not when a flagged, published response is simply kept).
      if (r.status !== status) {
        const proposal = await this.proposals.find(manager, r.proposalId);
        await this.mail.enqueue(manager, moderationMail(r.authorEmail, decision, reason, proposal?.title ?? ''));
      }
      return { id: r.id, status };
    });
  }
}
