import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@pb/kernel';
import { MailOutbox } from '@pb/mail';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashToken, normaliseEmail, respondentId } from '../../../domain/respondent';
import { isPubliclyVisible } from '../../../domain/response-rules';
import { ResponseNotFoundError } from '../../../domain/response.errors';
import { ProposalProjectionStore } from '../../../infrastructure/proposal-projection.store';
import { ResponseStore } from '../../../infrastructure/response.store';
import { CommentsSettings } from '../../comments.settings';
import { alreadySupportedMail, verificationMail } from '../../mail/response-mails';
import { SupportResponseCommand } from './support-response.command';

/**
 * Support for a public response: one per e-mail address, counted once the address is confirmed.
 * Asking again with the same address before confirming sends a fresh link. Asking again after is
 * answered exactly the same (the API never tells whether an address supports a response): the
 * mailbox gets "you already support this response" instead of a link, and nothing changes.
 */
@CommandHandler(SupportResponseCommand)
export class SupportResponseHandler implements ICommandHandler<SupportResponseCommand, { status: 'awaiting-verification' }> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly responses: ResponseStore,
    private readonly proposals: ProposalProjectionStore,
    private readonly mail: MailOutbox,
    private readonly clock: Clock,
    private readonly settings: CommentsSettings,
  ) {}

  async execute({ responseId, email }: SupportResponseCommand): Promise<{ status: 'awaiting-verification' }> {
    const now = this.clock.now();
    const token = randomBytes(32).toString('base64url');
    const normalised = normaliseEmail(email);
    return this.dataSource.transaction(async (manager) => {
      const r = await this.responses.find(manager, responseId);
      if (!r || !isPubliclyVisible(r)) throw new ResponseNotFoundError();
      const [existing] = await manager.query(`SELECT support_id, counted FROM supports WHERE response_id = $1 AND email_normalised = $2 FOR UPDATE`, [responseId, normalised]);
      const proposal = await this.proposals.find(manager, r.proposalId);
      if (existing?.counted) {
        await this.mail.enqueue(manager, alreadySupportedMail(email.trim(), proposal?.title ?? ''));
        return { status: 'awaiting-verification' as const };
      }
      const supportId: string = existing?.support_id ?? randomUUID();
      if (!existing) {
        await manager.query(
          `INSERT INTO supports (response_id, email_normalised, supporter_id, support_id, created_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (response_id, email_normalised) DO NOTHING`,
          [responseId, normalised, respondentId(this.settings.respondentIdSecret, normalised), supportId, now],
        );
      }
      await manager.query(`INSERT INTO verifications (token_hash, kind, subject_id, email_normalised, expires_at) VALUES ($1, 'support', $2, $3, $4)`, [
        hashToken(token),
        supportId,
        normalised,
        new Date(now.getTime() + this.settings.verificationTtlHours * 3600_000),
      ]);
      const link = `${this.settings.publicBaseUrl}/reacties/bevestigen?token=${token}`;
      await this.mail.enqueue(manager, verificationMail(email.trim(), link, proposal?.title ?? '', 'support'));
      return { status: 'awaiting-verification' as const };
    });
  }
}
