import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ResponseStatus } from '@pb/contracts';
import { CursorValue, KeysetPage, PageRequest, keysetPage } from '@pb/kernel';
import { cursorTimestamp } from '@pb/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { ModerationItem, PublishedResponseRow, ResponseReadModel } from '../../application/ports/response-read-model';
import type { AskedQuestion } from '../../domain/answer-rules';
import type { ResponseAnswer } from '../../domain/consultation-response.aggregate';

/** A visible `responses` row as pg returns it. */
interface VisibleRow {
  id: string;
  parent_id: string | null;
  body: string;
  answers: ResponseAnswer[];
  on_behalf_of: string | null;
  published_at: Date;
  support_count: number;
  cursor_at?: string;
}

interface QueueRow {
  id: string;
  proposal_id: string;
  parent_id: string | null;
  status: ResponseStatus;
  needs_review: boolean;
  body: string;
  answers: ResponseAnswer[];
  author_name: string;
  on_behalf_of: string | null;
  is_public: boolean;
  flag_count: number;
  flags: ModerationItem['flags'];
  submitted_at: Date;
  cursor_at: string;
}

const published = (r: VisibleRow): PublishedResponseRow => ({
  id: r.id,
  parentId: r.parent_id,
  body: r.body,
  answers: r.answers,
  onBehalfOf: r.on_behalf_of,
  publishedAt: new Date(r.published_at),
  supportCount: r.support_count,
});

@Injectable()
export class TypeOrmResponseReadModel extends ResponseReadModel {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async proposalQuestions(proposalId: string): Promise<AskedQuestion[] | null> {
    const [r] = await this.ds.query(`SELECT questions FROM proposal_projection WHERE proposal_id = $1`, [proposalId]);
    return r ? r.questions : null;
  }

  async publishedTopLevel(proposalId: string, page: PageRequest): Promise<(PublishedResponseRow & { key: CursorValue[] })[]> {
    const [after, afterId] = page.after ?? [null, null];
    const rows: VisibleRow[] = await this.ds.query(
      `SELECT id, parent_id, body, answers, on_behalf_of, published_at, support_count, ${cursorTimestamp('published_at')} AS cursor_at
         FROM responses
        WHERE proposal_id = $1 AND parent_id IS NULL AND status = 'published' AND is_public
          AND ($2::timestamptz IS NULL OR (published_at, id) > ($2::timestamptz, $3::uuid))
        ORDER BY published_at, id LIMIT $4`,
      [proposalId, after, afterId, page.limit + 1],
    );
    return rows.map((r) => ({ ...published(r), key: [r.cursor_at!, r.id] }));
  }

  async publishedReplies(parentIds: string[], limit: number): Promise<PublishedResponseRow[]> {
    const rows: VisibleRow[] = await this.ds.query(
      `WITH RECURSIVE visible AS (
         SELECT c.* FROM responses c WHERE c.parent_id = ANY($1::uuid[]) AND c.status = 'published' AND c.is_public
         UNION ALL
         SELECT c.* FROM responses c JOIN visible v ON c.parent_id = v.id WHERE c.status = 'published' AND c.is_public)
       SELECT id, parent_id, body, answers, on_behalf_of, published_at, support_count FROM visible ORDER BY published_at, id LIMIT $2`,
      [parentIds, limit],
    );
    return rows.map(published);
  }

  async publishedCount(proposalId: string): Promise<number> {
    const [{ total }] = await this.ds.query(
      `WITH RECURSIVE visible AS (
         SELECT id FROM responses WHERE proposal_id = $1 AND parent_id IS NULL AND status = 'published' AND is_public
         UNION ALL
         SELECT c.id FROM responses c JOIN visible v ON c.parent_id = v.id WHERE c.status = 'published' AND c.is_public)
       SELECT count(*)::int AS total FROM visible`,
      [proposalId],
    );
    return total;
  }

  async moderationQueue(proposalId: string | undefined, page: PageRequest): Promise<KeysetPage<ModerationItem>> {
    const [after, afterId] = page.after ?? [null, null];
    const rows: QueueRow[] = await this.ds.query(
      `SELECT r.*, ${cursorTimestamp('r.submitted_at')} AS cursor_at,
              COALESCE((SELECT json_agg(json_build_object('reason', f.reason, 'explanation', f.explanation, 'at', f.created_at) ORDER BY f.created_at) FROM flags f WHERE f.response_id = r.id), '[]') AS flags
         FROM responses r
        WHERE (r.status = 'pending-moderation' OR (r.needs_review AND r.status = 'published')) AND r.erased_at IS NULL AND ($1::uuid IS NULL OR r.proposal_id = $1)
          AND ($2::timestamptz IS NULL OR (r.submitted_at, r.id) > ($2::timestamptz, $3::uuid))
        ORDER BY r.submitted_at, r.id LIMIT $4`,
      [proposalId ?? null, after, afterId, page.limit + 1],
    );
    return keysetPage(
      rows,
      page.limit,
      (r) => [r.cursor_at, r.id],
      (r) => ({
        id: r.id,
        proposalId: r.proposal_id,
        parentId: r.parent_id,
        status: r.status,
        reason: r.needs_review ? 'flagged' : 'pre-moderation',
        body: r.body,
        answers: r.answers,
        authorName: r.author_name,
        onBehalfOf: r.on_behalf_of,
        public: r.is_public,
        flagCount: r.flag_count,
        flags: r.flags,
        submittedAt: new Date(r.submitted_at).toISOString(),
      }),
    );
  }

  async verifiedRespondentAddresses(manager: EntityManager, proposalId: string): Promise<string[]> {
    const rows: { author_email: string }[] = await manager.query(
      `SELECT DISTINCT ON (email_normalised) author_email FROM responses
        WHERE proposal_id = $1 AND verified_at IS NOT NULL ORDER BY email_normalised, submitted_at`,
      [proposalId],
    );
    return rows.map((r) => r.author_email);
  }
}
