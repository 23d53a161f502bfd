import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { ResponseModeratedV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { MailOutbox } from '@pb/mail';
import { OutboxWriter, createEvent } from '@pb/messaging';
import { ResponseNotFoundError } from '../../../domain/response.errors';
import { ProposalProjectionStore } from '../../ports/proposal-projection.store';
import { ResponseRepository } from '../../ports/response.repository';
import { titlesOf } from '../../support/proposal-titles';
import { moderationMail } from '../../support/response-mails';
import { ModerateResponseCommand } from './moderate-response.command';

/**
 * A moderator publishes or rejects a response; the author hears the decision and, for a
 * rejection, the reason. A rejected response is hidden from every public view but stays in the
 * record (report, review). A moderator may reverse an earlier decision.
 */
@CommandHandler(ModerateResponseCommand)
export class ModerateResponseHandler implements ICommandHandler<ModerateResponseCommand, { id: string; status: string }> {
  constructor(
    private readonly transactions: Transactions,
    private readonly responses: ResponseRepository,
    private readonly proposals: ProposalProjectionStore,
    private readonly outbox: OutboxWriter,
    private readonly mail: MailOutbox,
    private readonly clock: Clock,
  ) {}

  async execute({ responseId, decision, reason, moderatorId }: ModerateResponseCommand): Promise<{ id: string; status: string }> {
    const now = this.clock.now();
    return this.transactions.run(async (manager) => {
      const r = await this.responses.find(manager, responseId, { lock: true });
      if (!r) throw new ResponseNotFoundError();
      const changed = r.moderate(decision, reason, now);
      await this.responses.save(manager, r);
      await this.outbox.append(manager, [
        createEvent(
          ResponseModeratedV1,
          { responseId: r.id, proposalId: r.proposalId, decision, reason: decision === 'reject' ? reason : null, moderatedAt: now.toISOString() },
          { aggregateId: r.id, aggregateVersion: r.version, actor: { role: 'moderator', id: moderatorId }, occurredAt: now },
        ),
      ]);
      // Tell the author when something changes for them (not when a flagged, published response is simply kept).
      if (changed) {
        const proposal = await this.proposals.find(manager, r.proposalId);
        await this.mail.enqueue(manager, moderationMail(r.authorEmail, r.lang, decision, reason, titlesOf(proposal)));
      }
      return { id: r.id, status: r.status };
    });
  }
}
