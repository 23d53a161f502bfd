import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import type { Pool } from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DatasetRowSource, DatasetRows } from '../../application/ports/dataset-row.source';
import type { DatasetDefinition } from '../../domain/datasets';
import { DATASET_SQL } from './dataset-queries';

/**
 * How long one download may hold its connection. A cursor's statement lasts until its last row is
 * read, so a pool-wide statement timeout (seconds) would cut a slow client off mid-file, while no
 * limit would let a stalled client keep a connection for ever.
 */
export const OPEN_DATA_STATEMENT_TIMEOUT = '15min';

/**
 * A dataset's rows from a server-side cursor (pg-query-stream): PostgreSQL sends `batchSize` rows at
 * a time and only when the stream is read, so memory stays flat whatever the table's size. The
 * connection is held for the whole download, in a read-only transaction that carries the download's
 * own statement timeout, and given back by `release`, also when the client left.
 */
@Injectable()
export class PgDatasetRowSource extends DatasetRowSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async open(def: DatasetDefinition): Promise<DatasetRows> {
    const sql = DATASET_SQL[def.name];
    if (!sql) throw new Error(`no query for dataset ${def.name}`);
    // The pool TypeORM uses, so the download counts against the same connection limit.
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const client = await pool.connect();
    // Ends the read-only transaction (nothing to keep) and returns the connection; one that cannot
    // even roll back is broken, and is given back with the error so the pool discards it.
    const end = async (): Promise<void> => {
      let broken: Error | undefined;
      await client.query('ROLLBACK').catch((err: Error) => (broken = err));
      client.release(broken);
    };
    let rows: Readable;
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(`SELECT set_config('statement_timeout', $1, true)`, [OPEN_DATA_STATEMENT_TIMEOUT]);
      rows = client.query(new QueryStream(sql, [], { batchSize: 200, highWaterMark: 200 }));
    } catch (err) {
      await end();
      throw err;
    }
    let released: Promise<void> | undefined;
    return { rows, release: () => (released ??= end()) };
  }
}
