import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { createHash } from 'node:crypto';
import { parseKey } from '../../../../shared/domain/figure-key';
import { FigureNotFoundError, ReviewNotFoundError } from '../../../domain/review.errors';
import { FigureMember, FigureRecords } from '../../ports/figure-records';
import { ReviewRevisions } from '../../ports/review-revisions';
import { FigureRecordsView, GetFigureRecordsQuery } from './get-figure-records.query';
import { ENDORSEMENT_METRIC } from '../../../../shared/domain/endorsement-figures';
import { REPORT_METRICS as REPORT_FIGURE_METRICS } from '../../../../shared/domain/report-figures';

// The report metrics are the ones the projection counts: one list (shared/domain/report-figures).
const REPORT_METRICS = new Set(Object.keys(REPORT_FIGURE_METRICS));

/**
 * Lists exactly the records a figure counted: the ledger's membership of its keys as of the
 * revision's position, whatever happened since. Respondents are shown by an opaque label, not their
 * pseudonymous id, so a public drill-down cannot be used to follow one person across figures.
 */
@QueryHandler(GetFigureRecordsQuery)
export class GetFigureRecordsHandler implements IQueryHandler<GetFigureRecordsQuery, FigureRecordsView> {
  constructor(
    private readonly revisions: ReviewRevisions,
    private readonly records: FigureRecords,
  ) {}

  async execute(q: GetFigureRecordsQuery): Promise<FigureRecordsView> {
    const review = await this.revisions.figure(q.year, q.revision, q.figureId);
    if (!review) throw new ReviewNotFoundError(q.year, q.revision);
    const def = review.figure;
    if (!def) throw new FigureNotFoundError();
    const { asOf } = review;
    const page = await this.records.members(def.keys, asOf, q.page);
    const total = await this.records.total(def.keys, asOf);
    const metric = def.keys.length ? parseKey(def.keys[0]).metric : '';
    return {
      figure: { id: q.figureId, kind: def.kind, value: def.value, year: q.year, revision: q.revision, asOfPosition: asOf.position },
      total,
      items: await this.describe(metric, page.items, q.figureId),
      nextKey: page.nextKey,
    };
  }

  private async describe(metric: string, page: FigureMember[], figureId: string): Promise<Record<string, unknown>[]> {
    if (!page.length) return [];
    const ids = page.map((p) => p.recordId);
    const dimension = (key: string) => parseKey(key).dimension || undefined;
    if (REPORT_METRICS.has(metric)) {
      const byId = new Map((await this.records.reports(ids)).map((r) => [r.id as string, r]));
      return page.map((p) => ({ type: 'barrier-report', ...byId.get(p.recordId), id: p.recordId, ...(dimension(p.key) ? { dimension: dimension(p.key) } : {}) }));
    }
    if (metric === ENDORSEMENT_METRIC) {
      const byId = new Map((await this.records.endorsements(ids)).map((r) => [r.id as string, r]));
      return page.map((p) => ({ type: 'endorsement', ...byId.get(p.recordId), id: p.recordId }));
    }
    if (metric === 'respondents') {
      return page.map((p) => ({ type: 'respondent', id: `respondent-${createHash('sha256').update(`${figureId}:${p.recordId}`).digest('hex').slice(0, 12)}` }));
    }
    if (metric.startsWith('responses')) {
      const byId = new Map((await this.records.responses(ids)).map((r) => [r.id as string, r]));
      return page.map((p) => ({ type: 'response', ...byId.get(p.recordId), id: p.recordId }));
    }
    const byId = new Map((await this.records.proposals(ids)).map((r) => [r.id as string, r]));
    return page.map((p) => ({ type: 'proposal', ...byId.get(p.recordId), id: p.recordId }));
  }
}
