import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AnswerTemplate } from '../../../domain/answer-template';
import { AnswerTemplateStore } from '../../ports/template.stores';
import { ListAnswerTemplatesQuery } from './list-answer-templates.query';

@QueryHandler(ListAnswerTemplatesQuery)
export class ListAnswerTemplatesHandler implements IQueryHandler<ListAnswerTemplatesQuery, AnswerTemplate[]> {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly store: AnswerTemplateStore,
  ) {}

  execute(): Promise<AnswerTemplate[]> {
    return this.store.list(this.ds.manager);
  }
}
