import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import { Transactions } from '@pb/persistence';
import type { Logger } from 'pino';
import { isMailType } from '../../../domain/mail-template';
import { UnknownMailTypeError } from '../../../domain/templates.errors';
import { MailTemplateView, mailTemplateView } from '../../support/mail-template-view';
import { MailTemplateStore } from '../../ports/template.stores';
import { ResetMailTemplateCommand } from './reset-mail-template.command';

/** Back to the catalogue's text (nothing to undo is fine: the answer is the same). */
@CommandHandler(ResetMailTemplateCommand)
export class ResetMailTemplateHandler implements ICommandHandler<ResetMailTemplateCommand, MailTemplateView> {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: MailTemplateStore,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ type, language, by }: ResetMailTemplateCommand): Promise<MailTemplateView> {
    if (!isMailType(type)) throw new UnknownMailTypeError();
    if (await this.transactions.withoutTransaction((db) => this.store.remove(db, type, language))) this.logger.info({ mailType: type, language, by }, 'mail template back to the catalogue');
    return mailTemplateView(type, language, null);
  }
}
