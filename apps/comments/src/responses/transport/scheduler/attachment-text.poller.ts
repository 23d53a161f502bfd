import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
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
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly commands: CommandBus,
    private readonly settings: AttachmentSettings,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.extractionPollMs > 0) this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => this.schedule());
    }, this.settings.extractionPollMs);
  }

  private async tick(): Promise<void> {
    try {
      // At most a batch per tick, so the announcements follow a long queue of documents.
      for (let n = 0; n < 20 && !this.stopped; n++) {
        if (!(await this.commands.execute<ExtractAttachmentTextCommand, ExtractAttachmentTextResult>(new ExtractAttachmentTextCommand())).extracted) break;
      }
      if (!this.stopped) await this.commands.execute(new AnnounceAttachmentTextsCommand());
    } catch (err) {
      // The database away for a moment: the next tick tries again. Ids only in the log.
      this.logger.warn({ err: (err as Error).message }, 'attachment text work failed; retrying');
    }
  }
}
