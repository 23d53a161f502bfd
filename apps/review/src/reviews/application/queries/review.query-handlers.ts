import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { keysetPage } from '@pb/kernel';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { parseKey } from '../../../projections/domain/figure-key';
import { REPORT_METRICS as REPORT_FIGURE_METRICS } from '../../../projections/domain/report-figures';
import { FigureDefinition, ReviewContent } from '../../domain/review-content';
import { FigureNotFoundError, ReviewJobNotFoundError, ReviewNotFoundError } from '../../domain/review.errors';
import { ReviewDocumentStore } from '../../infrastructure/review-document.store';
import { CompileJobView } from '../commands/compile-review/compile-review.command';
import { FigureRecordsView, GetCompileJobQuery, GetFigureRecordsQuery, GetReviewDocumentQuery, GetReviewQuery, ListRevisionsQuery, ReviewDocumentView, RevisionsView } from './review.queries';

@QueryHandler(GetCompileJobQuery)
export class GetCompileJobHandler implements IQueryHandler<GetCompileJobQuery, CompileJobView> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(q: GetCompileJobQuery): Promise<CompileJobView> {
    const [job] = await this.dataSource.query(`SELECT id, year, status, step, total_steps, revision, created_at, updated_at FROM review_jobs WHERE id = $1`, [q.id]);
    if (!job) throw new ReviewJobNotFoundError();
    const total = job.total_steps || 1;
    return {
      id: job.id,
      year: job.year,
      status: job.status,
      progress: { step: job.step, totalSteps: job.total_steps, percent: job.status === 'completed' ? 100 : Math.floor((job.step / total) * 100) },
      revision: job.revision,
      review: job.revision ? `/api/review/years/${job.year}?revision=${job.revision}` : null,
      createdAt: new Date(job.created_at).toISOString(),
      updatedAt: new Date(job.updated_at).toISOString(),
    };
  }
}

@QueryHandler(GetReviewQuery)
export class GetReviewHandler implements IQueryHandler<GetReviewQuery, ReviewContent> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(q: GetReviewQuery): Promise<ReviewContent> {
    const [row] = q.revision
      ? await this.dataSource.query(`SELECT content FROM reviews WHERE year = $1 AND revision = $2`, [q.year, q.revision])
      : await this.dataSource.query(`SELECT content FROM reviews WHERE year = $1 ORDER BY revision DESC LIMIT 1`, [q.year]);
    if (!row) throw new ReviewNotFoundError(q.year, q.revision);
    return row.content;
  }
}

/**
 * The stored HTML or PDF of a revision. Revisions compiled since documents are stored have them from
 * the compile; an older one is rendered on its first request, once, and kept.
 */
@QueryHandler(GetReviewDocumentQuery)
export class GetReviewDocumentHandler implements IQueryHandler<GetReviewDocumentQuery, ReviewDocumentView> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: ReviewDocumentStore,
  ) {}

  async execute(q: GetReviewDocumentQuery): Promise<ReviewDocumentView> {
    const [row] = q.revision
      ? await this.dataSource.query(`SELECT revision FROM reviews WHERE year = $1 AND revision = $2`, [q.year, q.revision])
      : await this.dataSource.query(`SELECT revision FROM reviews WHERE year = $1 ORDER BY revision DESC LIMIT 1`, [q.year]);
    if (!row) throw new ReviewNotFoundError(q.year, q.revision);
    const revision: number = row.revision;
    const stored =
      (await this.documents.find(this.dataSource.manager, q.year, revision, q.format)) ??
      (await this.dataSource.transaction(async (m) => {
        const [{ content }] = await m.query(`SELECT content FROM reviews WHERE year = $1 AND revision = $2`, [q.year, revision]);
        return this.documents.findOrRender(m, content as ReviewContent, q.format);
      }));
    return { year: q.year, revision, format: q.format, ...stored };
  }
}

@QueryHandler(ListRevisionsQuery)
export class ListRevisionsHandler implements IQueryHandler<ListRevisionsQuery, RevisionsView> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(q: ListRevisionsQuery): Promise<RevisionsView> {
    const [after] = q.page.after ?? [null];
    const rows: { revision: number; compiled_at: Date }[] = await this.dataSource.query(
      `SELECT revision, compiled_at FROM reviews WHERE year = $1 AND ($2::int IS NULL OR revision > $2::int) ORDER BY revision LIMIT $3`,
      [q.year, after, q.page.limit + 1],
    );
    return {
      year: q.year,
      ...keysetPage(rows, q.page.limit, (r) => [r.revision], (r) => ({ revision: r.revision, compiledAt: new Date(r.compiled_at).toISOString(), url: `/api/review/years/${q.year}?revision=${r.revision}` })),
    };
  }
}

// The metrics whose records are barrier reports: the projection's list, the one place they are named.
const REPORT_METRICS = new Set(Object.keys(REPORT_FIGURE_METRICS));

/**
 * Lists exactly the records a figure counted: the ledger's membership of its keys as of the
 * revision's position, whatever happened since. Respondents are shown by an opaque label, not their
 * pseudonymous id, so a public drill-down cannot be used to follow one person across figures.
 */
@QueryHandler(GetFigureRecordsQuery)
export class GetFigureRecordsHandler implements IQueryHandler<GetFigureRecordsQuery, FigureRecordsView> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(q: GetFigureRecordsQuery): Promise<FigureRecordsView> {
    const [review] = await this.dataSource.query(`SELECT as_of_position, figures -> $3 AS figure FROM reviews WHERE year = $1 AND revision = $2`, [q.year, q.revision, q.figureId]);
    if (!review) throw new ReviewNotFoundError(q.year, q.revision);
    const def: FigureDefinition | null = review.figure;
    if (!def) throw new FigureNotFoundError();
    const asOf = Number(review.as_of_position);
    const [afterRecord, afterKey] = q.page.after ?? [null, null];
    const members: { key: string; record_id: string }[] = await this.dataSource.query(
      `SELECT key, record_id FROM figure_contributions
        WHERE key = ANY($1::text[]) AND position <= $2 AND ($3::text IS NULL OR (record_id, key) > ($3::text, $4::text))
        GROUP BY key, record_id HAVING sum(delta) > 0 ORDER BY record_id, key LIMIT $5`,
      [def.keys, asOf, afterRecord, afterKey, q.page.limit + 1],
    );
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM (SELECT 1 FROM figure_contributions WHERE key = ANY($1::text[]) AND position <= $2
         GROUP BY key, record_id HAVING sum(delta) > 0) m`,
      [def.keys, asOf],
    );
    const page = keysetPage(members, q.page.limit, (m) => [m.record_id, m.key], (m) => m);
    const metric = def.keys.length ? parseKey(def.keys[0]).metric : '';
    return {
      figure: { id: q.figureId, kind: def.kind, value: def.value, year: q.year, revision: q.revision, asOfPosition: asOf },
      total,
      items: await this.describe(metric, page.items, q.figureId),
      nextKey: page.nextKey,
    };
  }

  private async describe(metric: string, page: { key: string; record_id: string }[], figureId: string): Promise<Record<string, unknown>[]> {
    if (!page.length) return [];
    const ids = page.map((p) => p.record_id);
    const dimension = (key: string) => parseKey(key).dimension || undefined;
    if (REPORT_METRICS.has(metric)) {
      const rows: Record<string, unknown>[] = await this.dataSource.query(
        `SELECT report_id::text AS id, reference, theme, strategy_version AS "strategyVersion", status, outcome FROM report_facts WHERE report_id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id as string, r]));
      return page.map((p) => ({ type: 'barrier-report', ...byId.get(p.record_id), id: p.record_id, ...(dimension(p.key) ? { dimension: dimension(p.key) } : {}) }));
    }
    if (metric === 'respondents') {
      return page.map((p) => ({ type: 'respondent', id: `respondent-${createHash('sha256').update(`${figureId}:${p.record_id}`).digest('hex').slice(0, 12)}` }));
    }
    if (metric.startsWith('responses')) {
      const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT response_id::text AS id, proposal_id AS "proposalId", status FROM response_facts WHERE response_id = ANY($1::uuid[])`, [ids]);
      const byId = new Map(rows.map((r) => [r.id as string, r]));
      return page.map((p) => ({ type: 'response', ...byId.get(p.record_id), id: p.record_id }));
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT proposal_id::text AS id, title, status FROM proposal_facts WHERE proposal_id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    return page.map((p) => ({ type: 'proposal', ...byId.get(p.record_id), id: p.record_id }));
  }
}
