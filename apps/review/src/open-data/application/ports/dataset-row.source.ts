import type { Readable } from 'node:stream';
import type { DatasetDefinition } from '../../domain/datasets';

export interface DatasetRows {
  /** Row objects in the dataset's order; reading them is what fetches them. */
  rows: Readable;
  /** Gives the database connection back; safe to call more than once. */
  release(): Promise<void>;
}

/** Where a dataset's rows come from, one at a time (port; SQL lives in infrastructure). */
export abstract class DatasetRowSource {
  abstract open(def: DatasetDefinition): Promise<DatasetRows>;
}
