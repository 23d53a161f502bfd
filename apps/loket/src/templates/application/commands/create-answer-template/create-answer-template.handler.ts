import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SERVICE_LOGGER } from '@pb/http';
import { Clock } from '@pb/kernel';
import { Transactions } from '@pb/persistence';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { AnswerTemplate, checkedAnswerTemplate } from '../../../domain/answer-template';
import { AnswerTemplateStore } from '../../ports/template.stores';
import { CreateAnswerTemplateCommand } from './create-answer-template.command';

@CommandHandler(CreateAnswerTemplateCommand)
export class CreateAnswerTemplateHandler implements ICommandHandler<CreateAnswerTemplateCommand, AnswerTemplate> {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: AnswerTemplateStore,
    private readonly clock: Clock,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ template, by }: CreateAnswerTemplateCommand): Promise<AnswerTemplate> {
    const created = { id: randomUUID(), ...checkedAnswerTemplate(template) };
    await this.transactions.withoutTransaction((db) => this.store.insert(db, created, this.clock.now()));
    this.logger.info({ templateId: created.id, purpose: created.purpose, by }, 'answer template created');
    return created;
  }
}
