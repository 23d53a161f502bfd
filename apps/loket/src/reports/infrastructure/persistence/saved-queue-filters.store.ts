import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SavedFilterValues, SavedQueueFilter, SavedQueueFilters } from '../../application/ports/saved-queue-filters';

type Row = { id: string; name: string; filters: SavedFilterValues; saved_at: Date };
const toFilter = (r: Row): SavedQueueFilter => ({ id: r.id, name: r.name, filters: r.filters, savedAt: r.saved_at.toISOString() });

/** Saved queue filters in `saved_queue_filters`, one row per official and name. */
@Injectable()
export class SqlSavedQueueFilters extends SavedQueueFilters {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async list(officialId: string): Promise<SavedQueueFilter[]> {
    const rows: Row[] = await this.ds.query(`SELECT id, name, filters, saved_at FROM saved_queue_filters WHERE official_id = $1 ORDER BY lower(name), id`, [officialId]);
    return rows.map(toFilter);
  }

  async save(officialId: string, name: string, filters: SavedFilterValues, at: Date, max: number): Promise<SavedQueueFilter | 'limit'> {
    // One statement: a new name is written only while the official is under the limit; a known name
    // is replaced. (Two saves of the same official at the same instant could both pass the count —
    // one person in two tabs, one filter too many: not worth a lock.)
    const rows: Row[] = await this.ds.query(
      `INSERT INTO saved_queue_filters (id, official_id, name, filters, saved_at)
       SELECT $6::uuid, $1, $2, $3::jsonb, $4
        WHERE EXISTS (SELECT 1 FROM saved_queue_filters WHERE official_id = $1 AND name = $2)
           OR (SELECT count(*) FROM saved_queue_filters WHERE official_id = $1) < $5
       ON CONFLICT (official_id, name) DO UPDATE SET filters = EXCLUDED.filters, saved_at = EXCLUDED.saved_at
       RETURNING id, name, filters, saved_at`,
      [officialId, name, JSON.stringify(filters), at, max, randomUUID()],
    );
    return rows[0] ? toFilter(rows[0]) : 'limit';
  }

  async delete(officialId: string, id: string): Promise<boolean> {
    const [, affected] = await this.ds.query(`DELETE FROM saved_queue_filters WHERE official_id = $1 AND id = $2`, [officialId, id]);
    return affected > 0;
  }
}
