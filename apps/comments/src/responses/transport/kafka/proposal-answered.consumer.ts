import { Injectable } from '@nestjs/common';
import { EventEnvelope, ProposalAnsweredV1 } from '@pb/contracts';
import { MailOutbox } from '@pb/mail';
import { EventConsumer } from '@pb/messaging';
import type { EntityManager } from 'typeorm';
import { CommentsSettings } from '../../application/comments.settings';
import { reportPublishedMail } from '../../application/mail/response-mails';
import { ProposalProjectionStore } from '../../infrastructure/proposal-projection.store';

/**
 * "You said, we did": when the consultation report is out, every respondent with a verified
 * address hears it once (one mail per address, whatever their responses' moderation outcome).
 * The inbox makes a redelivered event send nothing twice.
 */
@Injectable()
export class ProposalAnsweredConsumer implements EventConsumer {
  readonly events = [ProposalAnsweredV1];

  constructor(
    private readonly store: ProposalProjectionStore,
    private readonly mail: MailOutbox,
    private readonly settings: CommentsSettings,
  ) {}

  async handle(event: EventEnvelope<ProposalAnsweredV1>, manager: EntityManager): Promise<void> {
    const p = event.payload;
    await this.store.advance(manager, p.proposalId, 'answered', new Date(p.answeredAt));
    const recipients: { author_email: string }[] = await manager.query(
      `SELECT DISTINCT ON (email_normalised) author_email FROM responses
        WHERE proposal_id = $1 AND verified_at IS NOT NULL ORDER BY email_normalised, submitted_at`,
      [p.proposalId],
    );
    const link = `${this.settings.publicBaseUrl}/consultaties/${p.proposalId}`;
    for (const r of recipients) await this.mail.enqueue(manager, reportPublishedMail(r.author_email, p.title, link));
  }
}
