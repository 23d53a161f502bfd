import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import type { AnswerTemplate } from '../../../domain/answer-template';
import { AnswerTemplateStore } from '../../ports/template.stores';
import { ListAnswerTemplatesQuery } from './list-answer-templates.query';

@QueryHandler(ListAnswerTemplatesQuery)
export class ListAnswerTemplatesHandler implements IQueryHandler<ListAnswerTemplatesQuery, AnswerTemplate[]> {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: AnswerTemplateStore,
  ) {}

  execute(): Promise<AnswerTemplate[]> {
    return this.transactions.withoutTransaction((db) => this.store.list(db));
  }
}
