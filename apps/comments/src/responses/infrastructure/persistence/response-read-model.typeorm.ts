import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ResponseStatus } from '@pb/contracts';
import { CursorValue, KeysetPage, PageRequest, keysetPage } from '@pb/kernel';
import { cursorTimestamp } from '@pb/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { ModerationItem, PublicResponsesFilter, PublishedResponseRow, ResponseReadModel } from '../../application/ports/response-read-model';
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
  passage_anchor: string | null;
  passage_quote: string | null;
  text_version: number | null;
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

const VISIBLE_COLUMNS = 'id, parent_id, body, answers, on_behalf_of, published_at, support_count, passage_anchor, passage_quote, text_version';

const published = (r: VisibleRow): PublishedResponseRow => ({
  id: r.id,
  parentId: r.parent_id,
  body: r.body,
  answers: r.answers,
  onBehalfOf: r.on_behalf_of,
  publishedAt: new Date(r.published_at),
  supportCount: r.support_count,
  passage: r.passage_anchor ? { anchor: r.passage_anchor, quote: r.passage_quote } : null,
  textVersion: r.text_version,
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

  async proposalAnchors(proposalId: string): Promise<{ anchor: string; since: number }[] | null> {
    const [r] = await this.ds.query(`SELECT anchors FROM proposal_projection WHERE proposal_id = $1`, [proposalId]);
    return r?.anchors ?? null;
  }

  async publishedTopLevel(proposalId: string, page: PageRequest, { passage, ids }: PublicResponsesFilter = {}): Promise<(PublishedResponseRow & { key: CursorValue[] })[]> {
    const [after, afterId] = page.after ?? [null, null];
    const rows: VisibleRow[] = await this.ds.query(
      `SELECT ${VISIBLE_COLUMNS}, ${cursorTimestamp('published_at')} AS cursor_at
         FROM responses
        WHERE proposal_id = $1 AND parent_id IS NULL AND status = 'published' AND is_public
          AND ($2::timestamptz IS NULL OR (published_at, id) > ($2::timestamptz, $3::uuid))
          AND ($5::text IS NULL OR passage_anchor = $5)
          AND ($6::uuid[] IS NULL OR id = ANY($6::uuid[]))
        ORDER BY published_at, id LIMIT $4`,
      [proposalId, after, afterId, page.limit + 1, passage ?? null, ids ?? null],
    );
    return rows.map((r) => ({ ...published(r), key: [r.cursor_at!, r.id] }));
  }

  async publishedReplies(parentIds: string[], limit: number): Promise<PublishedResponseRow[]> {
    const rows: VisibleRow[] = await this.ds.query(
      `WITH RECURSIVE visible AS (
         SELECT c.* FROM responses c WHERE c.parent_id = ANY($1::uuid[]) AND c.status = 'published' AND c.is_public
         UNION ALL
         SELECT c.* FROM responses c JOIN visible v ON c.parent_id = v.id WHERE c.status = 'published' AND c.is_public)
       SELECT ${VISIBLE_COLUMNS} FROM visible ORDER BY published_at, id LIMIT $2`,
      [parentIds, limit],
    );
    return rows.map(published);
  }

  async publishedCount(proposalId: string, { passage, ids }: PublicResponsesFilter = {}): Promise<number> {
    const [{ total }] = await this.ds.query(
      `WITH RECURSIVE visible AS (
         SELECT id FROM responses WHERE proposal_id = $1 AND parent_id IS NULL AND status = 'published' AND is_public
            AND ($2::text IS NULL OR passage_anchor = $2) AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
         UNION ALL
         SELECT c.id FROM responses c JOIN visible v ON c.parent_id = v.id WHERE c.status = 'published' AND c.is_public)
       SELECT count(*)::int AS total FROM visible`,
      [proposalId, passage ?? null, ids ?? null],
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

  async verifiedRespondents(manager: EntityManager, proposalId: string): Promise<{ email: string; lang: 'nl' | 'en' | null }[]> {
    // The language of the person's latest response that has one: what they last chose.
    const rows: { author_email: string; lang: 'nl' | 'en' | null }[] = await manager.query(
      `SELECT DISTINCT ON (email_normalised) author_email, lang FROM responses
        WHERE proposal_id = $1 AND verified_at IS NOT NULL AND erased_at IS NULL ORDER BY email_normalised, (lang IS NULL), submitted_at DESC`,
      [proposalId],
    );
    return rows.map((r) => ({ email: r.author_email, lang: r.lang }));
  }

  async publishedPerPassage(proposalId: string, anchors: { anchor: string; since: number }[]): Promise<{ anchor: string; count: number; onEarlierText: number }[]> {
    if (!anchors.length) return [];
    // A response answered an earlier version of its paragraph when its text version is older than
    // the paragraph's last change (responses from before text versions count as version 1).
    const rows: { anchor: string; count: number; on_earlier: number }[] = await this.ds.query(
      `SELECT a.anchor, count(r.id)::int AS count, count(r.id) FILTER (WHERE COALESCE(r.text_version, 1) < a.since)::int AS on_earlier
         FROM jsonb_to_recordset($2::jsonb) AS a(anchor text, since int)
         JOIN responses r ON r.proposal_id = $1 AND r.passage_anchor = a.anchor AND r.parent_id IS NULL AND r.status = 'published' AND r.is_public
        GROUP BY a.anchor`,
      [proposalId, JSON.stringify(anchors)],
    );
    return rows.map((r) => ({ anchor: r.anchor, count: r.count, onEarlierText: r.on_earlier }));
  }
}
