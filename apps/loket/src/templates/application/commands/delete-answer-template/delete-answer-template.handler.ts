import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import { Transactions } from '@pb/persistence';
import type { Logger } from 'pino';
import { AnswerTemplateNotFoundError } from '../../../domain/templates.errors';
import { AnswerTemplateStore } from '../../ports/template.stores';
import { DeleteAnswerTemplateCommand } from './delete-answer-template.command';

@CommandHandler(DeleteAnswerTemplateCommand)
export class DeleteAnswerTemplateHandler implements ICommandHandler<DeleteAnswerTemplateCommand, void> {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: AnswerTemplateStore,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ id, by }: DeleteAnswerTemplateCommand): Promise<void> {
    if (!(await this.transactions.withoutTransaction((db) => this.store.remove(db, id)))) throw new AnswerTemplateNotFoundError();
    this.logger.info({ templateId: id, by }, 'answer template deleted');
  }
}
