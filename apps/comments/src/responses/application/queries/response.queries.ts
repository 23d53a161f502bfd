import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { KeysetPage, PageRequest, keysetPage } from '@pb/kernel';
import { cursorTimestamp } from '@pb/persistence';
import type { DataSource } from 'typeorm';
import { ProposalNotKnownError } from '../../domain/response.errors';
import { ProposalProjectionStore } from '../../infrastructure/proposal-projection.store';
import { ResponseRow, toRecord } from '../../infrastructure/response.store';

export class ListPublicResponsesQuery {
  constructor(
    readonly proposalId: string,
    /** Pages over top-level responses in (publishedAt, id) order; replies travel with their response. */
    readonly page: PageRequest,
  ) {}
}

export class GetModerationQueueQuery {
  constructor(
    readonly proposalId: string | undefined,
    /** Pages in (submittedAt, id) order, oldest first. */
    readonly page: PageRequest,
  ) {}
}

/**
 * Replies that come with one page of responses, at most. A thread deeper or wider than this is cut
 * (newest replies last); the page stays bounded whatever one thread does.
 */
export const REPLIES_PER_PAGE = 1000;

export interface PublicResponseView {
  id: string;
  body: string;
  answers: { questionId: string; question: string; answer: string }[];
  onBehalfOf: string | null;
  publishedAt: string;
  supportCount: number;
  replies: PublicResponseView[];
}

/**
 * Published public responses with their replies and support counts. The filter is in SQL and in
 * one place: a response that is not public, not published (pending, awaiting verification,
 * rejected) — or hangs under one that is not visible — never leaves this query. No name or e-mail.
 */
@QueryHandler(ListPublicResponsesQuery)
export class ListPublicResponsesHandler implements IQueryHandler<ListPublicResponsesQuery, { proposalId: string; total: number } & KeysetPage<PublicResponseView>> {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly proposals: ProposalProjectionStore) {}

  async execute({ proposalId, page }: ListPublicResponsesQuery) {
    const proposal = await this.proposals.find(this.ds.manager, proposalId);
    if (!proposal) throw new ProposalNotKnownError();
    const [after, afterId] = page.after ?? [null, null];
    const top: VisibleRow[] = await this.ds.query(
      `SELECT id, parent_id, body, answers, on_behalf_of, published_at, support_count, ${cursorTimestamp('published_at')} AS cursor_at
         FROM responses
        WHERE proposal_id = $1 AND parent_id IS NULL AND status = 'published' AND is_public
          AND ($2::timestamptz IS NULL OR (published_at, id) > ($2::timestamptz, $3::uuid))
        ORDER BY published_at, id LIMIT $4`,
      [proposalId, after, afterId, page.limit + 1],
    );
    const shown = top.slice(0, page.limit);
    const replies: VisibleRow[] = shown.length
      ? await this.ds.query(
          `WITH RECURSIVE visible AS (
             SELECT c.* FROM responses c WHERE c.parent_id = ANY($1::uuid[]) AND c.status = 'published' AND c.is_public
             UNION ALL
             SELECT c.* FROM responses c JOIN visible v ON c.parent_id = v.id WHERE c.status = 'published' AND c.is_public)
           SELECT id, parent_id, body, answers, on_behalf_of, published_at, support_count FROM visible ORDER BY published_at, id LIMIT $2`,
          [shown.map((r) => r.id), REPLIES_PER_PAGE],
        )
      : [];
    const [{ total }] = await this.ds.query(
      `WITH RECURSIVE visible AS (
         SELECT id FROM responses WHERE proposal_id = $1 AND parent_id IS NULL AND status = 'published' AND is_public
         UNION ALL
         SELECT c.id FROM responses c JOIN visible v ON c.parent_id = v.id WHERE c.status = 'published' AND c.is_public)
       SELECT count(*)::int AS total FROM visible`,
      [proposalId],
    );
    const questions = new Map(proposal.questions.map((q) => [q.id, q.text]));
    const view = (r: VisibleRow): PublicResponseView => ({
      id: r.id,
      body: r.body,
      answers: r.answers.map((a) => ({ questionId: a.questionId, question: questions.get(a.questionId) ?? '', answer: a.answer })),
      onBehalfOf: r.on_behalf_of,
      publishedAt: new Date(r.published_at).toISOString(),
      supportCount: r.support_count,
      replies: [],
    });
    const views = new Map<string, PublicResponseView>();
    for (const r of [...shown, ...replies]) views.set(r.id, view(r));
    for (const r of replies) views.get(r.parent_id!)?.replies.push(views.get(r.id)!);
    return { proposalId, total, ...keysetPage(top, page.limit, (r) => [r.cursor_at!, r.id], (r) => views.get(r.id)!) };
  }
}

interface VisibleRow {
  id: string;
  parent_id: string | null;
  body: string;
  answers: { questionId: string; answer: string }[];
  on_behalf_of: string | null;
  published_at: Date;
  support_count: number;
  cursor_at?: string;
}

/** Pending responses (pre-moderation) and flagged published ones, oldest first. */
@QueryHandler(GetModerationQueueQuery)
export class GetModerationQueueHandler implements IQueryHandler<GetModerationQueueQuery> {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async execute({ proposalId, page }: GetModerationQueueQuery) {
    const [after, afterId] = page.after ?? [null, null];
    const rows: (ResponseRow & { flags: unknown; cursor_at: string })[] = await this.ds.query(
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
      (row) => [row.cursor_at, row.id],
      (row) => {
        const r = toRecord(row);
        return {
          id: r.id,
          proposalId: r.proposalId,
          parentId: r.parentId,
          status: r.status,
          reason: r.needsReview ? 'flagged' : 'pre-moderation',
          body: r.body,
          answers: r.answers,
          authorName: r.authorName,
          onBehalfOf: r.onBehalfOf,
          public: r.isPublic,
          flagCount: r.flagCount,
          flags: row.flags,
          submittedAt: r.submittedAt.toISOString(),
        };
      },
    );
  }
}
