import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Paged, RegisterEntry, ReportReadModel } from '../../ports/report-read-model';
import { GetRegisterQuery } from './get-register.query';

/** The public register: resolved barriers whose reporter consented, without personal data. */
@QueryHandler(GetRegisterQuery)
export class GetRegisterHandler implements IQueryHandler<GetRegisterQuery, Paged<RegisterEntry>> {
  constructor(private readonly readModel: ReportReadModel) {}

  execute({ page, pageSize }: GetRegisterQuery): Promise<Paged<RegisterEntry>> {
    return this.readModel.register(page, pageSize);
  }
}
