import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ResponseStatus } from '@pb/contracts';

export interface ResponseRecord {
  id: string;
  proposalId: string;
  parentId: string | null;
  body: string;
  answers: { questionId: string; answer: string }[];
  authorName: string;
  authorEmail: string;
  emailNormalised: string;
  respondentId: string;
  onBehalfOf: string | null;
  isPublic: boolean;
  status: ResponseStatus;
  moderationReason: string | null;
  needsReview: boolean;
  flagCount: number;
  supportCount: number;
  submittedAt: Date;
  verifiedAt: Date | null;
  publishedAt: Date | null;
  version: number;
  /** Set when its author was erased (AVG): no author, text or answers left, out of every view. */
  erasedAt?: Date | null;
}

/** A `responses` row as pg returns it. */
export interface ResponseRow {
  id: string;
  proposal_id: string;
  parent_id: string | null;
  body: string;
  answers: { questionId: string; answer: string }[];
  author_name: string;
  author_email: string;
  email_normalised: string;
  respondent_id: string;
  on_behalf_of: string | null;
  is_public: boolean;
  status: ResponseStatus;
  moderation_reason: string | null;
  needs_review: boolean;
  flag_count: number;
  support_count: number;
  submitted_at: Date;
  verified_at: Date | null;
  published_at: Date | null;
  version: number;
  erased_at?: Date | null;
}

export const toRecord = (r: ResponseRow): ResponseRecord => ({
  id: r.id,
  proposalId: r.proposal_id,
  parentId: r.parent_id,
  body: r.body,
  answers: r.answers,
  authorName: r.author_name,
  authorEmail: r.author_email,
  emailNormalised: r.email_normalised,
  respondentId: r.respondent_id,
  onBehalfOf: r.on_behalf_of,
  isPublic: r.is_public,
  status: r.status,
  moderationReason: r.moderation_reason,
  needsReview: r.needs_review,
  flagCount: r.flag_count,
  supportCount: r.support_count,
  submittedAt: new Date(r.submitted_at),
  verifiedAt: r.verified_at ? new Date(r.verified_at) : null,
  publishedAt: r.published_at ? new Date(r.published_at) : null,
  version: r.version,
  erasedAt: r.erased_at ? new Date(r.erased_at) : null,
});

@Injectable()
export class ResponseStore {
  /**
   * Inserts the response. Any number of unverified responses from one address may wait side by
   * side: the one-per-address index counts only verified responses (see migration 1763900000410).
   */
  async insert(manager: EntityManager, r: ResponseRecord): Promise<void> {
    await manager.query(
      `INSERT INTO responses (id, proposal_id, parent_id, body, answers, author_name, author_email, email_normalised, respondent_id, on_behalf_of, is_public, status, submitted_at, version)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
      [r.id, r.proposalId, r.parentId, r.body, JSON.stringify(r.answers), r.authorName, r.authorEmail, r.emailNormalised, r.respondentId, r.onBehalfOf, r.isPublic, r.status, r.submittedAt, r.version],
    );
  }

  /** Whether this address already has a verified (counted) top-level response to the proposal, other than `except`. */
  async hasVerifiedResponse(manager: EntityManager, proposalId: string, emailNormalised: string, except?: string): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM responses WHERE proposal_id = $1 AND email_normalised = $2 AND parent_id IS NULL AND verified_at IS NOT NULL AND id IS DISTINCT FROM $3 LIMIT 1`,
      [proposalId, emailNormalised, except ?? null],
    );
    return rows.length > 0;
  }

  async find(manager: EntityManager, id: string, lock = false): Promise<ResponseRecord | null> {
    const [row] = await manager.query(`SELECT * FROM responses WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    return row ? toRecord(row) : null;
  }

  async setStatus(manager: EntityManager, id: string, changes: { status: ResponseStatus; verifiedAt?: Date; publishedAt?: Date | null; moderatedAt?: Date; moderationReason?: string | null; needsReview?: boolean }): Promise<number> {
    const [[row]] = await manager.query(
      `UPDATE responses SET status = $2,
              verified_at = COALESCE($3, verified_at),
              published_at = CASE WHEN $4::boolean THEN $5 ELSE published_at END,
              moderated_at = COALESCE($6, moderated_at),
              moderation_reason = CASE WHEN $7::boolean THEN $8 ELSE moderation_reason END,
              needs_review = COALESCE($9, needs_review),
              version = version + 1
        WHERE id = $1 RETURNING version`,
      [
        id,
        changes.status,
        changes.verifiedAt ?? null,
        changes.publishedAt !== undefined,
        changes.publishedAt ?? null,
        changes.moderatedAt ?? null,
        changes.moderationReason !== undefined,
        changes.moderationReason ?? null,
        changes.needsReview ?? null,
      ],
    );
    return row.version;
  }

  async bumpVersion(manager: EntityManager, id: string, set: 'support' | 'flag'): Promise<{ version: number; supportCount: number }> {
    const column = set === 'support' ? 'support_count = support_count + 1' : 'flag_count = flag_count + 1, needs_review = true';
    const [[row]] = await manager.query(`UPDATE responses SET ${column}, version = version + 1 WHERE id = $1 RETURNING version, support_count`, [id]);
    return { version: row.version, supportCount: row.support_count };
  }
}
