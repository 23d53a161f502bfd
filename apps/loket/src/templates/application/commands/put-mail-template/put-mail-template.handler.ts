import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import { Clock } from '@pb/kernel';
import { Transactions } from '@pb/persistence';
import type { Logger } from 'pino';
import { checkedMailTemplate, isMailType } from '../../../domain/mail-template';
import { UnknownMailTypeError } from '../../../domain/templates.errors';
import { MailTemplateView, mailTemplateView } from '../../support/mail-template-view';
import { MailTemplateStore } from '../../ports/template.stores';
import { PutMailTemplateCommand } from './put-mail-template.command';

/** The admin's text replaces the catalogue's for this mail type and language, from the next mail on. */
@CommandHandler(PutMailTemplateCommand)
export class PutMailTemplateHandler implements ICommandHandler<PutMailTemplateCommand, MailTemplateView> {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: MailTemplateStore,
    private readonly clock: Clock,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ type, language, template, by }: PutMailTemplateCommand): Promise<MailTemplateView> {
    if (!isMailType(type)) throw new UnknownMailTypeError();
    const stored = { type, language, ...checkedMailTemplate(type, template), updatedAt: this.clock.now() };
    await this.transactions.withoutTransaction((db) => this.store.put(db, stored));
    this.logger.info({ mailType: type, language, by }, 'mail template rewritten');
    return mailTemplateView(type, language, stored);
  }
}
