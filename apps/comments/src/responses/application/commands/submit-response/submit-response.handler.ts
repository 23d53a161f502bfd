import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import { Clock } from '@pb/kernel';
import { MailOutbox } from '@pb/mail';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ConsultationResponse } from '../../../domain/consultation-response.aggregate';
import { hashToken, normaliseEmail, respondentId } from '../../../domain/respondent';
import { AnswerProblem, checkAnswers, InvalidAnswersError } from '../../../domain/answer-rules';
import { checkCount, checkSize, ReceivedFile, requireKind, safeFileName } from '../../../domain/attachment-rules';
import { AttachmentStore, NewAttachment } from '../../ports/attachment.store';
import { ContentSniffer } from '../../ports/content-sniffer';
import { AttachmentSettings } from '../../support/attachment.settings';
import { isOpenAt } from '../../../domain/response-rules';
import { ConsultationNotOpenError, ConsultationWithdrawnError, ParentNotPublicError, ProposalNotKnownError, UnknownPassageError, UnknownQuestionError } from '../../../domain/response.errors';
import { ProposalProjectionStore } from '../../ports/proposal-projection.store';
import { ResponseRepository } from '../../ports/response.repository';
import { VerificationStore } from '../../ports/verification.store';
import { CommentsSettings } from '../../support/comments.settings';
import { titlesOf } from '../../support/proposal-titles';
import { alreadyRespondedMail, verificationMail } from '../../support/response-mails';
import { SubmitResponseCommand, SubmitResponseResult } from './submit-response.command';

/** The answers' problems, each by its catalogue key: the text is chosen at the edge, in the reader's language. */
function invalidAnswers(problems: AnswerProblem[]): InvalidAnswersError {
  return new InvalidAnswersError(problems.map((p) => ({ field: p.field, key: `reading-room:answers.${p.key}`, params: p.params })));
}

/**
 * Takes a response in while the consultation is open (decided from our own projection of proposal
 * events) and mails a confirmation link. The response counts — and is announced — only once the
 * address is confirmed (ConfirmVerificationHandler).
 *
 * The answer never tells whether the address responded before (issue 9): when it already has a
 * confirmed response, nothing is stored, the mailbox gets "you already responded" instead of a link,
 * and the caller gets the same 202 with a fresh id. Unconfirmed earlier responses block nothing:
 * whoever typed someone else's address cannot lock that person out.
 */
@CommandHandler(SubmitResponseCommand)
export class SubmitResponseHandler implements ICommandHandler<SubmitResponseCommand, SubmitResponseResult> {
  constructor(
    private readonly transactions: Transactions,
    private readonly proposals: ProposalProjectionStore,
    private readonly responses: ResponseRepository,
    private readonly verifications: VerificationStore,
    private readonly mail: MailOutbox,
    private readonly clock: Clock,
    private readonly settings: CommentsSettings,
    private readonly attachments: AttachmentStore,
    private readonly sniffer: ContentSniffer,
    private readonly attachmentSettings: AttachmentSettings,
  ) {}

  async execute({ input }: SubmitResponseCommand): Promise<SubmitResponseResult> {
    const now = this.clock.now();
    const token = randomBytes(32).toString('base64url');
    // Before anything is stored: too many or too large is a 413, a file that is not a PDF, ODT or DOCX by its bytes a 415.
    const files = await this.checkedFiles(input.attachments ?? []);
    return this.transactions.run(async (manager) => {
      const proposal = await this.proposals.find(manager, input.proposalId);
      if (!proposal) throw new ProposalNotKnownError();
      if (proposal.status === 'withdrawn') throw new ConsultationWithdrawnError();
      if (!isOpenAt(proposal, now)) throw new ConsultationNotOpenError(proposal, now);
      // Anchors are checked against the current text when we know it (a ProposalPublished v1 did not say).
      const anchor = input.passage?.anchor;
      if (anchor && proposal.anchors && !proposal.anchors.some((a) => a.anchor === anchor)) throw new UnknownPassageError(anchor);
      if (input.parentId) {
        const parent = await this.responses.find(manager, input.parentId);
        if (!parent || parent.proposalId !== proposal.proposalId || !parent.isPubliclyVisible()) throw new ParentNotPublicError();
      }
      const known = new Set(proposal.questions.map((q) => q.id));
      const unknown = input.answers.map((a) => a.questionId).filter((id) => !known.has(id));
      if (unknown.length) throw new UnknownQuestionError(unknown);
      const checked = checkAnswers(proposal.questions, input.answers);
      if (checked.problems.length) throw invalidAnswers(checked.problems);
      const email = normaliseEmail(input.author.email);
      const id = randomUUID();
      const accepted = { id, status: 'awaiting-verification' as const };
      if (!input.parentId && (await this.responses.hasVerifiedResponse(manager, proposal.proposalId, email))) {
        await this.mail.enqueue(manager, alreadyRespondedMail(input.author.email.trim(), input.lang ?? null, titlesOf(proposal)));
        return accepted;
      }
      await this.responses.insert(
        manager,
        ConsultationResponse.submit({
          id,
          proposalId: proposal.proposalId,
          parentId: input.parentId,
          body: input.body,
          answers: checked.answers,
          authorName: input.author.name,
          authorEmail: input.author.email.trim(),
          emailNormalised: email,
          respondentId: respondentId(this.settings.respondentIdSecret, email),
          onBehalfOf: input.onBehalfOf,
          isPublic: input.public,
          submittedAt: now,
          textVersion: proposal.textVersion,
          passage: input.passage ?? null,
          lang: input.lang ?? null,
        }),
      );
      // The text is read later, off this request (ExtractAttachmentTextHandler): the response is stored whatever the documents hold.
      if (files.length) await this.attachments.add(manager, id, files, now);
      await this.verifications.issue(manager, {
        tokenHash: hashToken(token),
        kind: 'response',
        subjectId: id,
        emailNormalised: email,
        expiresAt: new Date(now.getTime() + this.settings.verificationTtlHours * 3600_000),
      });
      const link = `${this.settings.publicBaseUrl}/reacties/bevestigen?token=${token}`;
      await this.mail.enqueue(manager, verificationMail(input.author.email.trim(), input.lang ?? null, link, titlesOf(proposal), 'response'));
      return accepted;
    });
  }

  private async checkedFiles(received: ReceivedFile[]): Promise<NewAttachment[]> {
    const limits = this.attachmentSettings.limits;
    checkCount(received.length, limits);
    received.forEach((f) => checkSize(f, limits));
    const checked: NewAttachment[] = [];
    for (const f of received) {
      const kind = requireKind(f, await this.sniffer.sniff(f.bytes));
      checked.push({ id: randomUUID(), kind, fileName: safeFileName(f.fileName, kind), bytes: f.bytes, sha256: createHash('sha256').update(f.bytes).digest('hex') });
    }
    return checked;
  }
}
