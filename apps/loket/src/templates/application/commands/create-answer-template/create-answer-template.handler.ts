import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { SERVICE_LOGGER } from '@pb/http';
import { Clock } from '@pb/kernel';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AnswerTemplate, checkedAnswerTemplate } from '../../../domain/answer-template';
import { AnswerTemplateStore } from '../../ports/template.stores';
import { CreateAnswerTemplateCommand } from './create-answer-template.command';

@CommandHandler(CreateAnswerTemplateCommand)
export class CreateAnswerTemplateHandler implements ICommandHandler<CreateAnswerTemplateCommand, AnswerTemplate> {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly store: AnswerTemplateStore,
    private readonly clock: Clock,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ template, by }: CreateAnswerTemplateCommand): Promise<AnswerTemplate> {
    const created = { id: randomUUID(), ...checkedAnswerTemplate(template) };
    await this.store.insert(this.ds.manager, created, this.clock.now());
    this.logger.info({ templateId: created.id, purpose: created.purpose, by }, 'answer template created');
    return created;
  }
}
