import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Transactions } from '@pb/persistence';
import type { AnswerTemplate } from '../../../domain/answer-template';
import { AnswerTemplateNotFoundError } from '../../../domain/templates.errors';
import { AnswerTemplateStore } from '../../ports/template.stores';
import { GetAnswerTemplateQuery } from './get-answer-template.query';

@QueryHandler(GetAnswerTemplateQuery)
export class GetAnswerTemplateHandler implements IQueryHandler<GetAnswerTemplateQuery, AnswerTemplate> {
  constructor(
    private readonly transactions: Transactions,
    private readonly store: AnswerTemplateStore,
  ) {}

  async execute({ id }: GetAnswerTemplateQuery): Promise<AnswerTemplate> {
    const template = await this.transactions.withoutTransaction((db) => this.store.find(db, id));
    if (!template) throw new AnswerTemplateNotFoundError();
    return template;
  }
}
