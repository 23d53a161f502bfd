import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { Clock } from '@pb/kernel';
import { MailOutbox } from '@pb/mail';
import { randomBytes, randomUUID } from 'node:crypto';
import { hashToken, normaliseEmail, respondentId } from '../../../domain/respondent';
import { ResponseNotFoundError } from '../../../domain/response.errors';
import { ProposalProjectionStore } from '../../ports/proposal-projection.store';
import { ResponseRepository } from '../../ports/response.repository';
import { SupportStore } from '../../ports/support.store';
import { VerificationStore } from '../../ports/verification.store';
import { CommentsSettings } from '../../support/comments.settings';
import { titlesOf } from '../../support/proposal-titles';
import { alreadySupportedMail, verificationMail } from '../../support/response-mails';
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
    private readonly transactions: Transactions,
    private readonly responses: ResponseRepository,
    private readonly proposals: ProposalProjectionStore,
    private readonly supports: SupportStore,
    private readonly verifications: VerificationStore,
    private readonly mail: MailOutbox,
    private readonly clock: Clock,
    private readonly settings: CommentsSettings,
  ) {}

  async execute({ responseId, email, lang }: SupportResponseCommand): Promise<{ status: 'awaiting-verification' }> {
    const now = this.clock.now();
    const token = randomBytes(32).toString('base64url');
    const normalised = normaliseEmail(email);
    return this.transactions.run(async (manager) => {
      const r = await this.responses.find(manager, responseId);
      if (!r || !r.isPubliclyVisible()) throw new ResponseNotFoundError();
      const existing = await this.supports.findByAddressForUpdate(manager, responseId, normalised);
      const proposal = await this.proposals.find(manager, r.proposalId);
      if (existing?.counted) {
        await this.mail.enqueue(manager, alreadySupportedMail(email.trim(), lang, titlesOf(proposal)));
        return { status: 'awaiting-verification' as const };
      }
      const supportId = existing?.supportId ?? randomUUID();
      if (!existing) {
        await this.supports.add(manager, { responseId, emailNormalised: normalised, supporterId: respondentId(this.settings.respondentIdSecret, normalised), supportId, createdAt: now });
      }
      await this.verifications.issue(manager, {
        tokenHash: hashToken(token),
        kind: 'support',
        subjectId: supportId,
        emailNormalised: normalised,
        expiresAt: new Date(now.getTime() + this.settings.verificationTtlHours * 3600_000),
      });
      const link = `${this.settings.publicBaseUrl}/reacties/bevestigen?token=${token}`;
      await this.mail.enqueue(manager, verificationMail(email.trim(), lang, link, titlesOf(proposal), 'support'));
      return { status: 'awaiting-verification' as const };
    });
  }
}
