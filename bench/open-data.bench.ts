/**
 * npm run bench:open-data — memory of GET /api/review/open-data/barrier-reports.csv by table size.
 *
 * For each size (BENCH_OPEN_DATA_ROWS, default "10000,50000,200000") the review service's
 * report_facts is filled with that many rows (generate_series, no Kafka needed for the data), the CSV
 * is downloaded over loopback HTTP and the service process's heap is sampled every 5 ms while it
 * streams. Printed per size: rows, bytes, seconds, MB/s, and the peak heap growth over the baseline
 * taken after a forced GC. Streaming from a cursor means the peak should stay roughly flat as rows
 * grow; the last column builds the table in memory as the old route did, for comparison. Run with --expose-gc for stable
 * baselines (`node --expose-gc -r ./scripts/register.js bench/open-data.bench.ts`); without it the
 * numbers are noisier but still comparable. Throw-away database (pb_test_*), loopback only.
 */
import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestApp, createTestDatabase, dropTestDatabase, testEnv, testLogger } from '@pb/testing';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { ReviewAppModule } from '../apps/review/src/app.module';
import { ReviewEnv } from '../apps/review/src/config/review.env';
import { reviewMigrations } from '../apps/review/src/migrations';
import { DATASETS, toCsv } from '../apps/review/src/open-data/domain/datasets';
import { DATASET_SQL } from '../apps/review/src/open-data/infrastructure/persistence/dataset-queries';

const SIZES = (process.env.BENCH_OPEN_DATA_ROWS ?? '10000,50000,200000').split(',').map(Number);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

function download(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    get({ host: '127.0.0.1', port, path }, (res) => {
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve(bytes));
      res.on('error', reject);
    }).on('error', reject);
  });
}

async function main(): Promise<void> {
  const db = await createTestDatabase('review', reviewMigrations);
  let app: NestExpressApplication | undefined;
  try {
    app = await createTestApp(ReviewAppModule.register({ env: testEnv(ReviewEnv, { DATABASE_URL: db.url }), logger: testLogger() }));
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const ds = app.get(DataSource);
    if (!gc) console.log('(no --expose-gc: baselines are taken without a forced GC)');
    const def = DATASETS.find((d) => d.name === 'barrier-reports')!;
    console.log('rows\tbytes\tseconds\tMB/s\tpeak heap growth (streamed)\tpeak heap growth (whole table, the old way)');
    for (const size of SIZES) {
      await ds.query(`TRUNCATE report_facts`);
      await ds.query(
        `INSERT INTO report_facts (report_id, reference, reported_at, year, theme, strategy_version, status, technology, sector, regulation_name, regulation_bwb_id, company_size_class, duplicate_count)
         SELECT md5(i::text)::uuid, 'LKT-2026-' || lpad(i::text, 6, '0'), timestamptz '2026-01-01 00:00:00+00' + i * interval '1 second', 2026, '2.1.2', '2018.0',
                'received', 'drones', 'H', 'Wet luchtvaart', 'BWBR0005555', 'small', 0 FROM generate_series(1, $1::int) i`,
        [size],
      );
      gc?.();
      const base = process.memoryUsage().heapUsed;
      let peak = base;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
      const t0 = performance.now();
      const bytes = await download(port, '/api/review/open-data/barrier-reports.csv');
      const seconds = (performance.now() - t0) / 1000;
      clearInterval(sampler);
      const streamed = peak - base;
      // For comparison, what the route did before: every row as an object, then the whole file as one string.
      gc?.();
      const oldBase = process.memoryUsage().heapUsed;
      let oldPeak = oldBase;
      const oldSampler = setInterval(() => (oldPeak = Math.max(oldPeak, process.memoryUsage().heapUsed)), 5);
      const rows = await ds.query(DATASET_SQL[def.name]);
      oldPeak = Math.max(oldPeak, process.memoryUsage().heapUsed);
      const csv = toCsv(def, rows);
      oldPeak = Math.max(oldPeak, process.memoryUsage().heapUsed);
      clearInterval(oldSampler);
      if (csv.length !== bytes) throw new Error(`streamed ${bytes} bytes, whole table ${csv.length}`);
      console.log(`${size}\t${bytes}\t${seconds.toFixed(2)}\t${(bytes / 1024 / 1024 / seconds).toFixed(1)}\t${mb(streamed)}\t${mb(oldPeak - oldBase)}`);
    }
  } finally {
    await app?.close();
    await dropTestDatabase(db.name);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
