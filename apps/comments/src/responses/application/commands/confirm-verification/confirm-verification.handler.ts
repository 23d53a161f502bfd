import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions, type Tx } from '@pb/persistence';
import { ResponseSubmittedV2, ResponseSupportedV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { OutboxWriter, createEvent } from '@pb/messaging';
import { findCitations } from '@pb/regulations';
import { hashToken } from '../../../domain/respondent';
import { AlreadyRespondedError, ProposalNotKnownError, ResponseNotFoundError, VerificationInvalidError } from '../../../domain/response.errors';
import { ProposalProjectionStore } from '../../ports/proposal-projection.store';
import { ResponseRepository } from '../../ports/response.repository';
import { SupportStore } from '../../ports/support.store';
import { VerificationStore } from '../../ports/verification.store';
import { ConfirmVerificationCommand, ConfirmVerificationResult } from './confirm-verification.command';

/**
 * The e-mail link was followed: the response (or support) now counts. Following the link again
 * changes nothing and answers the same. The submission time decided whether the consultation was
 * open; confirming after the closing time still counts a response sent in time.
 *
 * One response per address counts: of several unconfirmed responses with one address, the first
 * confirmed wins and confirming another is refused (409, shown only to whoever holds the link).
 * The unique index on verified responses settles a race between two confirmations (the repository
 * answers it with AlreadyRespondedError).
 */
@CommandHandler(ConfirmVerificationCommand)
export class ConfirmVerificationHandler implements ICommandHandler<ConfirmVerificationCommand, ConfirmVerificationResult> {
  constructor(
    private readonly transactions: Transactions,
    private readonly verifications: VerificationStore,
    private readonly proposals: ProposalProjectionStore,
    private readonly responses: ResponseRepository,
    private readonly supports: SupportStore,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute({ token }: ConfirmVerificationCommand): Promise<ConfirmVerificationResult> {
    const now = this.clock.now();
    return this.transactions.run(async (manager) => {
      const v = await this.verifications.findForUpdate(manager, hashToken(token));
      if (!v || (!v.usedAt && v.expiresAt.getTime() < now.getTime())) throw new VerificationInvalidError();
      const first = !v.usedAt;
      if (first) await this.verifications.markUsed(manager, v.tokenHash, now);
      return v.kind === 'response' ? this.confirmResponse(manager, v.subjectId, first, now) : this.confirmSupport(manager, v.subjectId, first, now);
    });
  }

  private async confirmResponse(manager: Tx, responseId: string, first: boolean, now: Date): Promise<ConfirmVerificationResult> {
    const r = await this.responses.find(manager, responseId, { lock: true });
    if (!r) throw new ResponseNotFoundError();
    if (!first || r.status !== 'awaiting-verification') return { kind: 'response', responseId: r.id, proposalId: r.proposalId, status: r.status };
    const proposal = await this.proposals.find(manager, r.proposalId);
    if (!proposal) throw new ProposalNotKnownError();
    if (!r.parentId && (await this.responses.hasVerifiedResponse(manager, r.proposalId, r.emailNormalised, r.id))) throw new AlreadyRespondedError();
    const status = r.confirm(proposal.moderation, now);
    await this.responses.save(manager, r);
    await this.outbox.append(manager, [
      createEvent(
        ResponseSubmittedV2,
        {
          responseId: r.id,
          proposalId: r.proposalId,
          theme: proposal.theme,
          respondentId: r.respondentId,
          onBehalfOfOrganisation: !!r.onBehalfOf,
          public: r.isPublic,
          parentId: r.parentId,
          answeredQuestionIds: r.answers.map((a) => a.questionId),
          status,
          submittedAt: r.submittedAt.toISOString(),
          verifiedAt: now.toISOString(),
          // The text stays here; what it cites (a BWB id, or a law named with an article) is an identifier the regulation index counts.
          citedRegulations: findCitations([r.snapshot().body, ...r.answers.map((a) => a.answer)].join('\n')),
        },
        { aggregateId: r.id, aggregateVersion: r.version, actor: { role: 'respondent', id: r.respondentId }, occurredAt: now },
      ),
    ]);
    return { kind: 'response', responseId: r.id, proposalId: r.proposalId, status };
  }

  private async confirmSupport(manager: Tx, supportId: string, first: boolean, now: Date): Promise<ConfirmVerificationResult> {
    const s = await this.supports.findForUpdate(manager, supportId);
    if (!s) throw new VerificationInvalidError();
    const r = await this.responses.find(manager, s.responseId, { lock: true });
    if (!r) throw new ResponseNotFoundError();
    if (!first || s.counted) return { kind: 'support', responseId: r.id, proposalId: r.proposalId, status: r.status, supportCount: r.supportCount };
    await this.supports.markCounted(manager, supportId, now);
    r.countSupport();
    await this.responses.save(manager, r);
    const supportCount = r.supportCount;
    await this.outbox.append(manager, [
      createEvent(
        ResponseSupportedV1,
        { responseId: r.id, proposalId: r.proposalId, supporterId: s.supporterId, supportCount, supportedAt: now.toISOString() },
        { aggregateId: r.id, aggregateVersion: r.version, actor: { role: 'respondent', id: s.supporterId }, occurredAt: now },
      ),
    ]);
    return { kind: 'support', responseId: r.id, proposalId: r.proposalId, status: r.status, supportCount };
  }
}
