import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ResponseAttachmentTextExtractedV1 } from '@pb/contracts';
import { Clock } from '@pb/kernel';
import { OutboxWriter, createEvent } from '@pb/messaging';
import { Transactions } from '@pb/persistence';
import { findCitations } from '@pb/regulations';
import { AttachmentStore } from '../../ports/attachment.store';
import { AnnounceAttachmentTextsCommand } from './announce-attachment-texts.command';

/**
 * An attachment's text reaches the review's regulation index once both happened, in either order:
 * the response's address was confirmed (it counts) and the text was extracted. One event per
 * attachment with what the text cites (a BWB id, or a law named with an article: findCitations of
 * libs/regulations, as for the response's own text) — never the text. The mark and the event
 * commit together; a replica skips the rows another one is announcing.
 */
@CommandHandler(AnnounceAttachmentTextsCommand)
export class AnnounceAttachmentTextsHandler implements ICommandHandler<AnnounceAttachmentTextsCommand, number> {
  constructor(
    private readonly transactions: Transactions,
    private readonly attachments: AttachmentStore,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  execute({ limit }: AnnounceAttachmentTextsCommand): Promise<number> {
    const now = this.clock.now();
    return this.transactions.run(async (manager) => {
      const texts = await this.attachments.lockUnannounced(manager, limit);
      if (!texts.length) return 0;
      await this.outbox.append(
        manager,
        texts.map((t) =>
          createEvent(
            ResponseAttachmentTextExtractedV1,
            {
              responseId: t.responseId,
              proposalId: t.proposalId,
              attachmentId: t.attachmentId,
              kind: t.kind,
              citedRegulations: findCitations(t.text),
              extractedAt: now.toISOString(),
            },
            { aggregateId: t.responseId, aggregateVersion: t.responseVersion, actor: { role: 'system', id: 'comments.attachment-text' }, occurredAt: now },
          ),
        ),
      );
      await this.attachments.markAnnounced(
        manager,
        texts.map((t) => t.attachmentId),
        now,
      );
      return texts.length;
    });
  }
}
