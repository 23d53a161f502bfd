import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AnswerTemplate } from '../../../domain/answer-template';
import { AnswerTemplateNotFoundError } from '../../../domain/templates.errors';
import { AnswerTemplateStore } from '../../ports/template.stores';
import { GetAnswerTemplateQuery } from './get-answer-template.query';

@QueryHandler(GetAnswerTemplateQuery)
export class GetAnswerTemplateHandler implements IQueryHandler<GetAnswerTemplateQuery, AnswerTemplate> {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly store: AnswerTemplateStore,
  ) {}

  async execute({ id }: GetAnswerTemplateQuery): Promise<AnswerTemplate> {
    const template = await this.store.find(this.ds.manager, id);
    if (!template) throw new AnswerTemplateNotFoundError();
    return template;
  }
}
