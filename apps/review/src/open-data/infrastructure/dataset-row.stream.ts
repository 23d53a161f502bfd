import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';
import { DatasetRowSource, DatasetRows } from '../application/dataset-row.source';
import type { DatasetDefinition } from '../domain/datasets';

/**
 * A dataset's rows from a server-side cursor (pg-query-stream): PostgreSQL sends `batchSize` rows at
 * a time and only when the stream is read, so memory stays flat whatever the table's size. The
 * connection is held for the whole download and given back by `release`, also when the client left.
 */
@Injectable()
export class PgDatasetRowSource extends DatasetRowSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async open(def: DatasetDefinition): Promise<DatasetRows> {
    const runner = this.dataSource.createQueryRunner('slave');
    const client = (await runner.connect()) as PoolClient;
    let rows: Readable;
    try {
      rows = client.query(new QueryStream(def.sql, [], { batchSize: 200, highWaterMark: 200 }));
    } catch (err) {
      await runner.release();
      throw err;
    }
    let released: Promise<void> | undefined;
    return {
      rows,
      release: () => (released ??= runner.release()),
    };
  }
}
