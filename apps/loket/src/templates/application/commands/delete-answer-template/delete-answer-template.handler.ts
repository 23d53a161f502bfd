import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { SERVICE_LOGGER } from '@pb/http';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AnswerTemplateNotFoundError } from '../../../domain/templates.errors';
import { AnswerTemplateStore } from '../../ports/template.stores';
import { DeleteAnswerTemplateCommand } from './delete-answer-template.command';

@CommandHandler(DeleteAnswerTemplateCommand)
export class DeleteAnswerTemplateHandler implements ICommandHandler<DeleteAnswerTemplateCommand, void> {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly store: AnswerTemplateStore,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ id, by }: DeleteAnswerTemplateCommand): Promise<void> {
    if (!(await this.store.remove(this.ds.manager, id))) throw new AnswerTemplateNotFoundError();
    this.logger.info({ templateId: id, by }, 'answer template deleted');
  }
}
