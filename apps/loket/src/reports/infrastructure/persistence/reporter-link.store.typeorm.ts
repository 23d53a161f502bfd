import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReporterLinkStore, StoredReporterLink } from '../../application/ports/reporter-link.store';

@Injectable()
export class TypeOrmReporterLinkStore extends ReporterLinkStore {
  async add(manager: EntityManager, link: StoredReporterLink): Promise<void> {
    await manager.query(`INSERT INTO report_tracking_links (token_hash, report_id, issued_at, expires_at) VALUES ($1, $2, $3, $4)`, [
      link.tokenHash,
      link.reportId,
      link.issuedAt,
      link.expiresAt,
    ]);
  }

  async validUntil(manager: EntityManager, reportId: string, tokenHash: string, now: Date): Promise<Date | null> {
    const [row] = await manager.query(`SELECT expires_at FROM report_tracking_links WHERE token_hash = $1 AND report_id = $2 AND expires_at > $3`, [tokenHash, reportId, now]);
    return row ? new Date(row.expires_at) : null;
  }

  async revokeAll(manager: EntityManager, reportIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM report_tracking_links WHERE report_id = ANY($1::uuid[])`, [reportIds]);
  }

  async pruneExpired(manager: EntityManager, now: Date, limit: number): Promise<number> {
    const [{ n }] = await manager.query(
      `WITH expired AS (
         SELECT token_hash FROM report_tracking_links WHERE expires_at <= $1 LIMIT $2 FOR UPDATE SKIP LOCKED),
       deleted AS (
         DELETE FROM report_tracking_links l USING expired WHERE l.token_hash = expired.token_hash RETURNING 1)
       SELECT count(*)::int AS n FROM deleted`,
      [now, limit],
    );
    return n;
  }
}
