import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SavedFilterNotFoundError } from '../../../domain/desk/desk.errors';
import { SavedQueueFilters } from '../../ports/saved-queue-filters';
import { DeleteSavedFilterCommand } from './delete-saved-filter.command';

@CommandHandler(DeleteSavedFilterCommand)
export class DeleteSavedFilterHandler implements ICommandHandler<DeleteSavedFilterCommand, void> {
  constructor(private readonly filters: SavedQueueFilters) {}

  async execute({ officialId, id }: DeleteSavedFilterCommand): Promise<void> {
    if (!(await this.filters.delete(officialId, id))) throw new SavedFilterNotFoundError();
  }
}
