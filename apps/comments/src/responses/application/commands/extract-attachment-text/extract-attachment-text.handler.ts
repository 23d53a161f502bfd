import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { AttachmentTextExtractor } from '../../ports/attachment-text.extractor';
import { AttachmentStore } from '../../ports/attachment.store';
import { AttachmentSettings } from '../../support/attachment.settings';
import { ExtractAttachmentTextCommand, ExtractAttachmentTextResult } from './extract-attachment-text.command';

/**
 * Off the request path: claims one pending attachment, reads its text (bounded in time and memory,
 * see AttachmentTextExtractor) and stores the outcome. A claim older than twice the timeout belongs
 * to an extractor that died (a restart mid-file): it is taken again. An encrypted or unreadable
 * document gets that status and no text — the response and the file are not affected.
 */
@CommandHandler(ExtractAttachmentTextCommand)
export class ExtractAttachmentTextHandler implements ICommandHandler<ExtractAttachmentTextCommand, ExtractAttachmentTextResult> {
  constructor(
    private readonly attachments: AttachmentStore,
    private readonly extractor: AttachmentTextExtractor,
    private readonly settings: AttachmentSettings,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<ExtractAttachmentTextResult> {
    const now = this.clock.now();
    const pending = await this.attachments.claimPending(now, new Date(now.getTime() - 2 * this.settings.extractionTimeoutMs));
    if (!pending) return { extracted: false };
    const outcome = await this.extractor.extract(pending.kind, pending.bytes);
    await this.attachments.recordText(pending.id, outcome, this.clock.now());
    return { extracted: true };
  }
}
