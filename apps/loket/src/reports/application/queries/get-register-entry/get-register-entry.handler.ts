import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReportNotFoundError } from '../../../domain/barrier-report.errors';
import { RegisterEntry, ReportReadModel } from '../../ports/report-read-model';
import { GetRegisterEntryQuery } from './get-register-entry.query';

/**
 * One entry of the public register, the page a subscriber's mail and a feed link to. A report that
 * is not in the register (open, or its reporter did not consent) is as unknown as a wrong reference.
 */
@QueryHandler(GetRegisterEntryQuery)
export class GetRegisterEntryHandler implements IQueryHandler<GetRegisterEntryQuery, RegisterEntry> {
  constructor(private readonly readModel: ReportReadModel) {}

  async execute({ reference }: GetRegisterEntryQuery): Promise<RegisterEntry> {
    const entry = await this.readModel.registerEntry(reference);
    if (!entry) throw new ReportNotFoundError();
    return entry;
  }
}
