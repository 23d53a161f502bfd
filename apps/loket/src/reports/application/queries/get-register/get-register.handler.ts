import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { KeysetPage } from '@pb/kernel';
import { RegisterEntry, ReportReadModel } from '../../ports/report-read-model';
import { GetRegisterQuery } from './get-register.query';

/** The public register: resolved barriers whose reporter consented, without personal data; searchable and filtered. */
@QueryHandler(GetRegisterQuery)
export class GetRegisterHandler implements IQueryHandler<GetRegisterQuery, KeysetPage<RegisterEntry> & { total: number }> {
  constructor(private readonly readModel: ReportReadModel) {}

  execute({ page, filters }: GetRegisterQuery): Promise<KeysetPage<RegisterEntry> & { total: number }> {
    return this.readModel.register(page, filters);
  }
}
