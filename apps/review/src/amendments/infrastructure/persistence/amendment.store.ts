import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReviewLocks } from '../../../advisory-locks';
import { AcceptedAmendment, AmendmentStore, NewAmendment, RevisionRequest } from '../../application/ports/amendment-store';
import type { Decision } from '../../domain/amendment';

/**
 * `amendments` and `strategy_revision_requests` with parameterised SQL (not an ORM entity: the
 * amendment has no aggregate object — its rules are functions over a proposal and a status — and
 * the table is otherwise read and updated as a set: per year, per revision request).
 */
@Injectable()
export class SqlAmendmentStore extends AmendmentStore {
  async insert(tx: EntityManager, { id, year, proposal: p, proposedBy, proposedAt }: NewAmendment): Promise<void> {
    await tx.query(
      `INSERT INTO amendments (id, year, kind, theme_code, action_index, text, summary, evidence, status, proposed_by, proposed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'proposed', $9, $10)`,
      [id, year, p.kind, p.themeCode, p.actionIndex ?? null, p.text ?? null, p.summary, JSON.stringify(p.evidence), proposedBy, proposedAt],
    );
  }

  async lockStatus(tx: EntityManager, id: string): Promise<string | null> {
    const [row] = await tx.query(`SELECT status FROM amendments WHERE id = $1 FOR UPDATE`, [id]);
    return row ? (row.status as string) : null;
  }

  async recordDecision(tx: EntityManager, id: string, d: { status: Decision; reason: string; by: string; at: Date }): Promise<void> {
    await tx.query(`UPDATE amendments SET status = $2, reason = $3, decided_by = $4, decided_at = $5 WHERE id = $1`, [id, d.status, d.reason, d.by, d.at]);
  }

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
