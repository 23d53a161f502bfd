import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReviewLocks } from '../../../advisory-locks';
import { AcceptedAmendment, RevisionRequest, StrategyRevisionRequests } from '../../application/ports/strategy-revision-requests';

/**
 * `strategy_revision_requests` with parameterised SQL: a request gathers the year's accepted
 * amendments as a set (one UPDATE), which is no business of the Amendment aggregate's mapping.
 */
@Injectable()
export class SqlStrategyRevisionRequests extends StrategyRevisionRequests {
  async lockVersionNumbers(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock($1, 0)`, [ReviewLocks.amendmentNumbers]);
  }

  async acceptedNotRequested(tx: EntityManager, year: number): Promise<AcceptedAmendment[]> {
    const rows: { id: string; kind: string; theme_code: string; action_index: number | null; text: string | null; summary: string }[] = await tx.query(
      `SELECT id, kind, theme_code, action_index, text, summary FROM amendments
        WHERE year = $1 AND status = 'accepted' AND revision_request_id IS NULL ORDER BY decided_at, id FOR UPDATE`,
      [year],
    );
    return rows.map((a) => ({ id: a.id, kind: a.kind, themeCode: a.theme_code, actionIndex: a.action_index, text: a.text, summary: a.summary }));
  }

  async requestedVersions(tx: EntityManager): Promise<string[]> {
    return (await tx.query(`SELECT new_version FROM strategy_revision_requests`)).map((r: { new_version: string }) => r.new_version);
  }

  async insertRevisionRequest(tx: EntityManager, r: RevisionRequest, amendmentIds: string[]): Promise<void> {
    await tx.query(`INSERT INTO strategy_revision_requests (id, year, base_version, new_version, requested_by, requested_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      r.id,
      r.year,
      r.baseVersion,
      r.newVersion,
      r.requestedBy,
      r.requestedAt,
    ]);
    await tx.query(`UPDATE amendments SET revision_request_id = $1 WHERE id = ANY($2::uuid[])`, [r.id, amendmentIds]);
  }
}
