import type { SavedFilterValues } from '../../ports/saved-queue-filters';

/** Save the queue's current filter under a name (the same name again replaces it). */
export class SaveQueueFilterCommand {
  constructor(
    readonly officialId: string,
    readonly name: string,
    readonly filters: SavedFilterValues,
  ) {}
}
