import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import { Clock } from '@pb/kernel';
import { Transactions } from '@pb/persistence';
import type { Logger } from 'pino';
import { AnswerTemplate, checkedAnswerTemplate } from '../../../domain/answer-template';
import { AnswerTemplateNotFoundError } from '../../../domain/templates.errors';
import { AnswerTemplateStore } from '../../ports/template.stores';
import { UpdateAnswerTemplateCommand } from './update-answer-template.command';

@CommandHandler(UpdateAnswerTemplateCommand)
export class UpdateAnswerTemplateHandler implements ICommandHandler<UpdateAnswerTemplateCommand, AnswerTemplate> {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: AnswerTemplateStore,
    private readonly clock: Clock,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ id, template, by }: UpdateAnswerTemplateCommand): Promise<AnswerTemplate> {
    const draft = checkedAnswerTemplate(template);
    if (!(await this.transactions.withoutTransaction((db) => this.store.update(db, id, draft, this.clock.now())))) throw new AnswerTemplateNotFoundError();
    this.logger.info({ templateId: id, by }, 'answer template changed');
    return { id, ...draft };
  }
}
