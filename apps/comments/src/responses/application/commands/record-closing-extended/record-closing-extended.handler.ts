import { Injectable } from '@nestjs/common';
import { MailOutbox } from '@pb/mail';
import type { Tx } from '@pb/persistence';
import { ProposalProjectionStore } from '../../ports/proposal-projection.store';
import { ResponseReadModel } from '../../ports/response-read-model';
import { CommentsSettings } from '../../support/comments.settings';
import { closingExtendedMail } from '../../support/lifecycle-mails';
import { titlesOf } from '../../support/proposal-titles';
import { RecordClosingExtendedCommand } from './record-closing-extended.command';

/**
 * A later closing time: our projection accepts responses until then, and everyone who responded
 * (with a confirmed address) hears of it once, in the language they wrote in when we know it.
 *
 * Runs in the transaction of the consumer's inbox row (like RecordProposalAnsweredHandler): a
 * redelivered event finds the closing time already moved and mails nobody twice.
 */
@Injectable()
export class RecordClosingExtendedHandler {
  constructor(
    private readonly proposals: ProposalProjectionStore,
    private readonly readModel: ResponseReadModel,
    private readonly mail: MailOutbox,
    private readonly settings: CommentsSettings,
  ) {}

  async execute({ proposalId, closesAt }: RecordClosingExtendedCommand, manager: Tx): Promise<void> {
    if (!(await this.proposals.extendClosing(manager, proposalId, closesAt))) return;
    const proposal = await this.proposals.find(manager, proposalId);
    if (!proposal) return;
    const link = `${this.settings.publicBaseUrl}/consultaties/${proposalId}`;
    for (const r of await this.readModel.verifiedRespondents(manager, proposalId)) {
      await this.mail.enqueue(manager, closingExtendedMail(r.email, r.lang, titlesOf(proposal), closesAt, link));
    }
  }
}
