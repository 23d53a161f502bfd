import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RegulationNotFoundError } from '../../../domain/regulation.errors';
import { isKnownRegulation, regulationName } from '../../support/regulation-name';
import { RegulationIndex } from '../../ports/regulation-index';
import { GetRegulationQuery, RegulationView } from './get-regulation.query';

/** How many records of each kind a regulation's page lists (the figures per year count them all). */
export const CITING_RECORDS_LIMIT = 200;

/**
 * One regulation: its figures per year and the records citing it. A law of the index that nothing
 * cites yet has a page (with nothing on it); an unknown id that nothing cites has none.
 */
@QueryHandler(GetRegulationQuery)
export class GetRegulationHandler implements IQueryHandler<GetRegulationQuery, RegulationView> {
  constructor(private readonly index: RegulationIndex) {}

  async execute({ bwbId }: GetRegulationQuery): Promise<RegulationView> {
    const citations = await this.index.citations(bwbId, CITING_RECORDS_LIMIT);
    if (!citations.years.length && !isKnownRegulation(bwbId)) throw new RegulationNotFoundError(bwbId);
    return { ...regulationName(bwbId), ...citations };
  }
}
