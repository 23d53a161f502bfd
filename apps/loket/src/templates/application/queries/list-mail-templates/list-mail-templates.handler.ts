import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { LANGUAGES } from '@pb/i18n';
import type { DataSource } from 'typeorm';
import { MAIL_TYPES } from '../../../domain/mail-template';
import { MailTemplateView, mailTemplateView } from '../../support/mail-template-view';
import { MailTemplateStore } from '../../ports/template.stores';
import { ListMailTemplatesQuery } from './list-mail-templates.query';

/** Every editable mail in both languages: the admin's rewrite where there is one, the catalogue's text otherwise. */
@QueryHandler(ListMailTemplatesQuery)
export class ListMailTemplatesHandler implements IQueryHandler<ListMailTemplatesQuery, MailTemplateView[]> {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly store: MailTemplateStore,
  ) {}

  async execute(): Promise<MailTemplateView[]> {
    const overrides = await this.store.list(this.ds.manager);
    const find = (type: string, language: string) => overrides.find((o) => o.type === type && o.language === language) ?? null;
    return MAIL_TYPES.flatMap((type) => LANGUAGES.map((language) => mailTemplateView(type, language, find(type, language))));
  }
}
