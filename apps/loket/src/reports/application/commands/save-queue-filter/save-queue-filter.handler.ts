import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@pb/kernel';
import { TooManySavedFiltersError } from '../../../domain/desk/desk.errors';
import { SavedQueueFilter, SavedQueueFilters } from '../../ports/saved-queue-filters';
import { SaveQueueFilterCommand } from './save-queue-filter.command';

/** Enough for a desk's recurring views; a list longer than this is no longer a shortcut. */
export const MAX_SAVED_FILTERS = 20;

@CommandHandler(SaveQueueFilterCommand)
export class SaveQueueFilterHandler implements ICommandHandler<SaveQueueFilterCommand, SavedQueueFilter> {
  constructor(
    private readonly filters: SavedQueueFilters,
    private readonly clock: Clock,
  ) {}

  async execute({ officialId, name, filters }: SaveQueueFilterCommand): Promise<SavedQueueFilter> {
    // Empty values are no filter: kept out, so a saved filter reads back as the queue asked it.
    const values = Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === 'string' && v !== ''));
    const saved = await this.filters.save(officialId, name.trim(), values, this.clock.now(), MAX_SAVED_FILTERS);
    if (saved === 'limit') throw new TooManySavedFiltersError(MAX_SAVED_FILTERS);
    return saved;
  }
}
