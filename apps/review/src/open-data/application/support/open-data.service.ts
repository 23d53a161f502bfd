import { Injectable } from '@nestjs/common';
import { finished, pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { CsvEncoder } from '../../domain/csv-encoder';
import { DATASETS, DatasetDefinition } from '../../domain/datasets';
import { DatasetNotFoundError } from '../../domain/open-data.errors';
import { DatasetRowSource } from '../ports/dataset-row.source';

/**
 * The open datasets: their list and their CSV. An application service rather than query handlers:
 * the CSV is streamed into the response as it is read, which a query's single result cannot carry.
 */
@Injectable()
export class OpenDataService {
  constructor(private readonly source: DatasetRowSource) {}

  list(): { name: string; title: string; description: string; url: string; schema: { columns: object[] } }[] {
    return DATASETS.map((d) => ({ name: d.name, title: d.title, description: d.description, url: `/api/review/open-data/${d.name}.csv`, schema: { columns: d.columns } }));
  }

  /** Throws before anything is sent, so an unknown name is still a clean 404. */
  dataset(name: string): DatasetDefinition {
    const def = DATASETS.find((d) => d.name === name);
    if (!def) throw new DatasetNotFoundError();
    return def;
  }

  /**
   * Streams the dataset as CSV into `out` with backpressure: a slow client slows the cursor, and a
   * client that goes away ends the query and frees the connection (pipeline destroys every stage).
   * Resolves once the connection is back in the pool; rejects when the download did not complete.
   */
  async writeCsv(def: DatasetDefinition, out: Writable): Promise<void> {
    const { rows, release } = await this.source.open(def);
    try {
      await pipeline(rows, new CsvEncoder(def), out);
    } finally {
      // A destroyed cursor stream closes its portal before 'close'; only then may the connection be reused.
      await finished(rows).catch(() => undefined);
      await release();
    }
  }
}
