import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SavedQueueFilter, SavedQueueFilters } from '../../ports/saved-queue-filters';
import { ListSavedFiltersQuery } from './list-saved-filters.query';

@QueryHandler(ListSavedFiltersQuery)
export class ListSavedFiltersHandler implements IQueryHandler<ListSavedFiltersQuery, SavedQueueFilter[]> {
  constructor(private readonly filters: SavedQueueFilters) {}

  execute({ officialId }: ListSavedFiltersQuery): Promise<SavedQueueFilter[]> {
    return this.filters.list(officialId);
  }
}
