import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { ResponseSubmittedV1, ResponseSupportedV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { OutboxWriter, createEvent } from '@pb/messaging';
import type { DataSource, EntityManager } from 'typeorm';
import { hashToken } from '../../../domain/respondent';
import { statusAfterVerification } from '../../../domain/response-rules';
import { AlreadyRespondedError, ProposalNotKnownError, ResponseNotFoundError, VerificationInvalidError } from '../../../domain/response.errors';
import { ProposalProjectionStore } from '../../../infrastructure/proposal-projection.store';
import { ResponseStore } from '../../../infrastructure/response.store';
import { ConfirmVerificationCommand, ConfirmVerificationResult } from './confirm-verification.command';

/**
 * The e-mail link was followed: the response (or support) now counts. Following the link again
 * changes nothing and answers the same. The submission time decided whether the consultation was
 * open; confirming after the closing time still counts a response sent in time.
 *
 * One response per address counts: of several unconfirmed responses with one address, the first
 * confirmed wins and confirming another is refused (409, shown only to whoever holds the link).
 * The unique index on verified responses settles a race between two confirmations.
 */
const UNIQUE_VIOLATION = '23505';

@CommandHandler(ConfirmVerificationCommand)
export class ConfirmVerificationHandler implements ICommandHandler<ConfirmVerificationCommand, ConfirmVerificationResult> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalProjectionStore,
    private readonly responses: ResponseStore,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute({ token }: ConfirmVerificationCommand): Promise<ConfirmVerificationResult> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const [v] = await manager.query(`SELECT * FROM verifications WHERE token_hash = $1 FOR UPDATE`, [hashToken(token)]);
      if (!v || (!v.used_at && new Date(v.expires_at).getTime() < now.getTime())) throw new VerificationInvalidError();
      const first = !v.used_at;
      if (first) await manager.query(`UPDATE verifications SET used_at = $2 WHERE token_hash = $1`, [v.token_hash, now]);
      return v.kind === 'response' ? this.confirmResponse(manager, v.subject_id, first, now) : this.confirmSupport(manager, v.subject_id, first, now);
    });
  }

  private async confirmResponse(manager: EntityManager, responseId: string, first: boolean, now: Date): Promise<ConfirmVerificationResult> {
    const r = await this.responses.find(manager, responseId, true);
    if (!r) throw new ResponseNotFoundError();
    if (!first || r.status !== 'awaiting-verification') return { kind: 'response', responseId: r.id, proposalId: r.proposalId, status: r.status };
    const proposal = await this.proposals.find(manager, r.proposalId);
    if (!proposal) throw new ProposalNotKnownError();
    const status = statusAfterVerification(proposal.moderation);
    if (!r.parentId && (await this.responses.hasVerifiedResponse(manager, r.proposalId, r.emailNormalised, r.id))) throw new AlreadyRespondedError();
    const version = await this.responses
      .setStatus(manager, r.id, { status, verifiedAt: now, publishedAt: status === 'published' ? now : null })
      .catch((err: unknown) => {
        if ((err as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) throw new AlreadyRespondedError();
        throw err;
      });
    await this.outbox.append(manager, [
      createEvent(
        ResponseSubmittedV1,
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
        },
        { aggregateId: r.id, aggregateVersion: version, actor: { role: 'respondent', id: r.respondentId }, occurredAt: now },
      ),
    ]);
    return { kind: 'response', responseId: r.id, proposalId: r.proposalId, status };
  }

  private async confirmSupport(manager: EntityManager, supportId: string, first: boolean, now: Date): Promise<ConfirmVerificationResult> {
    const [s] = await manager.query(`SELECT * FROM supports WHERE support_id = $1 FOR UPDATE`, [supportId]);
    if (!s) throw new VerificationInvalidError();
    const r = await this.responses.find(manager, s.response_id, true);
    if (!r) throw new ResponseNotFoundError();
    if (!first || s.counted) return { kind: 'support', responseId: r.id, proposalId: r.proposalId, status: r.status, supportCount: r.supportCount };
    await manager.query(`UPDATE supports SET counted = true, counted_at = $2 WHERE support_id = $1`, [supportId, now]);
    const { version, supportCount } = await this.responses.bumpVersion(manager, r.id, 'support');
    await this.outbox.append(manager, [
      createEvent(
        ResponseSupportedV1,
        { responseId: r.id, proposalId: r.proposalId, supporterId: s.supporter_id, supportCount, supportedAt: now.toISOString() },
        { aggregateId: r.id, aggregateVersion: version, actor: { role: 'respondent', id: s.supporter_id }, occurredAt: now },
      ),
    ]);
    return { kind: 'support', responseId: r.id, proposalId: r.proposalId, status: r.status, supportCount };
  }
}
