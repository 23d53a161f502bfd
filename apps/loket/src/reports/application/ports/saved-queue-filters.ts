/** The queue filters an official may save (the queue's own filters, as the queue takes them). */
export const SAVED_FILTER_KEYS = ['status', 'theme', 'technology', 'department', 'regulation', 'overdue', 'q', 'mine', 'group'] as const;
export type SavedFilterKey = (typeof SAVED_FILTER_KEYS)[number];
export type SavedFilterValues = Partial<Record<SavedFilterKey, string>>;

export interface SavedQueueFilter {
  id: string;
  name: string;
  filters: SavedFilterValues;
  savedAt: string;
}

/** An official's named queue filters, kept per official (their pseudonymous id) in the loket. */
export abstract class SavedQueueFilters {
  /** The official's filters, by name. */
  abstract list(officialId: string): Promise<SavedQueueFilter[]>;
  /**
   * Saves under `name`; a filter of the same name is replaced (same id). Counted and written in one
   * transaction with the official's rows locked, so two saves cannot pass the limit together.
   */
  abstract save(officialId: string, name: string, filters: SavedFilterValues, at: Date, max: number): Promise<SavedQueueFilter | 'limit'>;
  /** False when there is no such filter of this official. */
  abstract delete(officialId: string, id: string): Promise<boolean>;
}
