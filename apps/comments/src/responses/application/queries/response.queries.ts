import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ProposalNotKnownError } from '../../domain/response.errors';
import { ProposalProjectionStore } from '../../infrastructure/proposal-projection.store';
import { ResponseRow, toRecord } from '../../infrastructure/response.store';

export class ListPublicResponsesQuery {
  constructor(readonly proposalId: string) {}
}

export class GetModerationQueueQuery {
  constructor(readonly proposalId?: string) {}
}

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
export class ListPublicResponsesHandler implements IQueryHandler<ListPublicResponsesQuery, { proposalId: string; total: number; items: PublicResponseView[] }> {
  constructor(@InjectDataSource() private readonly ds: DataSource, private readonly proposals: ProposalProjectionStore) {}

  async execute({ proposalId }: ListPublicResponsesQuery) {
    const proposal = await this.proposals.find(this.ds.manager, proposalId);
    if (!proposal) throw new ProposalNotKnownError();
    const rows = await this.ds.query(
      `WITH RECURSIVE visible AS (
         SELECT r.* FROM responses r WHERE r.proposal_id = $1 AND r.parent_id IS NULL AND r.status = 'published' AND r.is_public
         UNION ALL
         SELECT c.* FROM responses c JOIN visible v ON c.parent_id = v.id WHERE c.status = 'published' AND c.is_public)
       SELECT id, parent_id, body, answers, on_behalf_of, published_at, support_count FROM visible ORDER BY published_at, id LIMIT 5000`,
      [proposalId],
    );
    const questions = new Map(proposal.questions.map((q) => [q.id, q.text]));
    const views = new Map<string, PublicResponseView & { parentId: string | null }>();
    for (const r of rows) {
      views.set(r.id, {
        id: r.id,
        parentId: r.parent_id,
        body: r.body,
        answers: (r.answers as { questionId: string; answer: string }[]).map((a) => ({ questionId: a.questionId, question: questions.get(a.questionId) ?? '', answer: a.answer })),
        onBehalfOf: r.on_behalf_of,
        publishedAt: new Date(r.published_at).toISOString(),
        supportCount: r.support_count,
        replies: [],
      });
    }
    const top: PublicResponseView[] = [];
    for (const v of views.values()) {
      const { parentId, ...view } = v;
      if (parentId) views.get(parentId)?.replies.push(view);
      else top.push(view);
    }
    const strip = (v: PublicResponseView & { parentId?: string | null }): PublicResponseView => {
      const { parentId: _p, ...rest } = v;
      return { ...rest, replies: rest.replies.map(strip) };
    };
    return { proposalId, total: views.size, items: top.map(strip) };
  }
}

/** Pending responses (pre-moderation) and flagged published ones, oldest first. */
@QueryHandler(GetModerationQueueQuery)
export class GetModerationQueueHandler implements IQueryHandler<GetModerationQueueQuery> {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async execute({ proposalId }: GetModerationQueueQuery) {
    const rows = await this.ds.query(
      `SELECT r.*, COALESCE((SELECT json_agg(json_build_object('reason', f.reason, 'explanation', f.explanation, 'at', f.created_at) ORDER BY f.created_at) FROM flags f WHERE f.response_id = r.id), '[]') AS flags
         FROM responses r
        WHERE (r.status = 'pending-moderation' OR (r.needs_review AND r.status = 'published')) AND r.erased_at IS NULL AND ($1::uuid IS NULL OR r.proposal_id = $1)
        ORDER BY r.submitted_at LIMIT 500`,
      [proposalId ?? null],
    );
    return {
      items: rows.map((row: ResponseRow & { flags: unknown }) => {
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
      }),
    };
  }
}
