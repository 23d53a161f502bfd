import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import { BackgroundLoop } from '@pb/observability';
import type { Logger } from 'pino';
import { AnnounceAttachmentTextsCommand } from '../../application/commands/announce-attachment-texts/announce-attachment-texts.command';
import { ExtractAttachmentTextCommand, ExtractAttachmentTextResult } from '../../application/commands/extract-attachment-text/extract-attachment-text.command';
import { AttachmentSettings } from '../../application/support/attachment.settings';

/**
 * Runs the attachment text work in the background of the service (as the mail relay does): every
 * `ATTACHMENT_EXTRACTION_POLL_MS` it reads the texts waiting (one after another, so one core at a
 * time) and announces those of confirmed responses. Off the request path: a response with a
 * document is answered as fast as one without. 0 switches it off in this process.
 */
@Injectable()
export class AttachmentTextPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loop: BackgroundLoop;

  constructor(
    private readonly commands: CommandBus,
    private readonly settings: AttachmentSettings,
    @Inject(SERVICE_LOGGER) logger: Logger,
  ) {
    this.loop = new BackgroundLoop({
      pass: () => this.tick(),
      intervalMs: settings.extractionPollMs,
      logger,
      // The database away for a moment: the next tick tries again. Ids only in the log.
      failureMessage: 'attachment text work failed; retrying',
      failureLevel: 'warn',
    });
  }

  onApplicationBootstrap(): void {
    if (this.settings.extractionPollMs > 0) this.loop.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  private async tick(): Promise<void> {
    // At most a batch per tick, so the announcements follow a long queue of documents.
    for (let n = 0; n < 20 && !this.loop.stopping; n++) {
      if (!(await this.commands.execute<ExtractAttachmentTextCommand, ExtractAttachmentTextResult>(new ExtractAttachmentTextCommand())).extracted) break;
    }
    if (!this.loop.stopping) await this.commands.execute(new AnnounceAttachmentTextsCommand());
  }
}
