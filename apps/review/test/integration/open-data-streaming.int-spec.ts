import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger, waitFor } from '@pb/testing';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../../src/app.module';
import { ReviewEnv } from '../../src/config/review.env';
import { reviewMigrations } from '../../src/migrations';
import { OpenDataService } from '../../src/open-data/application/support/open-data.service';
import { DATASET_SQL } from '../../src/open-data/infrastructure/persistence/dataset-queries';
import { PgDatasetRowSource } from '../../src/open-data/infrastructure/persistence/dataset-row.stream';
import { CsvEncoder } from '../../src/open-data/domain/csv-encoder';
import { DATASETS, toCsv } from '../../src/open-data/domain/datasets';

jest.setTimeout(120_000);

const ROWS = 20_000;

/** One HTTP GET read chunk by chunk; `onChunk` returning false hangs up. */
function download(port: number, path: string, onChunk: (chunk: Buffer) => boolean = () => true): Promise<{ status: number; chunks: Buffer[]; aborted: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const req = get({ host: '127.0.0.1', port, path }, (res) => {
      res.on('data', (c: Buffer) => {
        chunks.push(c);
        if (!onChunk(c)) {
          req.destroy();
          resolve({ status: res.statusCode!, chunks, aborted: true });
        }
      });
      res.on('end', () => resolve({ status: res.statusCode!, chunks, aborted: false }));
      res.on('error', () => undefined);
    });
    req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
  });
}

describe('open data streams from a server-side cursor (real PostgreSQL)', () => {
  let app: NestExpressApplication;
  let db: { name: string; url: string };
  let ds: DataSource;
  let port: number;
  const def = DATASETS.find((d) => d.name === 'barrier-reports')!;
  const datasetSql = DATASET_SQL[def.name];
  /**
   * Backends whose current or last statement is the dataset's cursor. Once a download is over its
   * connection's last statement is the ROLLBACK that ended it, so this counts the cursors still held
   * (the pool's own counts would also see the service's background work).
   */
  const openCursors = async (): Promise<number> =>
    (await ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND left(query, 200) = left($1, 200)`, [datasetSql]))[0].n;

  beforeAll(async () => {
    db = await createTestDatabase('review', reviewMigrations);
    app = await createTestApp(ReviewAppModule.register({ env: testEnv(ReviewEnv, { DATABASE_URL: db.url }), logger: testLogger() }));
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as AddressInfo).port;
    ds = app.get(DataSource);
    // Fields that need quoting and formula defusing are in the mix, so the streamed encoding is checked too.
    await ds.query(
      `INSERT INTO report_facts (report_id, reference, reported_at, year, theme, strategy_version, status, technology, sector, regulation_name, regulation_bwb_id, company_size_class, duplicate_count)
       SELECT md5(i::text)::uuid, 'LKT-2026-' || lpad(i::text, 6, '0'), timestamptz '2026-01-01 00:00:00+00' + i * interval '1 minute', 2026, '2.1.2', '2018.0',
              CASE WHEN i % 7 = 0 THEN '=cmd|x,"y"' ELSE 'received' END, 'drones', 'H', 'Wet luchtvaart', 'BWBR0005555', 'small', 0
         FROM generate_series(1, $1::int) i`,
      [ROWS],
    );
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await app?.close();
    await dropTestDatabase(db.name);
  });

  it('sends every row, in many chunks, with the same bytes as the whole-table encoding — without collecting the rows', async () => {
    const query = jest.spyOn(ds, 'query');
    const res = await download(port, '/api/review/open-data/barrier-reports.csv');
    expect(query.mock.calls.filter(([sql]) => sql === datasetSql)).toEqual([]);
    query.mockRestore();

    expect(res.status).toBe(200);
    expect(res.chunks.length).toBeGreaterThan(1);
    const expected = toCsv(def, await ds.query(datasetSql));
    const text = Buffer.concat(res.chunks).toString('utf8');
    expect(text.split('\r\n')).toHaveLength(ROWS + 2); // header, rows, and the empty string after the last CRLF
    expect(text).toBe(expected);
    expect(text).toContain(`,"'=cmd|x,""y""",`);
    expect(await openCursors()).toBe(0);
  });

  it('reads from the database only as fast as the client takes the rows, and frees the connection when the client goes', async () => {
    const encoded = jest.spyOn(CsvEncoder.prototype, '_transform');
    let received = 0;
    // A client that takes one chunk and then stops reading: the socket buffer stays full.
    const stalled = new Writable({ highWaterMark: 1024, write: (_chunk, _enc, _done) => void received++ });
    const writing = app.get(OpenDataService).writeCsv(def, stalled);
    const done = writing.then(() => 'completed', () => 'failed');

    // Backpressure settles: the count of rows pulled from the cursor stops growing, far below the table.
    let last = -1;
    const settled = await waitFor(
      async () => {
        await new Promise((r) => setTimeout(r, 150));
        const now = encoded.mock.calls.length;
        const same = now === last;
        last = now;
        return same ? now : 0;
      },
      (n) => n > 0,
      { timeoutMs: 20_000, intervalMs: 0, what: 'the stream to stall on backpressure' },
    );
    expect(received).toBe(1);
    expect(settled).toBeLessThan(ROWS / 10);
    expect(await openCursors()).toBe(1); // the cursor holds its connection while the client is slow

    stalled.destroy();
    expect(await done).toBe('failed');
    expect(await openCursors()).toBe(0);
    expect(encoded.mock.calls.length).toBe(settled);
    encoded.mockRestore();
  });

  it('survives more hung-up HTTP downloads than the pool has connections, then serves a whole one', async () => {
    for (let i = 0; i < 25; i++) {
      const res = await download(port, '/api/review/open-data/barrier-reports.csv', () => false);
      expect(res).toMatchObject({ status: 200, aborted: true });
    }
    await waitFor(openCursors, (n) => n === 0, { timeoutMs: 10_000, what: 'every cursor closed and its connection given back' });
    const whole = await download(port, '/api/review/open-data/barrier-reports.csv');
    expect(Buffer.concat(whole.chunks).toString('utf8').split('\r\n')).toHaveLength(ROWS + 2);
    const figures = await download(port, '/api/review/open-data/figures.csv');
    expect(Buffer.concat(figures.chunks).toString('utf8')).toBe(`${DATASETS.find((d) => d.name === 'figures')!.columns.map((c) => c.name).join(',')}\r\n`);
  });

  it('lets a slow download outlast a short statement timeout of the pool (its own limit is 15 minutes)', async () => {
    // Connections opened from now on get a 300 ms statement timeout, as a pool-wide setting would give them.
    await ds.query(`ALTER DATABASE "${db.name}" SET statement_timeout = '300ms'`);
    const other = new DataSource({ type: 'postgres', url: db.url });
    await other.initialize();
    try {
      await expect(other.query('SELECT pg_sleep(0.6)')).rejects.toThrow(/statement timeout/);
      const { rows, release } = await new PgDatasetRowSource(other).open(def);
      let lines = 0;
      // A reader that takes a second over the first rows: the cursor's statement runs longer than 300 ms.
      const slow = new Writable({
        objectMode: true,
        highWaterMark: 1,
        write: (_row, _enc, done) => void (lines++ === 0 ? setTimeout(done, 1000) : done()),
      });
      try {
        await pipeline(rows, slow);
      } finally {
        await release();
      }
      expect(lines).toBe(ROWS);
    } finally {
      await other.destroy();
      await ds.query(`ALTER DATABASE "${db.name}" RESET statement_timeout`);
    }
  });
});
