import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { LANGUAGES } from '@pb/i18n';
import { Transactions } from '@pb/persistence';
import { MAIL_TYPES } from '../../../domain/mail-template';
import { MailTemplateView, mailTemplateView } from '../../support/mail-template-view';
import { MailTemplateStore } from '../../ports/template.stores';
import { ListMailTemplatesQuery } from './list-mail-templates.query';

/** Every editable mail in both languages: the admin's rewrite where there is one, the catalogue's text otherwise. */
@QueryHandler(ListMailTemplatesQuery)
export class ListMailTemplatesHandler implements IQueryHandler<ListMailTemplatesQuery, MailTemplateView[]> {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: MailTemplateStore,
  ) {}

  async execute(): Promise<MailTemplateView[]> {
    const overrides = await this.transactions.withoutTransaction((db) => this.store.list(db));
    const find = (type: string, language: string) => overrides.find((o) => o.type === type && o.language === language) ?? null;
    return MAIL_TYPES.flatMap((type) => LANGUAGES.map((language) => mailTemplateView(type, language, find(type, language))));
  }
}
