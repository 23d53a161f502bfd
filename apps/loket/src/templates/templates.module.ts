import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { transactionsProvider } from '@pb/persistence';
import { CreateAnswerTemplateHandler } from './application/commands/create-answer-template/create-answer-template.handler';
import { DeleteAnswerTemplateHandler } from './application/commands/delete-answer-template/delete-answer-template.handler';
import { PutMailTemplateHandler } from './application/commands/put-mail-template/put-mail-template.handler';
import { ResetMailTemplateHandler } from './application/commands/reset-mail-template/reset-mail-template.handler';
import { UpdateAnswerTemplateHandler } from './application/commands/update-answer-template/update-answer-template.handler';
import { AnswerTemplates } from './application/ports/answer-templates';
import { MailTemplateOverrides } from './application/ports/mail-template-overrides';
import { AnswerTemplateStore, MailTemplateStore } from './application/ports/template.stores';
import { GetAnswerTemplateHandler } from './application/queries/get-answer-template/get-answer-template.handler';
import { ListAnswerTemplatesHandler } from './application/queries/list-answer-templates/list-answer-templates.handler';
import { ListMailTemplatesHandler } from './application/queries/list-mail-templates/list-mail-templates.handler';
import { StoredAnswerTemplates, StoredMailTemplateOverrides } from './application/support/template-faces';
import { TypeOrmAnswerTemplateStore, TypeOrmMailTemplateStore } from './infrastructure/persistence/template.stores.typeorm';
import { TemplatesController } from './transport/http/templates.controller';

/**
 * Answer templates and mail texts (issue 10 item 3). Its face to the other areas: AnswerTemplates
 * (the official's report page) and MailTemplateOverrides (the reporter's mail composer).
 */
@Module({
  imports: [CqrsModule],
  controllers: [TemplatesController],
  providers: [
    CreateAnswerTemplateHandler,
    UpdateAnswerTemplateHandler,
    DeleteAnswerTemplateHandler,
    PutMailTemplateHandler,
    ResetMailTemplateHandler,
    ListAnswerTemplatesHandler,
    GetAnswerTemplateHandler,
    ListMailTemplatesHandler,
    transactionsProvider,
    { provide: AnswerTemplateStore, useClass: TypeOrmAnswerTemplateStore },
    { provide: MailTemplateStore, useClass: TypeOrmMailTemplateStore },
    { provide: AnswerTemplates, useClass: StoredAnswerTemplates },
    { provide: MailTemplateOverrides, useClass: StoredMailTemplateOverrides },
  ],
  exports: [AnswerTemplates, MailTemplateOverrides],
})
export class TemplatesModule {}
