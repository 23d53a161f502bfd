import { Injectable } from '@nestjs/common';
import { MailOutbox } from '@pb/mail';
import type { Tx } from '@pb/persistence';
import { ProposalProjectionStore } from '../../ports/proposal-projection.store';
import { ResponseReadModel } from '../../ports/response-read-model';
import { CommentsSettings } from '../../support/comments.settings';
import { reportPublishedMail } from '../../support/response-mails';
import { RecordProposalAnsweredCommand } from './record-proposal-answered.command';

/**
 * "You said, we did": when the consultation report is out, every respondent with a verified
 * address hears it once (one mail per address, whatever their responses' moderation outcome).
 *
 * Runs in the transaction of the consumer's inbox row (hence `manager`, and not the command bus):
 * the projection, the mails and the record that the event was handled commit together, so a
 * redelivered event sends nothing twice.
 */
@Injectable()
export class RecordProposalAnsweredHandler {
  constructor(
    private readonly proposals: ProposalProjectionStore,
    private readonly readModel: ResponseReadModel,
    private readonly mail: MailOutbox,
    private readonly settings: CommentsSettings,
  ) {}

  async execute({ proposalId, title, answeredAt }: RecordProposalAnsweredCommand, manager: Tx): Promise<void> {
    await this.proposals.advance(manager, proposalId, 'answered', answeredAt);
    // The event's title is the Dutch one; the English one (when entered) is in our projection.
    const titles = { nl: title, en: (await this.proposals.find(manager, proposalId))?.titleEn ?? null };
    const link = `${this.settings.publicBaseUrl}/consultaties/${proposalId}`;
    // Each in the language they last wrote in (both when not known); erased respondents are not mailed.
    for (const r of await this.readModel.verifiedRespondents(manager, proposalId)) await this.mail.enqueue(manager, reportPublishedMail(r.email, r.lang, titles, link));
  }
}
